/**
 * The chart on a scenario slide, for a projector: cohesion of this run, history dashed for
 * reference, and (once revealed) the previous slide's run. Fewer, thicker lines and larger type than
 * the dashboard's chart; the same colours (Okabe–Ito) and the same units. Pure, like every adapter.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { SimulationResult } from '../../models/index'
import { yearSpan, type ChartText, type DataTable } from '../charts/chart-text'
import { PALETTE } from '../charts/palette'

/** What the slide chart draws, and its summary in words (the canvas's accessible name). */
export interface SlideChartView {
  data: ChartData<'line', (number | null)[], string>
  summary: string
}

/** Font sizes for a projector (px, at the slide's design size). */
export const SLIDE_CHART_FONT = { ticks: 22, title: 24, legend: 24 } as const

/** Build the slide chart: this run, history, and the previous run when the comparison is revealed. */
export function slideChartView(run: SimulationResult, history: SimulationResult, previous: { title: string; result: SimulationResult } | null, text: ChartText): SlideChartView {
  const years = run.years
  const byYear = (result: SimulationResult) => new Map(result.years.map((y) => [y.year, y.cohesion]))
  const historyByYear = byYear(history)
  const previousByYear = previous ? byYear(previous.result) : null
  const datasets: ChartData<'line', (number | null)[], string>['datasets'] = [
    {
      label: text.t('present.chart.run'),
      data: years.map((y) => y.cohesion),
      borderColor: PALETTE.black,
      backgroundColor: PALETTE.black,
      borderWidth: 5,
      pointRadius: 0,
      // Drawing order (lower on top): the previous run, then history's dashes, then this run, so every
      // line stays visible where they coincide.
      order: 2,
    },
    {
      label: text.t('present.chart.history'),
      data: years.map((y) => historyByYear.get(y.year) ?? null),
      borderColor: PALETTE.grey,
      backgroundColor: PALETTE.grey,
      borderWidth: 3,
      borderDash: [10, 6],
      pointRadius: 0,
      order: 1,
    },
  ]
  if (previous && previousByYear) {
    datasets.push({
      label: text.t('present.chart.previous', { title: previous.title }),
      data: years.map((y) => previousByYear.get(y.year) ?? null),
      borderColor: PALETTE.blue,
      backgroundColor: PALETTE.blue,
      borderWidth: 4,
      borderDash: [2, 5],
      borderCapStyle: 'round',
      pointRadius: 0,
      order: 0,
    })
  }
  return { data: { labels: years.map((y) => text.n(y.year, 'year')), datasets }, summary: slideChartSummary(run, historyByYear, previous, previousByYear, text) }
}

function slideChartSummary(
  run: SimulationResult,
  historyByYear: Map<number, number>,
  previous: { title: string } | null,
  previousByYear: Map<number, number> | null,
  text: ChartText,
): string {
  const first = run.years[0]
  const last = run.years[run.years.length - 1]
  if (!first || !last) return text.t('present.chart.empty')
  let low = first
  let high = first
  for (const y of run.years) {
    if (y.cohesion < low.cohesion) low = y
    if (y.cohesion > high.cohesion) high = y
  }
  const format = (v: number | undefined) => (v === undefined ? '–' : text.n(v, 'decimal1'))
  const summary = text.t('present.chart.summary', {
    span: yearSpan(text, first.year, last.year),
    value: format(last.cohesion),
    year: text.n(last.year, 'year'),
    history: format(historyByYear.get(last.year)),
    low: format(low.cohesion),
    lowYear: text.n(low.year, 'year'),
    high: format(high.cohesion),
    highYear: text.n(high.year, 'year'),
  })
  if (!previous || !previousByYear) return summary
  return `${summary} ${text.t('present.chart.summaryPrevious', { title: previous.title, value: format(previousByYear.get(last.year)), year: text.n(last.year, 'year') })}`
}

/** Tabulate the slide chart's numbers, one row per year. */
export function slideChartTable(run: SimulationResult, history: SimulationResult, previous: { title: string; result: SimulationResult } | null, text: ChartText): DataTable {
  const historyByYear = new Map(history.years.map((y) => [y.year, y.cohesion]))
  const previousByYear = previous ? new Map(previous.result.years.map((y) => [y.year, y.cohesion])) : null
  const format = (v: number | undefined) => (v === undefined ? '–' : text.n(v, 'decimal1'))
  return {
    caption: text.t('present.chart.caption'),
    columns: [
      text.t('charts.common.year'),
      text.t('present.chart.run'),
      text.t('present.chart.history'),
      ...(previous ? [text.t('present.chart.previous', { title: previous.title })] : []),
    ],
    rows: run.years.map((y) => ({
      header: text.n(y.year, 'year'),
      cells: [format(y.cohesion), format(historyByYear.get(y.year)), ...(previousByYear ? [format(previousByYear.get(y.year))] : [])],
    })),
  }
}

/** Build the slide chart's options: axis 0–100, projector-sized type, legend at the top. */
export function slideChartOptions(text: ChartText, pixelRatio?: number): ChartOptions<'line'> {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    ...(pixelRatio ? { devicePixelRatio: pixelRatio } : {}),
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: {
        position: 'top',
        align: 'start',
        labels: { boxWidth: 44, boxHeight: 4, font: { size: SLIDE_CHART_FONT.legend }, color: '#000000', sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) },
      },
      tooltip: { titleFont: { size: 18 }, bodyFont: { size: 18 } },
    },
    scales: {
      x: { ticks: { maxRotation: 0, autoSkipPadding: 24, font: { size: SLIDE_CHART_FONT.ticks }, color: '#000000' }, grid: { color: '#d0d0d0' } },
      y: {
        min: 0,
        max: 100,
        ticks: { stepSize: 25, font: { size: SLIDE_CHART_FONT.ticks }, color: '#000000' },
        grid: { color: '#d0d0d0' },
        title: { display: true, text: text.t('present.chart.axis'), font: { size: SLIDE_CHART_FONT.title }, color: '#000000' },
      },
    },
  }
}
