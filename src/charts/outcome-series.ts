/**
 * Stage 2 of the agenda-outcomes chart: from each year's counts (model units: initiatives) to
 * stacked bars, a table and a summary. Fills come in through `fill` so the adapter stays pure
 * (the component passes canvas patterns; tests get plain colours).
 */
import type { ChartData, ChartOptions } from 'chart.js'
import { OUTCOMES, type Outcome, type SimulationResult } from '../../models/index'
import { yearSpan, type ChartText, type DataTable } from './chart-text'
import { timeChartBase, yearAxis } from './time-options'
import { OUTCOME_STYLES, type OutcomeStyle } from './palette'

/** What the outcomes chart draws, and its summary in words. */
export interface OutcomeView {
  data: ChartData<'bar', number[], string>
  summary: string
  /** Totals over the run, by outcome (delayed counts item-years). */
  totals: Record<Outcome, number>
}

/** Turn a style into a fill; the default is the plain colour. */
export type FillFor = (style: OutcomeStyle) => string | CanvasPattern

/** Build stacked bars of each year's outcome counts, with a summary. */
export function outcomeView(result: SimulationResult, text: ChartText, fill: FillFor = (s) => s.colour): OutcomeView {
  const years = result.years
  const label = (o: Outcome): string => text.t(`app.outcome.${o}`)
  const totals = Object.fromEntries(OUTCOMES.map((o) => [o, years.reduce((sum, y) => sum + y.counts[o], 0)])) as Record<Outcome, number>

  const data: OutcomeView['data'] = {
    labels: years.map((y) => text.n(y.year, 'year')),
    datasets: OUTCOMES.map((o) => ({
      label: label(o),
      data: years.map((y) => y.counts[o]),
      backgroundColor: fill(OUTCOME_STYLES[o]),
      borderColor: OUTCOME_STYLES[o].colour,
      borderWidth: 1,
      stack: 'outcomes',
    })),
  }

  const first = years[0]
  const last = years[years.length - 1]
  const summary =
    first && last
      ? text.t('charts.outcomes.summary', {
          span: yearSpan(text, first.year, last.year),
          adopted: text.n(totals.adopted, 'integer'),
          reservations: text.n(totals['adopted-with-reservations'], 'integer'),
          diluted: text.n(totals.diluted, 'integer'),
          vetoed: text.n(totals.vetoed, 'integer'),
          delayed: text.n(totals.delayed, 'integer'),
        })
      : text.t('charts.outcomes.empty')

  return { data, summary, totals }
}

/** Tabulate each year's counts by outcome (built only when the table is shown). */
export function outcomeTable(result: SimulationResult, text: ChartText): DataTable {
  return {
    caption: text.t('charts.outcomes.caption'),
    columns: [text.t('charts.common.year'), ...OUTCOMES.map((o) => text.t(`app.outcome.${o}`))],
    rows: result.years.map((y) => ({ header: text.n(y.year, 'year'), cells: OUTCOMES.map((o) => text.n(y.counts[o], 'integer')) })),
  }
}

/** Build the outcomes chart's options: stacked, whole-number axis, no animation. */
export function outcomeOptions(text: ChartText): ChartOptions<'bar'> {
  return {
    ...timeChartBase(),
    plugins: { legend: { position: 'bottom', labels: { boxWidth: 18 } } },
    scales: {
      x: { ...yearAxis(text), stacked: true },
      y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: text.t('charts.outcomes.axis') } },
    },
  }
}
