import { describe, expect, it } from 'vitest'
import { slideChartOptions, slideChartTable, slideChartView, SLIDE_CHART_FONT } from '../../src/present/slide-chart'
import { run, text, year } from '../charts/fixtures'

const thisRun = run([year(2001, 80), year(2002, 60), year(2003, 70)])
const history = run([year(2001, 80), year(2002, 75), year(2003, 72)])
const previous = { title: 'No bank', result: run([year(2001, 80), year(2002, 50), year(2003, 55)]) }

describe('the slide chart', () => {
  it('draws this run and history, and the previous run only once revealed', () => {
    const plain = slideChartView(thisRun, history, null, text)
    expect(plain.data.datasets.map((d) => d.label)).toEqual(['This scenario', 'History as it happened'])
    expect(plain.data.datasets[0]?.data).toEqual([80, 60, 70])
    expect(plain.data.datasets[1]?.data).toEqual([80, 75, 72])
    const compared = slideChartView(thisRun, history, previous, text)
    expect(compared.data.datasets.map((d) => d.label)).toEqual(['This scenario', 'History as it happened', 'Previous: No bank'])
    expect(compared.data.datasets[2]?.data).toEqual([80, 50, 55])
  })

  it('names what it shows first, with the numbers a listener needs', () => {
    const plain = slideChartView(thisRun, history, null, text)
    expect(plain.summary).toBe('Cohesion, 2001–2003: 70.0 in 2003 (history 72.0). Lowest 60.0 in 2002, highest 80.0 in 2001.')
    expect(slideChartView(thisRun, history, previous, text).summary).toMatch(/Previous slide, “No bank”: 55\.0 in 2003\.$/)
  })

  it('offers the same numbers as a table', () => {
    const table = slideChartTable(thisRun, history, previous, text)
    expect(table.columns).toEqual(['Year', 'This scenario', 'History as it happened', 'Previous: No bank'])
    expect(table.rows[1]).toEqual({ header: '2002', cells: ['60.0', '75.0', '50.0'] })
  })

  it('uses projector-sized type and a fixed 0–100 axis', () => {
    const options = slideChartOptions(text, 2)
    expect(options.devicePixelRatio).toBe(2)
    expect(options.scales?.y).toMatchObject({ min: 0, max: 100 })
    expect(SLIDE_CHART_FONT.ticks).toBeGreaterThanOrEqual(20)
    expect(SLIDE_CHART_FONT.legend).toBeGreaterThanOrEqual(24)
  })
})
