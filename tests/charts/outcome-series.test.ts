import { describe, expect, it } from 'vitest'
import { OUTCOMES } from '../../models/index'
import { outcomeOptions, outcomeTable, outcomeView } from '../../src/charts/outcome-series'
import { OUTCOME_STYLES } from '../../src/charts/palette'
import { run, text, year } from './fixtures'

const result = run([
  year(2001, 50, {}, { adopted: 2, delayed: 1 }),
  year(2002, 50, {}, { vetoed: 1, 'adopted-with-reservations': 1 }),
  year(2003, 50, {}, { diluted: 1, delayed: 2 }),
])

describe('outcomeView', () => {
  const view = outcomeView(result, text)

  it.each([
    { outcome: 'adopted', label: 'Adopted', counts: [2, 0, 0] },
    { outcome: 'adopted-with-reservations', label: 'Adopted with reservations', counts: [0, 1, 0] },
    { outcome: 'diluted', label: 'Diluted', counts: [0, 0, 1] },
    { outcome: 'delayed', label: 'Delayed', counts: [1, 0, 2] },
    { outcome: 'vetoed', label: 'Vetoed', counts: [0, 1, 0] },
  ] as const)('stacks "$label" bars with counts $counts', ({ outcome, label, counts }) => {
    const dataset = view.data.datasets[OUTCOMES.indexOf(outcome)]
    expect(dataset?.label).toBe(label)
    expect(dataset?.data).toEqual(counts)
    expect(dataset?.stack).toBe('outcomes')
    expect(dataset?.borderColor).toBe(OUTCOME_STYLES[outcome].colour)
  })

  it('totals each outcome over the run', () => {
    expect(view.totals).toEqual({ adopted: 2, 'adopted-with-reservations': 1, diluted: 1, delayed: 3, vetoed: 1 })
  })

  it('fills bars through the fill passed in', () => {
    const filled = outcomeView(result, text, (style) => `fill:${style.pattern}`)
    expect(filled.data.datasets.map((d) => d.backgroundColor)).toEqual(OUTCOMES.map((o) => `fill:${OUTCOME_STYLES[o].pattern}`))
  })

  it('tabulates counts per year', () => {
    const table = outcomeTable(result, text)
    expect(table.columns).toEqual(['Year', 'Adopted', 'Adopted with reservations', 'Diluted', 'Delayed', 'Vetoed'])
    expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['2001', '2', '0', '0', '1', '0'],
      ['2002', '0', '1', '0', '0', '1'],
      ['2003', '0', '0', '1', '2', '0'],
    ])
  })

  it('summarises the run in words', () => {
    expect(view.summary).toBe(
      'Agenda outcomes by year, 2001–2003: 2 adopted, 1 adopted with reservations, 1 diluted and 1 vetoed; 3 times an initiative was delayed a year.',
    )
  })
})

describe('outcomeOptions', () => {
  it('stacks both axes and turns animation off', () => {
    const options = outcomeOptions(text)
    expect(options.animation).toBe(false)
    expect(options.scales?.x?.stacked).toBe(true)
    expect(options.scales?.y?.stacked).toBe(true)
  })
})
