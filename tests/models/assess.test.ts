import { describe, expect, it } from 'vitest'
import { allowsReservation, assess, stanceOf, type AssessContext } from '../../models/assess'
import type { Initiative } from '../../models/index'
import { assessContext, initiative, profileOf } from './helpers'

const profile = (id: string) => profileOf(id)
const ctxFor = (year: number, members?: string[]): AssessContext => assessContext(year, members)
const term = (actor: string, init: Initiative, rule: string, year = 2010) =>
  assess(profile(actor), init, init.features, ctxFor(year)).terms.find((t) => t.rule === rule)?.contribution ?? 0

describe('stanceOf: join within tolerance, else reservation if allowed and cheap, else object', () => {
  it.each([
    { input: { gain: 0.1, optOutLoss: 0, tolerance: 0.2, allowed: true }, expected: 'join' },
    { input: { gain: -0.2, optOutLoss: 0, tolerance: 0.2, allowed: false }, expected: 'join' },
    { input: { gain: -0.3, optOutLoss: -0.1, tolerance: 0.2, allowed: true }, expected: 'reservation' },
    { input: { gain: -0.3, optOutLoss: -0.1, tolerance: 0.2, allowed: false }, expected: 'object' },
    { input: { gain: -0.3, optOutLoss: -0.25, tolerance: 0.2, allowed: true }, expected: 'object' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(stanceOf({ gain: input.gain, optOutLoss: input.optOutLoss, terms: [] }, input.tolerance, input.allowed)).toBe(expected)
  })
})

describe('allowsReservation: declarations and operations always, low-binding agreements and bodies, never membership', () => {
  it.each([
    { input: { form: 'declaration', bindingness: 0.9 }, expected: true },
    { input: { form: 'operation', bindingness: 0.9 }, expected: true },
    { input: { form: 'agreement', bindingness: 0.5 }, expected: true },
    { input: { form: 'agreement', bindingness: 0.51 }, expected: false },
    { input: { form: 'institution', bindingness: 0.3 }, expected: true },
    { input: { form: 'membership', bindingness: 0.1 }, expected: false },
  ] as const)('$input → $expected', ({ input, expected }) => {
    const init = initiative({ form: input.form, features: { bindingness: input.bindingness } })
    expect(allowsReservation(init, init.features)).toBe(expected)
  })
})

describe('rule terms: sign and size follow the claims they encode', () => {
  it.each([
    // RU-03: Russia refuses pooled government funding; CN-02: China would fund and steer it.
    { input: { actor: 'RUS', rule: 'R-FUNDING', features: { pooledFunding: 1 } }, expected: -0.9 },
    { input: { actor: 'CHN', rule: 'R-FUNDING', features: { pooledFunding: 1 } }, expected: 0.45 },
    // RU-02: a binding China-led body costs Russia its dominance aversion (0.6) at full bindingness.
    { input: { actor: 'RUS', rule: 'R-LEADERSHIP', features: { leadPower: 'CHN', bindingness: 1 } }, expected: -0.6 },
    // The leader gains 0.3 × (0.5 + bindingness).
    { input: { actor: 'CHN', rule: 'R-LEADERSHIP', features: { leadPower: 'CHN', bindingness: 1 } }, expected: 0.45 },
    // CA-01: Central Asian states resist any single power (0.4) in proportion to bindingness (floor 25%).
    { input: { actor: 'KAZ', rule: 'R-LEADERSHIP', features: { leadPower: 'RUS', bindingness: 0 } }, expected: -0.1 },
    // CN-03: endorsing a separation costs China 0.9 per unit; upholding integrity gains half as much.
    { input: { actor: 'CHN', rule: 'R-TERRITORIAL', features: { territorialNorm: -1 } }, expected: -0.9 },
    { input: { actor: 'CHN', rule: 'R-TERRITORIAL', features: { territorialNorm: 1 } }, expected: 0.45 },
    // ORG-02/ORG-03: Uzbekistan guards sovereignty most among the founders.
    { input: { actor: 'UZB', rule: 'R-SOVEREIGNTY', features: { sovereigntyCost: 1 } }, expected: -0.75 },
    // EN-04: India rejects the China–Pakistan corridor even in a declaration (floor 50%).
    { input: { actor: 'IND', rule: 'R-OVERLAP', features: { overlaps: ['CPEC'], bindingness: 0 } }, expected: -0.5 },
  ] as const)('$input.actor $input.rule → $expected', ({ input, expected }) => {
    const init = initiative({ features: input.features as never })
    expect(term(input.actor, init, input.rule)).toBeCloseTo(expected, 4)
  })

  it('makes Russia warmer to anti-Western signals as its confrontation with the West grows (RU-10)', () => {
    const init = initiative({ domain: 'political', form: 'declaration', features: { antiWesternSignal: 1, bindingness: 1 } })
    expect(term('RUS', init, 'R-ANTI-WESTERN', 2003)).toBeLessThan(term('RUS', init, 'R-ANTI-WESTERN', 2015))
  })

  it('applies the paired-accession rule only until the counterpart is a member (RU-08, CN-08)', () => {
    const pakistan = initiative({ domain: 'enlargement', form: 'membership', candidate: { actor: 'PAK', status: 'member' }, champions: ['PAK'] })
    const alone = assess(profile('RUS'), pakistan, pakistan.features, ctxFor(2010))
    const withIndia = assess(profile('RUS'), pakistan, pakistan.features, ctxFor(2010, ['CHN', 'RUS', 'KAZ', 'KGZ', 'TJK', 'UZB', 'IND']))
    expect(alone.terms.find((t) => t.rule === 'R-PAIRED-ACCESSION')?.contribution).toBe(-1)
    expect(withIndia.terms.find((t) => t.rule === 'R-PAIRED-ACCESSION')).toBeUndefined()
  })

  it('sums its terms into the gain and cites the claims of every rule that fires', () => {
    const init = initiative({ features: { pooledFunding: 0.5, leadPower: 'CHN', sovereigntyCost: 0.3 } })
    const a = assess(profile('RUS'), init, init.features, ctxFor(2010))
    expect(a.gain).toBeCloseTo(a.terms.reduce((s, t) => s + t.contribution, 0), 3)
    for (const t of a.terms) expect(t.claims.length).toBeGreaterThan(0)
  })
})
