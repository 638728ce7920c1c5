import { describe, expect, it } from 'vitest'
import { cohesionOptions, cohesionTable, cohesionView, COHESION_SERIES } from '../../src/charts/cohesion-series'
import { COHESION_COLOURS } from '../../src/charts/palette'
import { run, text, year } from './fixtures'

const current = run([year(2001, 60, { convergence: 80, throughput: 40, room: 70 }), year(2002, 45.25), year(2003, 52.5, { convergence: 90, throughput: 10, room: 33.3 })])
const baseline = run([year(2001, 60), year(2002, 58), year(2003, 61)])

describe('cohesionView', () => {
  const view = cohesionView(current, baseline, text)

  it('labels each year', () => {
    expect(view.data.labels).toEqual(['2001', '2002', '2003'])
  })

  it.each([
    { series: 'cohesion', label: 'Cohesion', values: [60, 45.25, 52.5] },
    { series: 'convergence', label: 'Convergence', values: [80, 50, 90] },
    { series: 'throughput', label: 'Throughput', values: [40, 50, 10] },
    { series: 'room', label: 'Room for change', values: [70, 50, 33.3] },
    { series: 'baseline', label: 'Baseline cohesion', values: [60, 58, 61] },
  ])('draws $series as "$label" with $values', ({ series, label, values }) => {
    const dataset = view.data.datasets[COHESION_SERIES.indexOf(series as (typeof COHESION_SERIES)[number])]
    expect(dataset?.label).toBe(label)
    expect(dataset?.data).toEqual(values)
    expect(dataset?.borderColor).toBe(COHESION_COLOURS[series as keyof typeof COHESION_COLOURS])
  })

  it('dashes the baseline and only the baseline among the thick lines', () => {
    const dashOf = (i: number) => view.data.datasets[i]?.borderDash
    expect(dashOf(COHESION_SERIES.indexOf('baseline'))).toEqual([8, 5])
    expect(dashOf(COHESION_SERIES.indexOf('cohesion'))).toEqual([])
  })

  it('leaves gaps where the baseline has no such year', () => {
    const longer = run([...current.years, year(2004, 40)])
    expect(cohesionView(longer, baseline, text).data.datasets[4]?.data).toEqual([60, 58, 61, null])
  })

  it('puts the same numbers in the table, one row per year', () => {
    const table = cohesionTable(current, baseline, text)
    expect(table.caption).toBe('Cohesion and its parts by year, index 0–100, with the baseline\'s cohesion')
    expect(table.columns).toEqual(['Year', 'Cohesion', 'Convergence', 'Throughput', 'Room for change', 'Baseline cohesion'])
    expect(table.rows).toHaveLength(3)
    expect(table.rows[1]).toEqual({ header: '2002', cells: ['45.3', '50.0', '50.0', '50.0', '58.0'] })
  })

  it('starts the summary with what it shows and the last year against the baseline', () => {
    expect(view.summary.startsWith('Cohesion, 2001–2003: 52.5 in 2003 (baseline 61.0).')).toBe(true)
    expect(view.summary).toContain('Lowest 45.3 in 2002, highest 60.0 in 2001.')
  })

  it('says so when there are no years', () => {
    expect(cohesionView(run([]), baseline, text).summary).toBe('Cohesion: no years to show.')
  })
})

describe('cohesionOptions', () => {
  it('turns animation off and fixes the axis at 0–100', () => {
    const options = cohesionOptions(text)
    expect(options.animation).toBe(false)
    expect(options.scales?.y?.min).toBe(0)
    expect(options.scales?.y?.max).toBe(100)
  })
})
