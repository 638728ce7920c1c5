/**
 * Monte Carlo over the plausible range of every actor value: each draw is one full run with values
 * drawn from triangular distributions (low, likely = the data's value, high). Draw `k` uses its own
 * seeded stream, so any chunk of draws can run anywhere (a Web Worker, Node) and merge to the same result.
 */
import { LEVERS, type NumericLeverKey } from './levers'
import { quantile } from './numeric'
import { createRandom, type Random } from './random'
import { simulateOutcomes, type ModelData, type SimulateOptions } from './simulate'
import type { ActorId, InitiativeId, Outcome, Scenario } from './types'
import type { Sampler } from './world'

/** Spread of each lever for Monte Carlo (`data/uncertainty.json`). */
export type LeverSpreads = Partial<Record<NumericLeverKey, number>>

/** Spread used where the data give no range: ±25% of the value (±0.05 around zero). */
export function defaultRange(value: number): [number, number] {
  const half = Math.max(0.05, Math.abs(value) * 0.25)
  return [value - half, value + half]
}

/** Build the sampler for one draw: triangular over each value's range, in the model's fixed call order. */
export function drawSampler(seed: number, draw: number, record?: { paths: string[]; values: number[] }, random: Random = createRandom(seed, draw + 1)): Sampler {
  return (path, value, range) => {
    const [low, high] = range ?? defaultRange(value)
    const x = random.triangular(Math.min(low, value), value, Math.max(high, value))
    if (record) {
      record.paths.push(path)
      record.values.push(x)
    }
    return x
  }
}

/** Draw the scenario's levers around their values (triangular, clamped to each lever's range). */
export function drawLevers(scenario: Scenario, spreads: LeverSpreads, random: Random, record?: { paths: string[]; values: number[] }): Scenario {
  const levers = { ...scenario.levers }
  for (const info of LEVERS) {
    const spread = spreads[info.key]
    if (!spread) continue
    const value = levers[info.key]
    const low = Math.max(info.min, value - spread)
    const high = Math.min(info.max, value + spread)
    let x = random.triangular(low, value, high)
    if (info.unit === 'year') x = Math.round(x)
    levers[info.key] = x
    if (record) {
      record.paths.push(`levers.${info.key}`)
      record.values.push(x)
    }
  }
  return { ...scenario, levers }
}

/** What one draw contributes: cohesion by year, each initiative's fate, and (if asked) the inputs drawn. */
export interface DrawSummary {
  draw: number
  cohesion: number[]
  initiatives: Array<{ id: InitiativeId; outcome: Outcome; yearDecided: number | null; blockers: ActorId[] }>
  /** Input paths and values drawn, in the model's fixed order (same paths in every draw). */
  inputs?: { paths: string[]; values: number[] }
}

/** Options of a Monte Carlo run. */
export interface DrawOptions extends Omit<SimulateOptions, 'sampler' | 'explain'> {
  /** Lever spreads; absent, levers stay at the scenario's values. */
  leverSpreads?: LeverSpreads
  /** Keep the drawn inputs (for sensitivity). */
  recordInputs?: boolean
}

/** Run draws `from` (inclusive) to `to` (exclusive); pure, so a Worker can run any chunk. */
export function runDraws(scenario: Scenario, data: ModelData, range: { from: number; to: number }, options: DrawOptions = {}): DrawSummary[] {
  const { leverSpreads, recordInputs, ...simulateOptions } = options
  const out: DrawSummary[] = []
  for (let draw = range.from; draw < range.to; draw++) {
    const random = createRandom(scenario.seed, draw + 1)
    const record = recordInputs ? { paths: [] as string[], values: [] as number[] } : undefined
    const drawn = leverSpreads ? drawLevers(scenario, leverSpreads, random, record) : scenario
    // Outcomes only: a draw needs no stances or explanations, and skipping them makes draws far cheaper.
    const result = simulateOutcomes(drawn, data, { ...simulateOptions, sampler: drawSampler(scenario.seed, draw, record, random) })
    out.push({ draw, cohesion: result.cohesion, initiatives: result.initiatives, ...(record ? { inputs: record } : {}) })
  }
  return out
}

