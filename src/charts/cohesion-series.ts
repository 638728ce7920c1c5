/**
 * Stage 2 of the cohesion chart: from a run and the baseline (model units, 0–100) to Chart.js line
 * series, the same numbers as a table, and a one-sentence summary for the canvas's accessible name.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { SimulationResult, YearRecord } from '../../models/index'
import { yearSpan, type ChartText, type DataTable } from './chart-text'
import { lineLegend, timeChartBase, yearAxis } from './time-options'
import { COHESION_COLOURS } from './palette'

/** Name a line of the cohesion chart. */
export type CohesionSeriesKey = 'cohesion' | 'convergence' | 'throughput' | 'room' | 'baseline'

/** Lines in drawing order: the headline, its three parts, the baseline for reference. */
export const COHESION_SERIES: readonly CohesionSeriesKey[] = ['cohesion', 'convergence', 'throughput', 'room', 'baseline']

/** What the cohesion chart draws, and its summary in words. */
export interface CohesionView {
  data: ChartData<'line', (number | null)[], string>
  summary: string
}

/**
 * Each line's dash pattern: one array per line for the app's whole life, so two views of equal
 * numbers hold identical styles and the chart can tell that nothing would change.
 */
const DASHES: Readonly<Record<CohesionSeriesKey, number[]>> = { cohesion: [], convergence: [], throughput: [], room: [2, 3], baseline: [8, 5] }

function valueOf(record: YearRecord | undefined, key: CohesionSeriesKey): number | null {
  if (!record) return null
  return key === 'cohesion' || key === 'baseline' ? record.cohesion : record.parts[key]
}

/** Build the cohesion chart's series and summary; the baseline is matched year by year. */
export function cohesionView(result: SimulationResult, baseline: SimulationResult, text: ChartText): CohesionView {
  const years = result.years
  const baselineByYear = new Map(baseline.years.map((y) => [y.year, y]))
  const series = (key: CohesionSeriesKey): (number | null)[] =>
    years.map((y) => valueOf(key === 'baseline' ? baselineByYear.get(y.year) : y, key))
  const label = (key: CohesionSeriesKey): string => text.t(`charts.cohesion.series.${key}`)

  const data: CohesionView['data'] = {
    labels: years.map((y) => text.n(y.year, 'year')),
    datasets: COHESION_SERIES.map((key) => {
      const headline = key === 'cohesion'
      return {
        label: label(key),
        data: series(key),
        borderColor: COHESION_COLOURS[key],
        backgroundColor: COHESION_COLOURS[key],
        borderWidth: headline ? 4 : key === 'baseline' ? 2.5 : 2,
        borderDash: DASHES[key],
        pointRadius: 0,
        pointHoverRadius: 4,
        pointStyle: key === 'throughput' ? 'triangle' : key === 'room' ? 'rect' : 'circle',
        spanGaps: false,
        // Lower order draws on top: the baseline's dashes stay visible where it equals the run.
        order: key === 'baseline' ? 0 : headline ? 1 : 2,
      }
    }),
  }

  return { data, summary: cohesionSummary(years, baselineByYear, text) }
}

/** Tabulate the same numbers, one row per year (built only when the table is shown). */
export function cohesionTable(result: SimulationResult, baseline: SimulationResult, text: ChartText): DataTable {
  const baselineByYear = new Map(baseline.years.map((y) => [y.year, y]))
  const format = (v: number | null): string => (v === null ? '–' : text.n(v, 'decimal1'))
  return {
    caption: text.t('charts.cohesion.caption'),
    columns: [text.t('charts.common.year'), ...COHESION_SERIES.map((key) => text.t(`charts.cohesion.series.${key}`))],
    rows: result.years.map((y) => ({
      header: text.n(y.year, 'year'),
      cells: COHESION_SERIES.map((key) => format(valueOf(key === 'baseline' ? baselineByYear.get(y.year) : y, key))),
    })),
  }
}

function cohesionSummary(years: YearRecord[], baselineByYear: Map<number, YearRecord>, text: ChartText): string {
  const first = years[0]
  const last = years[years.length - 1]
  if (!first || !last) return text.t('charts.cohesion.empty')
  let low = first
  let high = first
  for (const y of years) {
    if (y.cohesion < low.cohesion) low = y
    if (y.cohesion > high.cohesion) high = y
  }
  const base = baselineByYear.get(last.year)
  return text.t('charts.cohesion.summary', {
    span: yearSpan(text, first.year, last.year),
    value: text.n(last.cohesion, 'decimal1'),
    year: text.n(last.year, 'year'),
    baseline: base ? text.n(base.cohesion, 'decimal1') : '–',
    convergence: text.n(last.parts.convergence, 'decimal1'),
    throughput: text.n(last.parts.throughput, 'decimal1'),
    room: text.n(last.parts.room, 'decimal1'),
    low: text.n(low.cohesion, 'decimal1'),
    lowYear: text.n(low.year, 'year'),
    high: text.n(high.cohesion, 'decimal1'),
    highYear: text.n(high.year, 'year'),
  })
}

/** Build the cohesion chart's options: axes 0–100, no animation, tooltips for every line at a year. */
export function cohesionOptions(text: ChartText): ChartOptions<'line'> {
  return {
    ...timeChartBase(),
    // The legend keeps the series order (drawing order puts the baseline on top, which would list it first).
    plugins: { legend: lineLegend() },
    scales: {
      x: yearAxis(text),
      y: { min: 0, max: 100, title: { display: true, text: text.t('charts.cohesion.axis') } },
    },
  }
}
