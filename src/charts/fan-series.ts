/**
 * Stage 2 of the fan chart: from Monte Carlo bands (model units, cohesion 0–100) to Chart.js line
 * series, with the band drawn as a filled area between the 10th and 90th percentiles, the median as
 * a line, and for reference the scenario run once and the historical baseline; the same numbers as
 * a table and as CSV rows; and a one-sentence summary for the canvas's accessible name.
 * Compare overlays several runs' bands, each in its own colour.
 */
import type { ChartData, ChartDataset, ChartOptions } from 'chart.js'
import type { MonteCarloSummary, SimulationResult } from '../../models/index'
import { yearSpan, type ChartText, type DataTable } from './chart-text'
import { timeChartBase, yearAxis } from './time-options'
import { PALETTE } from './palette'

/** Lines of reference drawn beside the bands: the scenario run once at its likely values, and the baseline. */
export interface FanReference {
  single?: SimulationResult | null
  baseline?: SimulationResult | null
}

/** One entry of a fan chart's legend: a shaded band, or a line with its dash pattern. */
export interface FanLegendItem {
  label: string
  kind: 'band' | 'line'
  colour: string
  /** Band fill (bands only). */
  fill?: string
  width: number
  dash: number[]
}

/**
 * What a fan chart draws, its summary in words, and its legend. The legend is drawn in HTML beside
 * the canvas rather than by Chart.js: it costs nothing when the bands update during a run.
 */
export interface FanView {
  data: ChartData<'line', (number | null)[], string>
  summary: string
  legend: FanLegendItem[]
}

/** Colours of the runs in Compare, in order (Okabe–Ito). */
export const RUN_COLOURS: readonly string[] = [PALETTE.blue, PALETTE.vermillion, PALETTE.bluishGreen, PALETTE.reddishPurple, PALETTE.orange]

/** Turn `#rrggbb` into `rgba(r, g, b, alpha)` for a band's fill. */
export function withAlpha(hex: string, alpha: number): string {
  const channel = (i: number): number => parseInt(hex.slice(i, i + 2), 16)
  return `rgba(${channel(1)}, ${channel(3)}, ${channel(5)}, ${alpha})`
}

/** Read a run's cohesion year by year on the summary's years (null where the run has no such year). */
export function cohesionOn(years: readonly number[], result: SimulationResult | null | undefined): (number | null)[] {
  const byYear = new Map(result?.years.map((y) => [y.year, y.cohesion]) ?? [])
  return years.map((y) => byYear.get(y) ?? null)
}

/** Three bands on a chart's years; null where a run has no such year. */
interface Bands {
  p10: (number | null)[]
  p50: (number | null)[]
  p90: (number | null)[]
}

function bandDatasets(bands: Bands, colour: string, labels: { low: string; band: string; median: string }, alpha: number): ChartDataset<'line', (number | null)[]>[] {
  const edge = { borderColor: colour, borderWidth: 1, pointRadius: 0, pointHoverRadius: 3, backgroundColor: withAlpha(colour, alpha) }
  return [
    { ...edge, label: labels.low, data: bands.p10, fill: false, order: 3 },
    { ...edge, label: labels.band, data: bands.p90, fill: '-1', order: 3 },
    { label: labels.median, data: bands.p50, borderColor: colour, backgroundColor: colour, borderWidth: 3.5, pointRadius: 0, pointHoverRadius: 4, fill: false, order: 1 },
  ]
}

function bandLegend(colour: string, alpha: number, labels: { band: string; median: string }): FanLegendItem[] {
  return [
    { label: labels.band, kind: 'band', colour, fill: withAlpha(colour, alpha), width: 1, dash: [] },
    { label: labels.median, kind: 'line', colour, width: 3.5, dash: [] },
  ]
}

function referenceLegend(reference: FanReference, text: ChartText): FanLegendItem[] {
  return [
    ...(reference.single ? [{ label: text.t('uncertainty.fan.series.single'), kind: 'line' as const, colour: PALETTE.black, width: 1.5, dash: [2, 3] }] : []),
    ...(reference.baseline ? [{ label: text.t('uncertainty.fan.series.baseline'), kind: 'line' as const, colour: PALETTE.grey, width: 2.5, dash: [8, 5] }] : []),
  ]
}

function referenceDatasets(years: readonly number[], reference: FanReference, text: ChartText): ChartDataset<'line', (number | null)[]>[] {
  const out: ChartDataset<'line', (number | null)[]>[] = []
  if (reference.single) {
    out.push({
      label: text.t('uncertainty.fan.series.single'),
      data: cohesionOn(years, reference.single),
      borderColor: PALETTE.black,
      backgroundColor: PALETTE.black,
      borderWidth: 1.5,
      borderDash: [2, 3],
      pointRadius: 0,
      pointHoverRadius: 3,
      fill: false,
      order: 2,
    })
  }
  if (reference.baseline) {
    out.push({
      label: text.t('uncertainty.fan.series.baseline'),
      data: cohesionOn(years, reference.baseline),
      borderColor: PALETTE.grey,
      backgroundColor: PALETTE.grey,
      borderWidth: 2.5,
      borderDash: [8, 5],
      pointRadius: 0,
      pointHoverRadius: 3,
      fill: false,
      order: 0,
    })
  }
  return out
}

