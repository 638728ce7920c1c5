/**
 * Stage 2 of the Compare view's charts: every run's cohesion, and every run's initiatives adopted so
 * far, overlaid as one line per run in the run's own colour and dash (the baseline grey and dashed,
 * as on the dashboard); the same numbers as tables, and summaries for the canvases' accessible names.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { SimulationResult } from '../../models/index'
import { yearSpan, type ChartText, type DataTable } from './chart-text'
import { lineLegend, timeChartBase, yearAxis } from './time-options'
import type { ComparedRun } from './compare-runs'

/** What an overlaid chart draws, and its summary in words. */
export interface CompareLineView {
  data: ChartData<'line', (number | null)[], string>
  summary: string
}

/** Name a measure drawn per run. */
export type CompareMeasure = 'cohesion' | 'adopted'

/** Years from the earliest first year to the latest last year of any run. */
export function compareYears(runs: readonly ComparedRun[]): number[] {
  let from = Infinity
  let to = -Infinity
  for (const run of runs) {
    const years = run.result.years
    from = Math.min(from, years[0]?.year ?? Infinity)
    to = Math.max(to, years[years.length - 1]?.year ?? -Infinity)
  }
  if (!Number.isFinite(from) || !Number.isFinite(to)) return []
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

/** Initiatives adopted in any form (fully, with reservations or diluted) so far, by year. */
export function adoptedSoFar(result: SimulationResult): Map<number, number> {
  const out = new Map<number, number>()
  let total = 0
  for (const y of result.years) {
    total += y.counts.adopted + y.counts['adopted-with-reservations'] + y.counts.diluted
    out.set(y.year, total)
  }
  return out
}

function valuesOf(run: ComparedRun, measure: CompareMeasure): Map<number, number> {
  return measure === 'cohesion' ? new Map(run.result.years.map((y) => [y.year, y.cohesion])) : adoptedSoFar(run.result)
}

/** Build one line per run of a measure, with a summary naming each run's last value. */
export function compareLineView(runs: readonly ComparedRun[], measure: CompareMeasure, text: ChartText): CompareLineView {
  const years = compareYears(runs)
  const format = measure === 'cohesion' ? 'decimal1' : 'integer'
  const datasets = runs.map((run) => {
    const values = valuesOf(run, measure)
    const baseline = run.kind === 'baseline'
    return {
      label: run.name,
      data: years.map((y) => values.get(y) ?? null),
      borderColor: run.style.colour,
      backgroundColor: run.style.colour,
      borderWidth: baseline ? 2.5 : 3,
      borderDash: run.style.dash,
      pointRadius: 0,
      pointHoverRadius: 5,
      pointStyle: run.style.point,
      spanGaps: false,
      // As on the dashboard, the baseline draws on top so its dashes stay visible where runs agree.
      order: baseline ? 0 : 1,
    }
  })
  const first = years[0]
  const last = years[years.length - 1]
  const summary =
    first === undefined || last === undefined
      ? text.t(`compare.charts.${measure}.empty`)
      : text.t(`compare.charts.${measure}.summary`, {
          count: text.n(runs.length, 'integer'),
          span: yearSpan(text, first, last),
          values: runs
            .map((run) => {
              const series = run.result.years
              const end = series[series.length - 1]
              const value = end ? valuesOf(run, measure).get(end.year) : undefined
              return text.t('compare.charts.runValue', {
                run: run.name,
                value: value === undefined ? '–' : text.n(value, format),
                year: end ? text.n(end.year, 'year') : '–',
              })
            })
            .join('; '),
        })
  return { data: { labels: years.map((y) => text.n(y, 'year')), datasets }, summary }
}

/** Tabulate a measure: one row per year, one column per run. */
export function compareLineTable(runs: readonly ComparedRun[], measure: CompareMeasure, text: ChartText): DataTable {
  const format = measure === 'cohesion' ? 'decimal1' : 'integer'
  const values = runs.map((run) => valuesOf(run, measure))
  return {
    caption: text.t(`compare.charts.${measure}.caption`),
    columns: [text.t('charts.common.year'), ...runs.map((r) => r.name)],
    rows: compareYears(runs).map((year) => ({
      header: text.n(year, 'year'),
      cells: values.map((v) => {
        const x = v.get(year)
        return x === undefined ? '–' : text.n(x, format)
      }),
    })),
  }
}

/** Build the options of an overlaid chart: no animation, tooltips for every run at a year. */
export function compareLineOptions(measure: CompareMeasure, text: ChartText): ChartOptions<'line'> {
  return {
    ...timeChartBase(),
    plugins: { legend: lineLegend() },
    scales: {
      x: yearAxis(text),
      y:
        measure === 'cohesion'
          ? { min: 0, max: 100, title: { display: true, text: text.t('charts.cohesion.axis') } }
          : { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: text.t('compare.charts.adopted.axis') } },
    },
  }
}
