/**
 * The Uncertainty view's tables from a Monte Carlo summary: each initiative's probability of being
 * adopted by a few years and at the end, ordered as the user asks; how often each member blocks each
 * initiative; and, in Compare, how those probabilities differ between runs. Pure: no Vue, no DOM.
 */
import type { Initiative, MonteCarloSummary, Outcome, SimulationResult } from '../../models/index'

/** How the adoption table is ordered. */
export type AdoptionOrder = 'proposed' | 'likely' | 'uncertain'

/** Orders on offer, in the menu's order. */
export const ADOPTION_ORDERS: readonly AdoptionOrder[] = ['proposed', 'likely', 'uncertain']

/** One initiative's row: probabilities of adoption by each checkpoint year and at the end. */
export interface AdoptionRow {
  id: string
  title: string
  yearProposed: number
  /** Probability (0–1) of adoption in any form by each checkpoint year; null before any draws. */
  byCheckpoint: (number | null)[]
  final: number | null
  /** Its fate in the scenario's single run at the most likely values. */
  single: { outcome: Outcome; yearDecided: number | null } | null
}

/** Years to show: each decade's first year within the run, and its last year. */
export function checkpointYears(years: readonly number[]): number[] {
  const first = years[0]
  const last = years[years.length - 1]
  if (first === undefined || last === undefined) return []
  const out: number[] = []
  for (let y = Math.ceil((first + 1) / 10) * 10; y < last; y += 10) out.push(y)
  out.push(last)
  return out
}

/** Tell recurring business (annual summits, exercise series: ids `<series>-<year>`) from one-off initiatives. */
export function isRecurring(id: string, seriesIds: readonly string[]): boolean {
  return seriesIds.some((s) => id.startsWith(`${s}-`) && /^\d{4}$/.test(id.slice(s.length + 1)))
}

/** Years of a run: the summary's, or before any draws the single run's. */
export function runYears(summary: MonteCarloSummary | null, single: SimulationResult | null | undefined): number[] {
  return summary?.years ?? single?.years.map((y) => y.year) ?? []
}

/**
 * Build the adoption table's rows, filtered and ordered. Before any draws (null summary) the rows
 * are the single run's initiatives with their probabilities left blank.
 */
export function adoptionRows(
  summary: MonteCarloSummary | null,
  initiatives: ReadonlyMap<string, Initiative>,
  options: { order: AdoptionOrder; includeRecurring: boolean; seriesIds: readonly string[]; single?: SimulationResult | null },
): AdoptionRow[] {
  const years = runYears(summary, options.single)
  const checkpoints = checkpointYears(years)
  const singleById = new Map(options.single?.initiatives.map((i) => [i.id, { outcome: i.outcome, yearDecided: i.yearDecided }]) ?? [])
  const ids = summary ? Object.keys(summary.adoption) : [...singleById.keys()]
  const rows: AdoptionRow[] = []
  for (const id of ids) {
    if (!options.includeRecurring && isRecurring(id, options.seriesIds)) continue
    const initiative = initiatives.get(id)
    const a = summary?.adoption[id]
    rows.push({
      id,
      title: initiative?.title ?? id,
      yearProposed: initiative?.yearProposed ?? years[0] ?? 0,
      byCheckpoint: checkpoints.map((y) => (a ? (a.byYear[years.indexOf(y)] ?? 0) : null)),
      final: a ? a.final : null,
      single: singleById.get(id) ?? null,
    })
  }
  const byProposed = (x: AdoptionRow, y: AdoptionRow): number => x.yearProposed - y.yearProposed || x.title.localeCompare(y.title)
  const likely = (r: AdoptionRow): number => r.final ?? -1
  const certainty = (r: AdoptionRow): number => (r.final === null ? 1 : Math.abs(r.final - 0.5))
  switch (options.order) {
    case 'proposed':
      return rows.sort(byProposed)
    case 'likely':
      return rows.sort((x, y) => likely(y) - likely(x) || byProposed(x, y))
    case 'uncertain':
      return rows.sort((x, y) => certainty(x) - certainty(y) || byProposed(x, y))
    default:
      return assertNever(options.order)
  }
}

