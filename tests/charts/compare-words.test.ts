import { describe, expect, it } from 'vitest'
import type { InitiativeResult, MemberStance, ScenarioChange } from '../../models/index'
import { changeInWords, leverValue, outcomeInWords, ruleValue, settingsInWords } from '../../src/charts/compare-words'
import { initiative } from './fixtures'
import { data, preset, words } from './compare-fixtures'

const stance = (actor: string, s: MemberStance['stance']): MemberStance => ({ actor, stance: s, gain: 0, optOutLoss: 0, tolerance: 0, terms: [] })
const withFinal = (item: InitiativeResult, stances: MemberStance[], blockers: string[] = []): InitiativeResult => ({
  ...item,
  final: { year: item.yearDecided ?? 2020, result: 'blocked', reaffirmation: false, stances, blockers: blockers.map((actor) => ({ actor, shortfall: 1, terms: [] })), dilution: 0 },
})

describe('outcomeInWords', () => {
  it.each([
    { name: 'adopted', item: initiative('x', 'adopted', 2015, 2019), expected: 'adopted 2019' },
    { name: 'adopted, no year', item: initiative('x', 'adopted', 2015, null), expected: 'adopted' },
    {
      name: 'with reservations by one member',
      item: withFinal(initiative('x', 'adopted-with-reservations', 2015, 2019), [stance('CHN', 'join'), stance('IND', 'reservation')]),
      expected: 'adopted 2019 with reservations by India',
    },
    {
      name: 'with reservations, outvoted members included',
      item: withFinal(initiative('x', 'adopted-with-reservations', 2015, 2019), [stance('RUS', 'object'), stance('IND', 'reservation')]),
      expected: 'adopted 2019 with reservations by Russia and India',
    },
    { name: 'diluted', item: initiative('x', 'diluted', 2010, 2014), expected: 'adopted 2014, diluted' },
    { name: 'vetoed by one', item: withFinal(initiative('x', 'vetoed', 2010, null), [], ['RUS']), expected: 'vetoed by Russia' },
    { name: 'vetoed by three', item: withFinal(initiative('x', 'vetoed', 2010, null), [], ['RUS', 'IND', 'UZB']), expected: 'vetoed by Russia, India, and Uzbekistan' },
    { name: 'vetoed, nobody named', item: initiative('x', 'vetoed', 2010, null), expected: 'vetoed' },
    { name: 'still blocked', item: withFinal(initiative('x', 'delayed', 2030, null), [], ['CHN']), expected: 'still blocked by China' },
    { name: 'not on the table', item: undefined, expected: 'not on the table' },
  ])('$name: $expected', ({ item, expected }) => {
    expect(outcomeInWords(item, words)).toBe(expected)
  })
})

describe('settings in words', () => {
  const base = data.baseline
  it.each<{ change: ScenarioChange; to: Partial<typeof base>; expected: string }>([
    {
      change: { kind: 'lever', lever: 'russiaChinaAlignment', from: base.levers.russiaChinaAlignment, to: -0.4 },
      to: { levers: { ...base.levers, russiaChinaAlignment: -0.4 } },
      expected: `Russia–China alignment: ${words.n(base.levers.russiaChinaAlignment, 'decimal2')} → −0.40`,
    },
    {
      change: { kind: 'lever', lever: 'chinaEconomicPush', from: 1, to: 1.5 },
      to: { levers: { ...base.levers, chinaEconomicPush: 1.5 } },
      expected: `China's economic push: ${words.n(base.levers.chinaEconomicPush, 'decimal2')}× → 1.50×`,
    },
    { change: { kind: 'end-year', from: base.endYear, to: 2050 }, to: { endYear: 2050 }, expected: `Last year of the run: ${base.endYear} → 2050` },
  ])('$expected', ({ change, to, expected }) => {
    expect(changeInWords(change, base, { ...base, ...to }, words).replace(/-/g, '−')).toBe(expected.replace(/-/g, '−'))
  })

  it('says a context lever follows history until it is moved', () => {
    expect(base.levers.russiaWestOverride).toBe(false)
    expect(leverValue('russiaWestConfrontation', base, words)).toBe('as history')
    const moved = { ...base, levers: { ...base.levers, russiaWestConfrontation: 0.3, russiaWestOverride: true } }
    expect(leverValue('russiaWestConfrontation', moved, words)).toBe('0.30')
  })

  it('describes decision rules', () => {
    expect(ruleValue({ kind: 'consensus' }, words)).toBe('consensus')
    expect(ruleValue({ kind: 'qualified-majority', weighting: 'population', threshold: 0.6, unanimityForMembership: false }, words)).toBe(
      'qualified majority of 60% by population',
    )
  })

  it('lists a preset’s settings that differ from the baseline', () => {
    expect(settingsInWords(base, preset('no-2017-enlargement'), words)).toEqual(['Membership of India: never a member', 'Membership of Pakistan: never a member'])
    expect(settingsInWords(base, base, words)).toEqual([])
  })
})
