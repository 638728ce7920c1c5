/**
 * Say whether two chart data objects (or two views built from them) would show the same thing, so
 * a chart skips a redraw, and a view a re-render, that would change nothing (a lever step often
 * leaves a chart's numbers as they were, e.g. the outcome counts). Labels and each dataset's values
 * are compared element by element; every other dataset property by identity (fills, patterns and
 * callbacks included), so any doubt means "redraw".
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

/** True when two lists of flat records (rows of a view) hold the same fields with the same values. */
export function sameRows(a: readonly object[], b: readonly object[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Record<string, unknown>
    const y = b[i] as Record<string, unknown>
    const keys = Object.keys(x)
    if (keys.length !== Object.keys(y).length) return false
    for (const key of keys) if (!Object.is(x[key], y[key])) return false
  }
  return true
}

/** True when two chart views (the data drawn and the sentence that names it) draw and say the same. */
export function sameChartView<V extends { data: object; summary: string }>(a: V, b: V): boolean {
  return a.summary === b.summary && sameChartData(a.data as AnyChartData, b.data as AnyChartData)
}

/**
 * Keep the previous value of a view when the new one is the same, for a `computed` whose getter
 * receives its previous value: returning that same object tells Vue nothing changed, so nothing that
 * shows the view re-renders (a slider step re-renders only what it moved).
 */
export function unlessSame<T>(previous: T | undefined, next: T, same: (a: T, b: T) => boolean): T {
  return previous !== undefined && same(previous, next) ? previous : next
}
