import { describe, expect, it } from 'vitest'
import type { ChartData } from 'chart.js'
import { sameChartData, sameChartView, sameRows, unlessSame } from '../../src/charts/same-data'

type Data = ChartData<'line' | 'bar', unknown[], string>
const pattern = { kind: 'pattern' }
const base = (): Data => ({
  labels: ['2001', '2002'],
  datasets: [
    { label: 'Adopted', data: [1, 2], backgroundColor: pattern as never, borderWidth: 1 },
    { label: 'Vetoed', data: [0, 1], backgroundColor: '#d55e00', borderWidth: 1 },
  ],
})

describe('sameChartData: skip a redraw only when nothing drawn would change', () => {
  it.each([
    { name: 'a fresh copy with equal values and the same fill objects', change: (d: Data) => d, same: true },
    { name: 'a value changed', change: (d: Data) => ((d.datasets[1] as { data: unknown[] }).data[1] = 2, d), same: false },
    { name: 'a label changed', change: (d: Data) => ((d.labels as string[])[0] = '2000', d), same: false },
    { name: 'one year more', change: (d: Data) => ((d.labels as string[]).push('2003'), d), same: false },
    { name: 'a series renamed (another language)', change: (d: Data) => ((d.datasets[0] as { label: string }).label = 'Adoptée', d), same: false },
    { name: 'a new fill object, even if it looks the same', change: (d: Data) => ((d.datasets[0] as { backgroundColor: unknown }).backgroundColor = { kind: 'pattern' }, d), same: false },
    { name: 'a style property added', change: (d: Data) => ((d.datasets[1] as unknown as Record<string, unknown>).borderDash = [4, 2], d), same: false },
    { name: 'a series fewer', change: (d: Data) => (d.datasets.pop(), d), same: false },
  ])('$name → same: $same', ({ change, same }) => {
    expect(sameChartData(base(), change(base()))).toBe(same)
  })
})

describe('sameChartView: a view is kept when it would draw and say the same', () => {
  const view = () => ({ data: base(), summary: 'Cohesion, 2001–2002: 50.0 in 2002.' })
  it.each([
    { name: 'equal data and summary', change: (v: ReturnType<typeof view>) => v, same: true },
    { name: 'another summary (a number in words changed)', change: (v: ReturnType<typeof view>) => ({ ...v, summary: 'Cohesion, 2001–2002: 51.0 in 2002.' }), same: false },
    { name: 'another value drawn', change: (v: ReturnType<typeof view>) => (((v.data.datasets[0] as { data: unknown[] }).data[0] = 3), v), same: false },
  ])('$name → same: $same', ({ change, same }) => {
    expect(sameChartView(view(), change(view()))).toBe(same)
  })
})

describe('sameRows: rows of a view compared field by field', () => {
  const rows = () => [
    { id: 'rats', left: 0, width: 10, yearEnded: 2001 as number | null },
    { id: 'bank', left: 20, width: 50, yearEnded: null as number | null },
  ]
  it.each([
    { name: 'equal copies', change: (r: ReturnType<typeof rows>) => r, same: true },
    { name: 'a bar one step longer', change: (r: ReturnType<typeof rows>) => ((r[1] as { width: number }).width = 52.9, r), same: false },
    { name: 'decided instead of pending', change: (r: ReturnType<typeof rows>) => ((r[1] as { yearEnded: number | null }).yearEnded = 2007, r), same: false },
    { name: 'a row fewer', change: (r: ReturnType<typeof rows>) => r.slice(1), same: false },
    { name: 'rows in another order', change: (r: ReturnType<typeof rows>) => r.reverse(), same: false },
    { name: 'a field more', change: (r: ReturnType<typeof rows>) => [{ ...r[0], extra: 1 }, r[1]], same: false },
  ])('$name → same: $same', ({ change, same }) => {
    expect(sameRows(rows(), change(rows()) as object[])).toBe(same)
  })
})

describe('unlessSame: what a computed returns for Vue to see "no change"', () => {
  const same = (a: { n: number }, b: { n: number }) => a.n === b.n
  it('returns the previous object when the new one is the same', () => {
    const previous = { n: 1 }
    expect(unlessSame(previous, { n: 1 }, same)).toBe(previous)
  })
  it('returns the new object when it differs, or when there is no previous one', () => {
    const next = { n: 2 }
    expect(unlessSame({ n: 1 }, next, same)).toBe(next)
    expect(unlessSame(undefined, next, same)).toBe(next)
  })
})
