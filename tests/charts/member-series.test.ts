import { describe, expect, it } from 'vitest'
import { memberOptions, memberTable, memberView } from '../../src/charts/member-series'
import { run, text, year } from './fixtures'

const result = run(
  [year(2001, 50)],
  [],
  [
    { actor: 'CHN', satisfaction: 75.48, influence: 70, vetoes: 3 },
    { actor: 'RUS', satisfaction: 60, influence: 90.74, vetoes: 12 },
    { actor: 'IND', satisfaction: 55, influence: 40, vetoes: 8 },
  ],
)

describe('memberView', () => {
  const view = memberView(result, text)

  it('names members from the actors messages, in the run’s order', () => {
    expect(view.data.labels).toEqual(['China', 'Russia', 'India'])
  })

  it.each([
    { index: 0, label: 'Satisfaction', values: [75.48, 60, 55] },
    { index: 1, label: 'Influence', values: [70, 90.74, 40] },
  ])('draws "$label" bars with $values', ({ index, label, values }) => {
    expect(view.data.datasets[index]?.label).toBe(label)
    expect(view.data.datasets[index]?.data).toEqual(values)
  })

  it('tabulates satisfaction, influence and objections per member', () => {
    const table = memberTable(result, text)
    expect(table.columns).toEqual(['Member', 'Satisfaction', 'Influence', 'Objections'])
    expect(table.rows[0]).toEqual({ header: 'China', cells: ['75.5', '70.0', '3'] })
  })

  it('names the most and least satisfied and the most influential', () => {
    expect(view.summary).toBe(
      "Members' satisfaction and influence, 3 members: most satisfied China (75.5), least satisfied India (55.0); most influential Russia (90.7).",
    )
  })

  it('says so when there are no members', () => {
    expect(memberView(run([]), text).summary).toBe('Members: no members to show.')
  })
})

describe('memberOptions', () => {
  it('draws horizontal bars on a 0–100 axis without animation', () => {
    const options = memberOptions(text)
    expect(options.indexAxis).toBe('y')
    expect(options.animation).toBe(false)
    expect(options.scales?.x?.max).toBe(100)
  })
})
