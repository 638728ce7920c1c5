/**
 * Stage 2 of the initiative timeline: one row per initiative with when it was proposed, when it was
 * decided (or that it never was), its outcome, and where its bar sits on the run's year axis (in %).
 * The timeline is HTML (a list of buttons), so it is operable by keyboard and read by screen readers.
 */
import type { InitiativeResult, Outcome, SimulationResult } from '../../models/index'
import { type ChartText, type DataTable } from './chart-text'
import { sameRows } from './same-data'

/** How an initiative's bar ends: decided (adopted in some form), vetoed, or still on the table. */
export type TimelineEnd = 'decided' | 'vetoed' | 'pending'

/** One initiative on the timeline. */
export interface TimelineRow {
  id: string
  title: string
  outcome: Outcome
  outcomeLabel: string
  yearProposed: number
  /** Year adopted, or the last year it was blocked before the veto; null while still pending. */
  yearEnded: number | null
  end: TimelineEnd
  /** "decided in 2017", "vetoed in 2014", "still undecided in 2035". */
  fate: string
  /** The rest of the entry's accessible name after its title: outcome, year proposed, fate. */
  detail: string
  /** Left edge and width of the bar, in % of the axis. */
  left: number
  width: number
}

/** Everything the timeline shows. */
export interface TimelineView {
  rows: TimelineRow[]
  /** Years marked on the axis, with their position in %. */
  ticks: { year: number; label: string; at: number }[]
  from: number
  to: number
}

function endOf(i: InitiativeResult): { end: TimelineEnd; year: number | null } {
  if (i.yearDecided !== null) return { end: 'decided', year: i.yearDecided }
  if (i.outcome === 'vetoed') return { end: 'vetoed', year: i.final?.year ?? i.history[i.history.length - 1]?.year ?? i.yearProposed }
  return { end: 'pending', year: null }
}

/**
 * Build one row per initiative, ordered by year proposed, then title. Given the `previous` view (built
 * with the same messages), a row whose initiative shows as before is that view's row, its words not
 * written again; when every row is, the previous view itself is returned. A slider step usually changes
 * few rows or none, and writing each row's words (its accessible name) was most of the work.
 */
export function timelineView(result: SimulationResult, titleOf: (id: string) => string, text: ChartText, previous?: TimelineView): TimelineView {
  const from = result.years[0]?.year ?? 0
  const to = result.years[result.years.length - 1]?.year ?? from
  const span = to - from + 1
  const pct = (year: number): number => Math.round(((year - from) / span) * 1000) / 10
  const before = previous && previous.from === from && previous.to === to ? new Map(previous.rows.map((r) => [r.id, r])) : null
  let reused = 0

  const outcomeLabels = new Map<Outcome, string>()
  const outcomeLabelOf = (o: Outcome): string => {
    const known = outcomeLabels.get(o)
    if (known !== undefined) return known
    const label = text.t(`app.outcome.${o}`)
    outcomeLabels.set(o, label)
    return label
  }
  const rows = result.initiatives
    .map((i): TimelineRow => {
      const { end, year } = endOf(i)
      const title = titleOf(i.id)
      const was = before?.get(i.id)
      if (was && was.title === title && was.outcome === i.outcome && was.yearProposed === i.yearProposed && was.end === end && was.yearEnded === year) {
        reused++
        return was
      }
      const last = year ?? to
      const fate =
        end === 'decided'
          ? text.t('charts.timeline.fate.decided', { year: text.n(last, 'year') })
          : end === 'vetoed'
            ? text.t('charts.timeline.fate.vetoed', { year: text.n(last, 'year') })
            : text.t('charts.timeline.fate.pending', { year: text.n(to, 'year') })
      const outcomeLabel = outcomeLabelOf(i.outcome)
      return {
        id: i.id,
        title,
        outcome: i.outcome,
        outcomeLabel,
        yearProposed: i.yearProposed,
        yearEnded: year,
        end,
        fate,
        detail: text.t('charts.timeline.entry', { outcome: outcomeLabel, proposed: text.n(i.yearProposed, 'year'), fate }),
        left: pct(Math.max(from, i.yearProposed)),
        width: Math.max(pct(Math.min(to, last) + 1) - pct(Math.max(from, i.yearProposed)), 0),
      }
    })
  if (previous && before && reused === rows.length && rows.length === previous.rows.length) return previous
  rows.sort((a, b) => a.yearProposed - b.yearProposed || a.title.localeCompare(b.title))

  const ticks: TimelineView['ticks'] = []
  for (let year = Math.ceil(from / 10) * 10; year <= to; year += 10) ticks.push({ year, label: text.n(year, 'year'), at: pct(year) })
  if (!ticks.some((tk) => tk.year === from)) ticks.unshift({ year: from, label: text.n(from, 'year'), at: 0 })

  return { rows, ticks, from, to }
}

/** True when two timelines show the same rows, bars and axis (a slider step often changes none). */
export function sameTimelineView(a: TimelineView, b: TimelineView): boolean {
  return a.from === b.from && a.to === b.to && sameRows(a.rows, b.rows) && sameRows(a.ticks, b.ticks)
}

/** Tabulate proposal, decision and outcome per initiative (built only when the table is shown). */
export function timelineTable(rows: readonly TimelineRow[], text: ChartText): DataTable {
  return {
    caption: text.t('charts.timeline.caption'),
    columns: [text.t('charts.timeline.initiative'), text.t('charts.timeline.proposed'), text.t('charts.timeline.ended'), text.t('charts.timeline.outcome')],
    rows: rows.map((r) => ({
      header: r.title,
      cells: [text.n(r.yearProposed, 'year'), r.yearEnded === null ? text.t('charts.timeline.never') : text.n(r.yearEnded, 'year'), r.outcomeLabel],
    })),
  }
}