/** Years a fan chart spans: the summary's, or before any draws the reference runs'. */
function fanYears(summary: MonteCarloSummary | null, reference: FanReference): number[] {
  return summary?.years ?? (reference.single ?? reference.baseline)?.years.map((y) => y.year) ?? []
}

/**
 * Build the fan chart of one run: band, median, and the reference lines. Before any draws (null
 * summary) the band is empty and only the reference lines show, so the chart can be drawn once
 * before a run and then only updated as draws arrive.
 */
export function fanView(summary: MonteCarloSummary | null, reference: FanReference, text: ChartText): FanView {
  const labels = {
    low: text.t('uncertainty.fan.series.p10'),
    band: text.t('uncertainty.fan.series.band'),
    median: text.t('uncertainty.fan.series.median'),
  }
  const years = fanYears(summary, reference)
  const bands = summary ? alignBands(years, summary) : { p10: years.map(() => null), p50: years.map(() => null), p90: years.map(() => null) }
  return {
    data: {
      labels: years.map((y) => text.n(y, 'year')),
      datasets: [...bandDatasets(bands, PALETTE.blue, labels, 0.25), ...referenceDatasets(years, reference, text)],
    },
    summary: summary ? fanSummary(summary, reference, text) : fanSummaryWithout(years, reference, text),
    // The same entries before and after the draws arrive, so the legend never moves the page.
    legend: [...bandLegend(PALETTE.blue, 0.25, labels), ...referenceLegend(reference, text)],
  }
}

function fanSummaryWithout(years: readonly number[], reference: FanReference, text: ChartText): string {
  const i = years.length - 1
  const first = years[0]
  const last = years[i]
  if (first === undefined || last === undefined) return text.t('uncertainty.fan.empty')
  const single = cohesionOn(years, reference.single)[i]
  const base = cohesionOn(years, reference.baseline)[i]
  const format = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : text.n(v, 'decimal1'))
  return text.t('uncertainty.fan.summaryNoDraws', { span: yearSpan(text, first, last), year: text.n(last, 'year'), single: format(single), baseline: format(base) })
}

function fanSummary(summary: MonteCarloSummary, reference: FanReference, text: ChartText): string {
  const i = summary.years.length - 1
  const first = summary.years[0]
  const last = summary.years[i]
  if (first === undefined || last === undefined) return text.t('uncertainty.fan.empty')
  const base = cohesionOn(summary.years, reference.baseline)[i]
  return text.t('uncertainty.fan.summary', {
    span: yearSpan(text, first, last),
    draws: text.n(summary.draws, 'integer'),
    year: text.n(last, 'year'),
    median: text.n(summary.cohesion.p50[i] ?? 0, 'decimal1'),
    low: text.n(summary.cohesion.p10[i] ?? 0, 'decimal1'),
    high: text.n(summary.cohesion.p90[i] ?? 0, 'decimal1'),
    baseline: base === null || base === undefined ? '–' : text.n(base, 'decimal1'),
  })
}

/** Build the fan chart's options: axes 0–100, tooltips for every line at a year, the legend in HTML. */
export function fanOptions(text: ChartText): ChartOptions<'line'> {
  const year = yearAxis(text)
  return {
    ...timeChartBase(),
    plugins: {
      // Off entirely, not merely hidden: Chart.js rebuilds a hidden legend's labels on every update.
      // Workaround: `false` disables a plugin at run time but its types refuse it (chartjs/Chart.js#11398).
      legend: false as unknown as undefined,
      filler: { propagate: false },
    },
    // Labels never rotate and only a few are measured: the bands redraw several times a second during a run.
    scales: {
      x: { ...year, ticks: { ...year.ticks, minRotation: 0, sampleSize: 4 } },
      y: { min: 0, max: 100, title: { display: true, text: text.t('uncertainty.fan.axis') }, ticks: { sampleSize: 4 } },
    },
  }
}

/** Tabulate one run's bands with the reference lines, one row per year (bands blank before any draws). */
export function fanTable(summary: MonteCarloSummary | null, reference: FanReference, text: ChartText): DataTable {
  const years = fanYears(summary, reference)
  const single = cohesionOn(years, reference.single)
  const baseline = cohesionOn(years, reference.baseline)
  const format = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : text.n(v, 'decimal1'))
  return {
    caption: summary
      ? text.t('uncertainty.fan.caption', { draws: text.n(summary.draws, 'integer'), seed: String(summary.seed) })
      : text.t('uncertainty.fan.captionNoDraws'),
    columns: [
      text.t('charts.common.year'),
      text.t('uncertainty.fan.series.p10'),
      text.t('uncertainty.fan.series.median'),
      text.t('uncertainty.fan.series.p90'),
      ...(reference.single ? [text.t('uncertainty.fan.series.single')] : []),
      ...(reference.baseline ? [text.t('uncertainty.fan.series.baseline')] : []),
    ],
    rows: years.map((year, i) => ({
      header: text.n(year, 'year'),
      cells: [
        format(summary?.cohesion.p10[i]),
        format(summary?.cohesion.p50[i]),
        format(summary?.cohesion.p90[i]),
        ...(reference.single ? [format(single[i])] : []),
        ...(reference.baseline ? [format(baseline[i])] : []),
      ],
    })),
  }
}

