/**
 * What the chart adapters need from the app, passed in so they stay pure functions: message lookup,
 * number formatting, and the shape of a data table (the accessible alternative of every chart).
 */

/** Name a number format of `src/i18n/index.ts`. */
export type NumberFormat = 'decimal1' | 'decimal2' | 'integer' | 'percent' | 'year'

/** Look up messages and format numbers (vue-i18n's `t` and `n`, or a stand-in in tests). */
export interface ChartText {
  t: (key: string, named?: Record<string, unknown>) => string
  n: (value: number, format: NumberFormat) => string
}

/** Hold a chart's data as a table: a caption, column headings, and one row per year or actor. */
export interface DataTable {
  caption: string
  /** Heading of the row-header column, then of each data column. */
  columns: string[]
  rows: { header: string; cells: string[] }[]
}

/** Format a range of years as "2001–2035". */
export function yearSpan(text: ChartText, from: number, to: number): string {
  return `${text.n(from, 'year')}–${text.n(to, 'year')}`
}
