/**
 * Stage 2 of the members chart: each member's satisfaction and influence (model units, 0–100) to
 * horizontal bars, a table and a summary. Names come from the `actors` messages.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { ActorResult, SimulationResult } from '../../models/index'
import { type ChartText, type DataTable } from './chart-text'
import { MEMBER_COLOURS } from './palette'

/** Name a measure shown per member. */
export type MemberMeasure = 'satisfaction' | 'influence'

export const MEMBER_MEASURES: readonly MemberMeasure[] = ['satisfaction', 'influence']

/** What the members chart draws, and its summary in words. */
export interface MemberView {
  data: ChartData<'bar', number[], string>
  summary: string
}

function extreme(actors: readonly ActorResult[], measure: MemberMeasure, pick: (a: number, b: number) => boolean): ActorResult | undefined {
  return actors.reduce<ActorResult | undefined>((best, a) => (!best || pick(a[measure], best[measure]) ? a : best), undefined)
}

/** Build bars of satisfaction and influence per member, in the run's order of members. */
export function memberView(result: SimulationResult, text: ChartText): MemberView {
  const actors = result.actors
  const name = (a: ActorResult): string => text.t(`actors.${a.actor}`)
  const label = (m: MemberMeasure): string => text.t(`charts.members.series.${m}`)

  const data: MemberView['data'] = {
    labels: actors.map(name),
    datasets: MEMBER_MEASURES.map((m) => ({
      label: label(m),
      data: actors.map((a) => a[m]),
      backgroundColor: MEMBER_COLOURS[m],
      borderColor: MEMBER_COLOURS[m],
      borderWidth: 1,
    })),
  }

  const most = extreme(actors, 'satisfaction', (a, b) => a > b)
  const least = extreme(actors, 'satisfaction', (a, b) => a < b)
  const strongest = extreme(actors, 'influence', (a, b) => a > b)
  const summary =
    most && least && strongest
      ? text.t('charts.members.summary', {
          count: text.n(actors.length, 'integer'),
          most: name(most),
          mostValue: text.n(most.satisfaction, 'decimal1'),
          least: name(least),
          leastValue: text.n(least.satisfaction, 'decimal1'),
          strongest: name(strongest),
          strongestValue: text.n(strongest.influence, 'decimal1'),
        })
      : text.t('charts.members.empty')

  return { data, summary }
}

/** Tabulate satisfaction, influence and objections per member (built only when the table is shown). */
export function memberTable(result: SimulationResult, text: ChartText): DataTable {
  return {
    caption: text.t('charts.members.caption'),
    columns: [text.t('charts.members.member'), ...MEMBER_MEASURES.map((m) => text.t(`charts.members.series.${m}`)), text.t('charts.members.vetoes')],
    rows: result.actors.map((a) => ({
      header: text.t(`actors.${a.actor}`),
      cells: [text.n(a.satisfaction, 'decimal1'), text.n(a.influence, 'decimal1'), text.n(a.vetoes, 'integer')],
    })),
  }
}

/** Build the members chart's options: horizontal bars on a 0–100 axis, no animation. */
export function memberOptions(text: ChartText): ChartOptions<'bar'> {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: 'y',
    plugins: { legend: { position: 'bottom', labels: { boxWidth: 18 } } },
    scales: {
      x: { min: 0, max: 100, title: { display: true, text: text.t('charts.members.axis') } },
      y: { ticks: { autoSkip: false } },
    },
  }
}
