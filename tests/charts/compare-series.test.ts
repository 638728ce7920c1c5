import { describe, expect, it } from 'vitest'
import { adoptedSoFar, compareLineOptions, compareLineTable, compareLineView, compareYears } from '../../src/charts/compare-series'
import { text } from './fixtures'
import { compared, data, preset } from './compare-fixtures'

const runs = compared(['Majority', preset('qualified-majority')], ['Short', { ...data.baseline, endYear: 2030 }])

describe('compareLineView', () => {
  const view = compareLineView(runs, 'cohesion', text)

  it('draws one line per run, named after the run, in the run’s colour and dash', () => {
    expect(view.data.datasets.map((d) => d.label)).toEqual(['Baseline', 'Majority', 'Short'])
    view.data.datasets.forEach((d, i) => {
      expect(d.borderColor).toBe(runs[i]?.style.colour)
      expect(d.borderDash).toEqual(runs[i]?.style.dash)
    })
  })

  it('labels every year any run covers and leaves gaps where a run ends earlier', () => {
    expect(view.data.labels?.[0]).toBe(String(data.baseline.startYear))
    expect(view.data.labels?.at(-1)).toBe(String(data.baseline.endYear))
    const short = view.data.datasets[2]?.data ?? []
    expect(short[2030 - data.baseline.startYear]).toBe(runs[2]?.result.years.at(-1)?.cohesion)
    expect(short.slice(2031 - data.baseline.startYear).every((v) => v === null)).toBe(true)
  })

  it('plots each run’s own cohesion', () => {
    expect(view.data.datasets[1]?.data).toEqual(runs[1]?.result.years.map((y) => y.cohesion))
  })

  it('names each run’s last value in its summary', () => {
    expect(view.summary).toMatch(/^Cohesion of 3 runs, 2001–2035: Baseline [\d.]+ in 2035; Majority [\d.]+ in 2035; Short [\d.]+ in 2030\.$/)
  })
})

describe('adopted so far', () => {
  it('never falls, and ends at the number of initiatives adopted in any form', () => {
    for (const run of runs) {
      const values = [...adoptedSoFar(run.result).values()]
      values.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(values[i - 1] ?? 0))
      const adopted = run.result.initiatives.filter((i) => ['adopted', 'adopted-with-reservations', 'diluted'].includes(i.outcome)).length
      expect(values.at(-1)).toBe(adopted)
    }
  })

  it('differs between runs where the rule lets more through', () => {
    const view = compareLineView(runs, 'adopted', text)
    expect((view.data.datasets[1]?.data.at(-1) ?? 0) > (view.data.datasets[0]?.data.at(-1) ?? 0)).toBe(true)
  })
})

describe('compareLineTable and options', () => {
  it('has a column per run and a row per year, with a dash where a run has no value', () => {
    const table = compareLineTable(runs, 'cohesion', text)
    expect(table.columns).toEqual(['Year', 'Baseline', 'Majority', 'Short'])
    expect(table.rows).toHaveLength(compareYears(runs).length)
    expect(table.rows.at(-1)?.cells[2]).toBe('–')
    expect(table.rows[0]?.cells[0]).toBe(text.n(runs[0]!.result.years[0]!.cohesion, 'decimal1'))
  })

  it('fixes the cohesion axis to 0–100 and counts adoptions from zero in whole numbers', () => {
    expect(compareLineOptions('cohesion', text).scales?.y).toMatchObject({ min: 0, max: 100 })
    expect(compareLineOptions('adopted', text).scales?.y).toMatchObject({ beginAtZero: true, ticks: { precision: 0 } })
  })
})
