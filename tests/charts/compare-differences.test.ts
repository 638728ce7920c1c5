import { describe, expect, it } from 'vitest'
import { attribute } from '../../models/index'
import { compareDifferences, compareSummary, differencesCsv, differingInputs, largestGap, signed } from '../../src/charts/compare-differences'
import { outcomeInWords } from '../../src/charts/compare-words'
import { compared, data, preset, words } from './compare-fixtures'

const noEnlargement = preset('no-2017-enlargement')
const majority = preset('qualified-majority')
const runs = compared(['Without 2017 enlargement', noEnlargement], ['Majority voting', majority])

describe('compareDifferences', () => {
  const table = compareDifferences(runs, words)

  it('lists each setting that differs, with its value in every run', () => {
    const settings = table.rows.filter((r) => r.section === 'setting')
    expect(settings.map((r) => r.label)).toEqual(['Membership of India', 'Membership of Pakistan', 'Decision rule'])
    expect(settings[0]?.values).toEqual(['member from 2017', 'never a member', 'member from 2017'])
    expect(settings[2]?.values[2]).toBe('qualified majority of 67% by states, membership unanimous')
  })

  it('lists exactly the initiatives whose outcome differs, in words per run', () => {
    const outcomes = table.rows.filter((r) => r.section === 'outcome')
    const expected = data.initiatives.filter((i) => new Set(runs.map((r) => r.result.initiatives.find((x) => x.id === i.id)?.outcome)).size > 1)
    expect(outcomes.map((r) => r.key)).toEqual(expected.map((i) => `initiative:${i.id}`))
    expect(table.changedOutcomes).toBe(expected.length)
    expect(expected.length).toBeGreaterThan(0)
    const bank = outcomes.find((r) => r.key === 'initiative:development-bank')
    expect(bank?.values).toEqual(runs.map((r) => outcomeInWords(r.result.initiatives.find((i) => i.id === 'development-bank'), words)))
    expect(bank?.inWords).toMatch(/^SCO Development Bank: vetoed by Russia → vetoed by Russia → adopted \d{4} with reservations by [A-Z]/)
  })

  it('states cohesion in the last common year for every run', () => {
    const row = table.rows.find((r) => r.section === 'cohesion')
    expect(row?.label).toBe('Cohesion in 2035')
    expect(row?.values).toEqual(runs.map((r) => words.n(r.result.years.at(-1)!.cohesion, 'decimal1')))
  })

  it('finds no setting and no outcome differing between a run and itself', () => {
    const same = compareDifferences(compared(['Copy', data.baseline]), words)
    expect(same.rows.map((r) => r.section)).toEqual(['cohesion'])
    expect(same.changedOutcomes).toBe(0)
  })

  it('exports every row as CSV with a column per run and the row in words', () => {
    const csv = differencesCsv(table, words)
    expect(csv.header).toEqual(['Part', 'What', 'Baseline', 'Without 2017 enlargement', 'Majority voting', 'In words'])
    expect(csv.rows).toHaveLength(table.rows.length)
    expect(csv.rows[0]).toEqual(['Settings', 'Membership of India', 'member from 2017', 'never a member', 'member from 2017', table.rows[0]?.inWords])
  })
})

describe('differingInputs', () => {
  it('orders inputs as the attribution does: levers, membership, rule, last year', () => {
    const lever = { ...majority, levers: { ...majority.levers, afghanThreat: 2 }, endYear: 2040 }
    const kinds = differingInputs(compared(['A', noEnlargement], ['B', lever])).map((c) => c.kind)
    expect(kinds).toEqual(['lever', 'membership', 'membership', 'decision-rule', 'end-year'])
  })
})

describe('largestGap and the summary', () => {
  it('finds the year and pair of runs with the largest cohesion gap', () => {
    const gap = largestGap(runs)
    let best = 0
    for (const [i, a] of runs.entries())
      for (const b of runs.slice(i + 1))
        a.result.years.forEach((y, k) => (best = Math.max(best, Math.abs(y.cohesion - (b.result.years[k]?.cohesion ?? y.cohesion)))))
    expect(gap?.gap).toBeCloseTo(best, 9)
    const higher = gap!.higher.result.years.find((y) => y.year === gap!.year)!.cohesion
    const lower = gap!.lower.result.years.find((y) => y.year === gap!.year)!.cohesion
    expect(higher - lower).toBeCloseTo(gap!.gap, 9)
  })

  it('says the largest gap, how many outcomes changed, and each run’s main input', () => {
    const table = compareDifferences(runs, words)
    const attributions = new Map(runs.slice(1).map((r) => [r.id, attribute(runs[0]!.scenario, r.scenario, data)]))
    const sentences = compareSummary(runs, table, attributions, words)
    const gap = largestGap(runs)!
    expect(sentences[0]).toBe(
      `The largest cohesion gap is ${words.n(gap.gap, 'decimal1')} points, in ${gap.year}: ${gap.higher.name} ${words.n(
        gap.higher.result.years.find((y) => y.year === gap.year)!.cohesion,
        'decimal1',
      )}, ${gap.lower.name} ${words.n(gap.lower.result.years.find((y) => y.year === gap.year)!.cohesion, 'decimal1')}.`,
    )
    expect(sentences[1]).toBe(`${table.changedOutcomes} initiatives end differently in at least one run.`)
    expect(sentences[3]).toMatch(/^Majority voting: of the \+[\d.]+ points of cohesion in 2035 against the baseline, the input that moves it most is Decision rule: consensus → qualified majority/)
  })

  it('says so when a run has the baseline’s settings', () => {
    const same = compared(['Copy', data.baseline])
    const sentences = compareSummary(same, compareDifferences(same, words), new Map([['run-1', attribute(data.baseline, data.baseline, data)]]), words)
    expect(sentences).toEqual(['Cohesion is the same in every run, every year.', 'Every initiative ends the same way in every run.', 'Copy has the same settings as Baseline.'])
  })
})

describe('signed', () => {
  it.each([
    { value: 3.24, expected: '+3.2' },
    { value: -1.05, expected: '−1.1' },
    { value: 0.04, expected: '0.0' },
    { value: -0.04, expected: '0.0' },
  ])('$value → $expected', ({ value, expected }) => {
    expect(signed(value, words)).toBe(expected)
  })
})