/** Header and rows of the bands as CSV (machine names, unformatted numbers). */
export function fanCsvRows(summary: MonteCarloSummary, reference: FanReference): { header: string[]; rows: (number | null)[][] } {
  const single = cohesionOn(summary.years, reference.single)
  const baseline = cohesionOn(summary.years, reference.baseline)
  return {
    header: ['year', 'cohesion_p10', 'cohesion_p50', 'cohesion_p90', 'single_run', 'baseline'],
    rows: summary.years.map((year, i) => [year, summary.cohesion.p10[i] ?? null, summary.cohesion.p50[i] ?? null, summary.cohesion.p90[i] ?? null, single[i] ?? null, baseline[i] ?? null]),
  }
}

/** One run in Compare: its name (shown as text) and its bands. */
export interface NamedSummary {
  name: string
  /** The run's colour elsewhere (Compare's styles); absent, runs take RUN_COLOURS in order. */
  colour?: string | undefined
  summary: MonteCarloSummary
}

/** Build Compare's overlaid fans: each run's band and median in its colour, and the baseline. */
export function fanCompareView(runs: readonly NamedSummary[], baseline: SimulationResult | null, text: ChartText): FanView {
  const years = runs[0]?.summary.years ?? []
  const datasets: ChartDataset<'line', (number | null)[]>[] = []
  const legend: FanLegendItem[] = []
  runs.forEach((run, r) => {
    const colour = run.colour ?? RUN_COLOURS[r % RUN_COLOURS.length] ?? PALETTE.blue
    legend.push({ label: run.name, kind: 'band', colour, fill: withAlpha(colour, 0.16), width: 3.5, dash: [] })
    const labels = {
      low: text.t('uncertainty.compare.series.low', { name: run.name }),
      band: text.t('uncertainty.compare.series.high', { name: run.name }),
      median: text.t('uncertainty.compare.series.median', { name: run.name }),
    }
    datasets.push(...bandDatasets(alignBands(years, run.summary), colour, labels, 0.16))
  })
  datasets.push(...referenceDatasets(years, { baseline }, text))
  legend.push(...referenceLegend({ baseline }, text))
  const i = years.length - 1
  const last = years[i]
  const summary =
    last === undefined
      ? text.t('uncertainty.fan.empty')
      : text.t('uncertainty.compare.summary', {
          year: text.n(last, 'year'),
          runs: runs
            .map((run) => {
              const j = run.summary.years.indexOf(last)
              return text.t('uncertainty.compare.summaryRun', {
                name: run.name,
                median: j < 0 ? '–' : text.n(run.summary.cohesion.p50[j] ?? 0, 'decimal1'),
                low: j < 0 ? '–' : text.n(run.summary.cohesion.p10[j] ?? 0, 'decimal1'),
                high: j < 0 ? '–' : text.n(run.summary.cohesion.p90[j] ?? 0, 'decimal1'),
              })
            })
            .join('; '),
        })
  return { data: { labels: years.map((y) => text.n(y, 'year')), datasets }, summary, legend }
}

/** Put a run's bands on the first run's years (runs may end in different years). */
function alignBands(years: readonly number[], summary: MonteCarloSummary): Bands {
  const index = new Map(summary.years.map((y, i) => [y, i]))
  const pick = (values: readonly number[]): (number | null)[] => years.map((y) => values[index.get(y) ?? -1] ?? null)
  return { p10: pick(summary.cohesion.p10), p50: pick(summary.cohesion.p50), p90: pick(summary.cohesion.p90) }
}

/** Tabulate Compare's bands: per year, each run's median and its 10–90% range. */
export function fanCompareTable(runs: readonly NamedSummary[], text: ChartText): DataTable {
  const years = runs[0]?.summary.years ?? []
  return {
    caption: text.t('uncertainty.compare.caption'),
    columns: [text.t('charts.common.year'), ...runs.map((r) => r.name)],
    rows: years.map((year) => ({
      header: text.n(year, 'year'),
      cells: runs.map((run) => {
        const j = run.summary.years.indexOf(year)
        if (j < 0) return '–'
        return text.t('uncertainty.compare.cell', {
          median: text.n(run.summary.cohesion.p50[j] ?? 0, 'decimal1'),
          low: text.n(run.summary.cohesion.p10[j] ?? 0, 'decimal1'),
          high: text.n(run.summary.cohesion.p90[j] ?? 0, 'decimal1'),
        })
      }),
    })),
  }
}

/** Span of years a summary covers, in words ("2001–2035"), for headings. */
export function summarySpan(summary: MonteCarloSummary, text: ChartText): string {
  const first = summary.years[0]
  const last = summary.years[summary.years.length - 1]
  return first === undefined || last === undefined ? '' : yearSpan(text, first, last)
}
