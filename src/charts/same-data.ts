/**
 * Say whether two chart data objects would draw the same picture, so a chart skips a redraw that
 * would change nothing (a lever step often leaves a chart's numbers as they were, e.g. the outcome
 * counts). Labels and each dataset's values are compared element by element; every other dataset
 * property by identity (fills, patterns and callbacks included), so any doubt means "redraw".
 */
import type { ChartData } from 'chart.js'

type AnyChartData = ChartData<'line' | 'bar', unknown[], string>

function sameList(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === b) return true
  if (!a || !b || a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false
  return true
}

/** True when `a` and `b` hold the same labels, datasets, values and styles. */
export function sameChartData(a: AnyChartData, b: AnyChartData): boolean {
  if (a === b) return true
  if (!sameList(a.labels, b.labels) || a.datasets.length !== b.datasets.length) return false
  for (let i = 0; i < a.datasets.length; i++) {
    const x = a.datasets[i] as unknown as Record<string, unknown>
    const y = b.datasets[i] as unknown as Record<string, unknown>
    const keys = Object.keys(x)
    if (keys.length !== Object.keys(y).length) return false
    for (const key of keys) {
      if (!(key in y)) return false
      if (key === 'data') {
        if (!sameList(x.data as unknown[], y.data as unknown[])) return false
      } else if (!Object.is(x[key], y[key])) return false
    }
  }
  return true
}
