import { describe, expect, it } from 'vitest'
import type { MonteCarloSummary } from '../../models/index'
import { cohesionOn, fanCompareTable, fanCompareView, fanCsvRows, fanOptions, fanTable, fanView, RUN_COLOURS, withAlpha } from '../../src/charts/fan-series'
import { PALETTE } from '../../src/charts/palette'
import { run, text, year } from './fixtures'

const summary: MonteCarloSummary = {
  draws: 500,
  seed: 42,
  years: [2001, 2002, 2003],
  cohesion: { p10: [50, 40.25, 45], p50: [60, 52.5, 55], p90: [70, 61.75, 66.5] },
  adoption: {},
  blockers: {},
}
const single = run([year(2001, 61), year(2002, 53), year(2003, 56)])
const baseline = run([year(2001, 60), year(2002, 58)])

describe('fanView', () => {
  const view = fanView(summary, { single, baseline }, text)
  const byLabel = (label: string) => view.data.datasets.find((d) => d.label === label)

  it('draws the band as a fill from the 10th to the 90th percentile, and the median as a line', () => {
    const [low, high, median] = view.data.datasets
    expect(low).toMatchObject({ label: '10th percentile', data: [50, 40.25, 45], fill: false })
    expect(high).toMatchObject({ label: 'Middle 80% of draws', data: [70, 61.75, 66.5], fill: '-1', backgroundColor: withAlpha(PALETTE.blue, 0.25) })
    expect(median).toMatchObject({ label: 'Median of draws', data: [60, 52.5, 55], borderColor: PALETTE.blue })
  })

  it('adds the single run and the baseline year by year, with gaps where they have no such year', () => {
    expect(byLabel('This scenario, one run')?.data).toEqual([61, 53, 56])
    expect(byLabel('Baseline (history)')?.data).toEqual([60, 58, null])
    expect(byLabel('Baseline (history)')?.borderDash).toEqual([8, 5])
  })

  it('names what it shows first, with the last year’s median, range and draws', () => {
    expect(view.summary).toBe('Cohesion under uncertainty, 2001–2003, 500 draws: in 2003 the median draw is 55.0 and 80% of draws fall between 45.0 and 66.5 (baseline –).')
  })

  it('lists the band, the median and both reference lines in its legend, not the band’s lower edge', () => {
    expect(view.legend.map((l) => [l.label, l.kind])).toEqual([
      ['Middle 80% of draws', 'band'],
      ['Median of draws', 'line'],
      ['This scenario, one run', 'line'],
      ['Baseline (history)', 'line'],
    ])
  })

  it('before any draws keeps the band empty and shows the reference lines on the single run’s years', () => {
    const empty = fanView(null, { single, baseline }, text)
    expect(empty.data.labels).toEqual(['2001', '2002', '2003'])
    expect(empty.data.datasets[1]?.data).toEqual([null, null, null])
    expect(empty.data.datasets).toHaveLength(view.data.datasets.length)
    expect(empty.legend).toEqual(view.legend)
    expect(empty.summary).toMatch(/^Cohesion, 2001–2003, before any Monte Carlo draws: this scenario run once reaches 56\.0 in 2003/)
  })

  it('fixes the axis at 0–100 and turns Chart.js’s own legend off', () => {
    const options = fanOptions(text)
    expect(options.scales?.y).toMatchObject({ min: 0, max: 100 })
    expect(options.plugins?.legend).toBe(false)
  })
})

describe('fanTable and fanCsvRows', () => {
  it('tabulates the percentiles and references, one row per year, stating draws and seed', () => {
    const table = fanTable(summary, { single, baseline }, text)
    expect(table.caption).toContain('500 draws (seed 42)')
    expect(table.columns).toEqual(['Year', '10th percentile', 'Median of draws', '90th percentile', 'This scenario, one run', 'Baseline (history)'])
    expect(table.rows[1]).toEqual({ header: '2002', cells: ['40.3', '52.5', '61.8', '53.0', '58.0'] })
    expect(table.rows[2]?.cells[4]).toBe('–')
  })
  it('gives CSV rows with unformatted numbers and machine names', () => {
    const { header, rows } = fanCsvRows(summary, { single, baseline })
    expect(header).toEqual(['year', 'cohesion_p10', 'cohesion_p50', 'cohesion_p90', 'single_run', 'baseline'])
    expect(rows).toEqual([
      [2001, 50, 60, 70, 61, 60],
      [2002, 40.25, 52.5, 61.75, 53, 58],
      [2003, 45, 55, 66.5, 56, null],
    ])
  })
  it('reads a run’s cohesion on other years as null', () => {
    expect(cohesionOn([2000, 2001], baseline)).toEqual([null, 60])
  })
})

describe('fanCompareView', () => {
  const other: MonteCarloSummary = { ...summary, years: [2002, 2003, 2004], cohesion: { p10: [1, 2, 3], p50: [4, 5, 6], p90: [7, 8, 9] } }
  const view = fanCompareView(
    [
      { name: 'History', summary },
      { name: '=Rift', summary: other },
    ],
    baseline,
    text,
  )
  it('gives each run its own colour, band and median, aligned on the first run’s years', () => {
    const medians = view.data.datasets.filter((d) => d.borderWidth === 3.5)
    expect(medians.map((d) => d.label)).toEqual(['History', '=Rift'])
    expect(medians.map((d) => d.borderColor)).toEqual([RUN_COLOURS[0], RUN_COLOURS[1]])
    expect(medians[1]?.data).toEqual([null, 4, 5])
    expect(new Set(RUN_COLOURS).size).toBe(RUN_COLOURS.length)
  })
  it('keeps a run in the colour it was given (its colour elsewhere in Compare)', () => {
    const grey = '#777777'
    const coloured = fanCompareView([{ name: 'Baseline', colour: grey, summary }, { name: 'Rift', summary: other }], baseline, text)
    const medians = coloured.data.datasets.filter((d) => d.borderWidth === 3.5)
    expect(medians.map((d) => d.borderColor)).toEqual([grey, RUN_COLOURS[1]])
    expect(coloured.legend[0]?.colour).toBe(grey)
  })
  it('lists one legend entry per run and the baseline', () => {
    expect(view.legend.map((l) => l.label)).toEqual(['History', '=Rift', 'Baseline (history)'])
  })
  it('summarises each run’s median and range in the last year', () => {
    expect(view.summary).toBe('Cohesion under uncertainty by run, in 2003: History, median 55.0, 80% between 45.0 and 66.5; =Rift, median 5.0, 80% between 2.0 and 8.0.')
  })
  it('tabulates each run’s median and range per year', () => {
    const table = fanCompareTable([{ name: 'History', summary }, { name: 'Rift', summary: other }], text)
    expect(table.columns).toEqual(['Year', 'History', 'Rift'])
    expect(table.rows[0]).toEqual({ header: '2001', cells: ['60.0 (50.0–70.0)', '–'] })
  })
})
