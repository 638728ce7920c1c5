import { describe, expect, it } from 'vitest'
import type { ChartData } from 'chart.js'
import { sameChartData } from '../../src/charts/same-data'

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
