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

/** True when two records have the same fields, each value the same by `same` (identity unless told). */
function sameFields(x: object, y: object, same: (key: string, a: unknown, b: unknown) => boolean = (_, p, q) => Object.is(p, q)): boolean {
  const keys = Object.keys(x)
  if (keys.length !== Object.keys(y).length) return false
  for (const key of keys) {
    if (!(key in y) || !same(key, (x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key])) return false
  }
  return true
}

/** A dataset's values are compared element by element, its other properties by identity. */
const sameDatasetField = (key: string, a: unknown, b: unknown): boolean => (key === 'data' ? sameList(a as unknown[], b as unknown[]) : Object.is(a, b))

/** True when `a` and `b` hold the same labels, datasets, values and styles. */
export function sameChartData(a: AnyChartData, b: AnyChartData): boolean {
  if (a === b) return true
  if (!sameList(a.labels, b.labels) || a.datasets.length !== b.datasets.length) return false
  for (let i = 0; i < a.datasets.length; i++) if (!sameFields(a.datasets[i] as object, b.datasets[i] as object, sameDatasetField)) return false
  return true
}

/** True when two lists of flat records (rows of a view) hold the same fields with the same values. */
export function sameRows(a: readonly object[], b: readonly object[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!sameFields(a[i] as object, b[i] as object)) return false
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
