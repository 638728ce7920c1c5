import { describe, expect, it } from 'vitest'
import { sameTimelineView, timelineTable, timelineView } from '../../src/charts/timeline-rows'
import { initiative, run, text, year } from './fixtures'

const years = Array.from({ length: 10 }, (_, i) => year(2001 + i, 50))
const result = run(years, [
  initiative('bank', 'vetoed', 2003, null, 2007),
  initiative('rats', 'adopted', 2001, 2001),
  initiative('treaty', 'adopted-with-reservations', 2003, 2005),
  initiative('fund', 'delayed', 2008, null),
])
const titles: Record<string, string> = { bank: 'Development bank', rats: 'RATS', treaty: 'A treaty', fund: 'Water fund' }
/** The same run with the bank vetoed a year later: one row changes. */
const later = run(years, [
  initiative('bank', 'vetoed', 2003, null, 2008),
  initiative('rats', 'adopted', 2001, 2001),
  initiative('treaty', 'adopted-with-reservations', 2003, 2005),
  initiative('fund', 'delayed', 2008, null),
])

describe('timelineView', () => {
  const view = timelineView(result, (id) => titles[id] ?? id, text)

  it('orders initiatives by year proposed, then title', () => {
    expect(view.rows.map((r) => r.id)).toEqual(['rats', 'treaty', 'bank', 'fund'])
  })

  it.each([
    { id: 'rats', end: 'decided', yearEnded: 2001, left: 0, width: 10, detail: ': Adopted. Proposed 2001; decided in 2001.' },
    { id: 'treaty', end: 'decided', yearEnded: 2005, left: 20, width: 30, detail: ': Adopted with reservations. Proposed 2003; decided in 2005.' },
    { id: 'bank', end: 'vetoed', yearEnded: 2007, left: 20, width: 50, detail: ': Vetoed. Proposed 2003; vetoed in 2007.' },
    { id: 'fund', end: 'pending', yearEnded: null, left: 70, width: 30, detail: ': Delayed. Proposed 2008; still undecided in 2010.' },
  ])('places $id: ends $end in $yearEnded, bar at $left% for $width%', ({ id, end, yearEnded, left, width, detail }) => {
    const row = view.rows.find((r) => r.id === id)
    expect(row).toMatchObject({ end, yearEnded, left, width, detail })
  })

  it('gives every entry its title and outcome', () => {
    expect(view.rows.map((r) => `${r.title}${r.detail}`)).toContain('Development bank: Vetoed. Proposed 2003; vetoed in 2007.')
  })

  it('marks the first year and each decade on the axis', () => {
    expect(view.ticks).toEqual([
      { year: 2001, label: '2001', at: 0 },
      { year: 2010, label: '2010', at: 90 },
    ])
  })

  it('tabulates proposal, decision and outcome, with "Never" for undecided items', () => {
    const table = timelineTable(view.rows, text)
    expect(table.columns).toEqual(['Initiative', 'Proposed', 'Decided', 'Outcome'])
    expect(table.rows.find((r) => r.header === 'Water fund')?.cells).toEqual(['2008', 'Never', 'Delayed'])
    expect(table.rows.find((r) => r.header === 'Development bank')?.cells).toEqual(['2003', '2007', 'Vetoed'])
  })
})

describe('sameTimelineView: a slider step that changes no row keeps the timeline as it was', () => {
  const build = (r = result) => timelineView(r, (id) => titles[id] ?? id, text)
  it('holds two builds of the same run the same', () => {
    expect(sameTimelineView(build(), build())).toBe(true)
  })
  it('tells a changed fate apart', () => {
    expect(sameTimelineView(build(), build(later))).toBe(false)
  })
  it('tells a longer run apart (another axis)', () => {
    expect(sameTimelineView(build(), build(run([...years, year(2011, 50)], result.initiatives)))).toBe(false)
  })
})

describe('timelineView given the previous view', () => {
  const titleOf = (id: string) => titles[id] ?? id
  const first = timelineView(result, titleOf, text)
  /** Messages that count how often a row's words are written. */
  const counting = () => {
    let calls = 0
    return { text: { t: (key: string, named?: Record<string, unknown>) => (calls++, text.t(key, named)), n: text.n }, calls: () => calls }
  }

  it('returns the previous view itself when no row changed, writing no words', () => {
    const c = counting()
    expect(timelineView(result, titleOf, c.text, first)).toBe(first)
    expect(c.calls()).toBe(0)
  })

  it('reuses the rows that did not change and writes only the changed one, in order', () => {
    const c = counting()
    const next = timelineView(later, titleOf, c.text, first)
    expect(next).not.toBe(first)
    expect(next).toEqual(timelineView(later, titleOf, text))
    const bank = next.rows.find((r) => r.id === 'bank')
    expect(bank?.fate).toBe('vetoed in 2008')
    for (const r of next.rows) if (r.id !== 'bank') expect(r).toBe(first.rows.find((p) => p.id === r.id))
    // The changed row's fate, outcome and entry; the axis labels use numbers only.
    expect(c.calls()).toBe(3)
  })

  it('writes every row again for another axis, and a retitled row again', () => {
    const longer = run([...years, year(2011, 50)], result.initiatives)
    const next = timelineView(longer, titleOf, text, first)
    expect(next.rows.some((r) => first.rows.includes(r))).toBe(false)
    expect(next).toEqual(timelineView(longer, titleOf, text))
    // A new title is written again, and the rows are sorted again by it.
    const renamed = timelineView(result, (id) => (id === 'bank' ? 'A bank' : titleOf(id)), text, first)
    expect(renamed.rows.map((r) => r.id)).toEqual(['rats', 'bank', 'treaty', 'fund'])
    expect(renamed.rows[1]?.title).toBe('A bank')
    expect(renamed.rows.filter((r) => first.rows.includes(r)).map((r) => r.id)).toEqual(['rats', 'treaty', 'fund'])
  })
})