/** Rank values (1-based), giving ties their average rank. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0])
  const out = new Array<number>(values.length).fill(0)
  for (let i = 0; i < order.length; ) {
    let j = i
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++
    const rank = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) out[order[k]?.[1] ?? 0] = rank
    i = j + 1
  }
  return out
}

/** Spearman's rank correlation of two equal-length lists (0 when either is constant). */
export function rankCorrelation(x: readonly number[], y: readonly number[]): number {
  const rx = ranks(x)
  const ry = ranks(y)
  const n = rx.length
  if (n < 2) return 0
  const mx = rx.reduce((a, b) => a + b, 0) / n
  const my = ry.reduce((a, b) => a + b, 0) / n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    const dx = (rx[i] ?? 0) - mx
    const dy = (ry[i] ?? 0) - my
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy)
}

/** Rank inputs by how strongly they drive an output across draws (|Spearman ρ|, largest first). */
export function sensitivity(draws: readonly DrawSummary[], output: (d: DrawSummary) => number, top = 12): Array<{ path: string; rho: number }> {
  const sorted = [...draws].sort((a, b) => a.draw - b.draw)
  const paths = sorted[0]?.inputs?.paths ?? []
  const y = sorted.map(output)
  const out = paths.map((path, k) => ({
    path,
    rho: Math.round(rankCorrelation(sorted.map((d) => d.inputs?.values[k] ?? 0), y) * 1000) / 1000,
  }))
  return out
    .filter((r) => r.rho !== 0)
    .sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || a.path.localeCompare(b.path))
    .slice(0, top)
}

/** Summarise draws: cohesion bands, adoption probabilities and how often each member blocks. */
export interface MonteCarloSummary {
  draws: number
  seed: number
  years: number[]
  cohesion: { p10: number[]; p50: number[]; p90: number[] }
  /** Per initiative: probability of being adopted in any form by each year, and in the end. */
  adoption: Record<InitiativeId, { byYear: number[]; final: number }>
  /** Per initiative: share of draws in which each member blocked it at least once. */
  blockers: Record<InitiativeId, Record<ActorId, number>>
}

const ADOPTED: ReadonlySet<Outcome> = new Set<Outcome>(['adopted', 'adopted-with-reservations', 'diluted'])

/** Say whether an outcome counts as adopted in some form. */
export function isAdoptedOutcome(outcome: Outcome): boolean {
  return ADOPTED.has(outcome)
}

/** Merge draws (in any order) into bands and probabilities; sorted by draw so chunking never matters. */
export function summarizeDraws(scenario: Scenario, draws: readonly DrawSummary[]): MonteCarloSummary {
  const sorted = [...draws].sort((a, b) => a.draw - b.draw)
  const years: number[] = []
  for (let y = scenario.startYear; y <= scenario.endYear; y++) years.push(y)
  const round = (x: number): number => Math.round(x * 100) / 100
  const band = (p: number): number[] => years.map((_, i) => round(quantile(sorted.map((d) => d.cohesion[i] ?? 0), p)))
  const adoption: MonteCarloSummary['adoption'] = {}
  const blockers: MonteCarloSummary['blockers'] = {}
  const n = sorted.length || 1
  const ids = sorted[0]?.initiatives.map((i) => i.id) ?? []
  ids.forEach((id, k) => {
    const fates = sorted.map((d) => d.initiatives[k]).filter((x): x is NonNullable<typeof x> => x !== undefined)
    adoption[id] = {
      byYear: years.map((year) => round(fates.filter((f) => isAdoptedOutcome(f.outcome) && f.yearDecided !== null && f.yearDecided <= year).length / n)),
      final: round(fates.filter((f) => isAdoptedOutcome(f.outcome)).length / n),
    }
    const counts: Record<ActorId, number> = {}
    for (const f of fates) for (const b of f.blockers) counts[b] = (counts[b] ?? 0) + 1
    blockers[id] = Object.fromEntries(Object.keys(counts).sort().map((a) => [a, round((counts[a] ?? 0) / n)]))
  })
  return {
    draws: sorted.length,
    seed: scenario.seed,
    years,
    cohesion: { p10: band(0.1), p50: band(0.5), p90: band(0.9) },
    adoption,
    blockers,
  }
}