/** Say whether two rows show the same: the same initiative with the same values in every cell. */
export function sameAdoptionRow(a: AdoptionRow, b: AdoptionRow): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.yearProposed === b.yearProposed &&
    a.final === b.final &&
    a.single?.outcome === b.single?.outcome &&
    a.single?.yearDecided === b.single?.yearDecided &&
    a.byCheckpoint.length === b.byCheckpoint.length &&
    a.byCheckpoint.every((p, i) => p === b.byCheckpoint[i])
  )
}

/**
 * One step from the rows shown toward `next`. When both list the same initiatives in the same
 * order, at most `limit` rows that changed take their new values and the others keep what they
 * show, for a later step. When initiatives came, went or moved, or the checkpoint years changed:
 * all of `next` at once (a row must never be shown twice, nor with other columns than the
 * header's). `done` says whether the step reached `next`.
 */
export function adoptionStep(shown: readonly AdoptionRow[], next: readonly AdoptionRow[], limit: number): { rows: AdoptionRow[]; done: boolean } {
  const moved = shown.some((r, i) => r.id !== next[i]?.id || r.byCheckpoint.length !== next[i]?.byCheckpoint.length)
  if (shown.length !== next.length || moved) return { rows: [...next], done: true }
  let changed = 0
  let done = true
  const rows = next.map((row, i) => {
    const old = shown[i] as AdoptionRow
    if (sameAdoptionRow(old, row)) return row
    if (changed < limit) {
      changed++
      return row
    }
    done = false
    return old
  })
  return { rows, done }
}

/** One initiative's blockers: each member and the share of draws in which it blocked. */
export interface BlockerEntry {
  id: string
  title: string
  blockers: Array<{ actor: string; share: number }>
}

/** List initiatives someone blocks in at least `minShare` of draws, most-blocked first. */
export function blockerEntries(summary: MonteCarloSummary, initiatives: ReadonlyMap<string, Initiative>, minShare = 0.05): BlockerEntry[] {
  const out: BlockerEntry[] = []
  for (const [id, shares] of Object.entries(summary.blockers)) {
    const blockers = Object.entries(shares)
      .filter(([, share]) => share >= minShare)
      .map(([actor, share]) => ({ actor, share }))
      .sort((a, b) => b.share - a.share || a.actor.localeCompare(b.actor))
    if (blockers.length) out.push({ id, title: initiatives.get(id)?.title ?? id, blockers })
  }
  return out.sort((a, b) => (b.blockers[0]?.share ?? 0) - (a.blockers[0]?.share ?? 0) || a.title.localeCompare(b.title))
}

/** Header and rows of adoption probabilities as CSV: by every year of the run, at the end, and who blocks. */
export function adoptionCsvRows(summary: MonteCarloSummary, initiatives: ReadonlyMap<string, Initiative>): { header: string[]; rows: (string | number)[][] } {
  return {
    header: ['initiative', 'title', ...summary.years.map((y) => `p_adopted_by_${y}`), 'p_adopted_final', 'blockers_share'],
    rows: Object.entries(summary.adoption).map(([id, a]) => [
      id,
      initiatives.get(id)?.title ?? id,
      ...a.byYear,
      a.final,
      Object.entries(summary.blockers[id] ?? {})
        .map(([actor, share]) => `${actor} ${share}`)
        .join('; '),
    ]),
  }
}

/** One initiative's final probability of adoption in each compared run. */
export interface ProbabilityDifference {
  id: string
  title: string
  /** Per run, in the runs' order; null where the run does not decide it. */
  finals: (number | null)[]
  /** Largest difference from the first run, in probability (0–1). */
  spread: number
}

/** List initiatives whose probability of adoption differs between runs by at least `minSpread`, largest first. */
export function probabilityDifferences(summaries: readonly MonteCarloSummary[], initiatives: ReadonlyMap<string, Initiative>, minSpread = 0.05): ProbabilityDifference[] {
  const ids = new Set(summaries.flatMap((s) => Object.keys(s.adoption)))
  const out: ProbabilityDifference[] = []
  for (const id of ids) {
    const finals = summaries.map((s) => s.adoption[id]?.final ?? null)
    const reference = finals[0] ?? 0
    const spread = Math.max(0, ...finals.map((f) => Math.abs((f ?? 0) - reference)))
    if (spread >= minSpread) out.push({ id, title: initiatives.get(id)?.title ?? id, finals, spread })
  }
  return out.sort((a, b) => b.spread - a.spread || a.title.localeCompare(b.title))
}

function assertNever(value: never): never {
  throw new Error(`unexpected order ${String(value)}`)
}
