/**
 * The stylized facts the source texts assert (DESIGN.md, "Validation"), each as a test naming its claims.
 */
import { describe, expect, it } from 'vitest'
import { evaluateInitiatives, scenarioFor, setLever, simulate, type Scenario } from '../../models/index'
import { data, initiative } from './helpers'

const preset = (id: string): Scenario => {
  const s = scenarioFor(id, data)
  if (!s) throw new Error(id)
  return s
}
const meanCohesion = (s: Scenario, from: number, to: number) => {
  const years = simulate(s, data).years.filter((y) => y.year >= from && y.year <= to)
  return years.reduce((t, y) => t + y.cohesion, 0) / years.length
}

describe('RU-02, RU-03: China-led economic institutions stall under Russian objection', () => {
  const bank = initiative({
    yearProposed: 2010,
    domain: 'economic',
    form: 'institution',
    champions: ['CHN'],
    features: { bindingness: 0.8, pooledFunding: 0.8, leadPower: 'CHN' },
  })
  it('blocks a China-led fund with pooled money, naming Russia and the funding and leadership rules', () => {
    const [r] = evaluateInitiatives([bank], data.baseline, data).results
    expect(r?.outcome).toMatch(/vetoed|delayed/)
    expect(r?.blockers[0]?.actor).toBe('RUS')
    expect(r?.blockers[0]?.terms.map((t) => t.rule)).toEqual(expect.arrayContaining(['R-FUNDING', 'R-LEADERSHIP']))
  })
  it('lets it through once Russia drops its resistance', () => {
    const levers = setLever(data.baseline.levers, 'russiaEconomicResistance', 0)
    const [r] = evaluateInitiatives([bank], { ...data.baseline, levers }, data).results
    expect(r?.outcome).not.toMatch(/vetoed|delayed/)
  })
})

describe('CA-02, CA-01: Central Asian members block what serves only one power', () => {
  it.each(['RUS', 'CHN'])('blocks a binding body entrenching %s alone, with Central Asian objectors, and never adopts it in full', (power) => {
    const body = initiative({
      yearProposed: 2012,
      domain: 'institutional',
      form: 'institution',
      champions: [power],
      features: { bindingness: 1, leadPower: power, sovereigntyCost: 0.5 },
    })
    const run = simulate(data.baseline, data, { agenda: [body], horizonYears: 10 }).initiatives[0]
    const first = run?.history[0]
    expect(first?.result).toBe('blocked')
    const centralAsian = new Set(['KAZ', 'KGZ', 'TJK', 'UZB'])
    expect(first?.blockers.some((b) => centralAsian.has(b.actor))).toBe(true)
    expect(run?.outcome).not.toBe('adopted')
  })
})

describe('EN-02, EN-03, EN-04, EN-06: enlargement lowers cohesion and slows decisions unless reform offsets it', () => {
  it('gives lower cohesion after 2017 with India and Pakistan than without', () => {
    expect(meanCohesion(data.baseline, 2018, 2035)).toBeLessThan(meanCohesion(preset('no-2017-enlargement'), 2018, 2035))
  })
  it('adopts fewer initiatives after 2017 with the enlargement', () => {
    const adopted = (s: Scenario) =>
      simulate(s, data).initiatives.filter((i) => i.yearProposed >= 2017 && ['adopted', 'adopted-with-reservations', 'diluted'].includes(i.outcome)).length
    expect(adopted(data.baseline)).toBeLessThan(adopted(preset('no-2017-enlargement')))
  })
  it('narrows the gap when institutional reform follows the enlargement', () => {
    const gap = meanCohesion(preset('no-2017-enlargement'), 2018, 2035) - meanCohesion(data.baseline, 2018, 2035)
    const reformed = preset('reform-after-enlargement')
    const gapWithReform = meanCohesion(preset('no-2017-enlargement'), 2018, 2035) - meanCohesion(reformed, 2018, 2035)
    expect(gapWithReform).toBeLessThan(gap)
  })
})

describe('CN-05: lower Chinese attention means fewer economic initiatives', () => {
  it('adopts fewer economic initiatives when China turns fully to the Belt and Road', () => {
    const economic = new Set(data.initiatives.filter((i) => i.domain === 'economic').map((i) => i.id))
    const adopted = (s: Scenario) =>
      simulate(s, data).initiatives.filter((i) => economic.has(i.id) && ['adopted', 'adopted-with-reservations', 'diluted'].includes(i.outcome)).length
    expect(adopted(preset('china-turns-to-bri'))).toBeLessThan(adopted(data.baseline))
  })
})

describe('EX-01: a worse Afghanistan raises the demand for security cooperation', () => {
  it('raises every founder\u2019s gain from a security initiative in Afghanistan', () => {
    const mission = initiative({ yearProposed: 2016, domain: 'security', form: 'agreement', champions: ['TJK'], features: { regionalFocus: 'afghanistan', bindingness: 0.6 } })
    const gains = (s: Scenario) => simulate(s, data, { agenda: [mission] }).initiatives[0]?.history[0]?.stances ?? []
    const base = gains(data.baseline)
    const worse = gains(preset('worse-afghanistan'))
    expect(base.length).toBeGreaterThan(0)
    for (const s of base) expect(worse.find((w) => w.actor === s.actor)?.gain).toBeGreaterThan(s.gain)
  })
  it('makes members more willing to accept a military component as the threat grows', () => {
    const exercise = initiative({ yearProposed: 2016, domain: 'security', form: 'operation', champions: ['RUS'], features: { militaryComponent: 0.6, bindingness: 0.5 } })
    const cost = (s: Scenario) =>
      simulate(s, data, { agenda: [exercise] }).initiatives[0]?.history[0]?.stances.find((x) => x.actor === 'RUS')?.terms.find((t) => t.rule === 'R-MILITARY')?.contribution ?? 0
    expect(cost(data.baseline)).toBeLessThan(0)
    expect(cost(preset('worse-afghanistan'))).toBeGreaterThan(cost(data.baseline))
  })
})
