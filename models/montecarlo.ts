/**
 * Monte Carlo over the plausible range of every actor value: each draw is one full run with values
 * drawn from triangular distributions (low, likely = the data's value, high). Draw `k` uses its own
 * seeded stream, so any chunk of draws can run anywhere (a Web Worker, Node) and merge to the same result.
 */
import { quantile } from './numeric'
import { createRandom } from './random'
import { simulate, type ModelData, type SimulateOptions } from './simulate'
import type { ActorId, InitiativeId, Outcome, Scenario } from './types'
import type { Sampler } from './world'

/** Spread used where the data give no range: ±25% of the value (±0.05 around zero). */
export function defaultRange(value: number): [number, number] {
  const half = Math.max(0.05, Math.abs(value) * 0.25)
  return [value - half, value + half]
}

/** Build the sampler for one draw: triangular over each value's range, in the model's fixed call order. */
export function drawSampler(seed: number, draw: number): Sampler {
  const random = createRandom(seed, draw + 1)
  return (_path, value, range) => {
    const [low, high] = range ?? defaultRange(value)
    return random.triangular(Math.min(low, value), value, Math.max(high, value))
  }
}

/** What one draw contributes: cohesion by year, and each initiative's fate. */
export interface DrawSummary {
  draw: number
  cohesion: number[]
  initiatives: Array<{ id: InitiativeId; outcome: Outcome; yearDecided: number | null; blockers: ActorId[] }>
}

/** Run draws `from` (inclusive) to `to` (exclusive); pure, so a Worker can run any chunk. */
export function runDraws(
  scenario: Scenario,
  data: ModelData,
  range: { from: number; to: number },
  options: Omit<SimulateOptions, 'sampler'> = {},
): DrawSummary[] {
  const out: DrawSummary[] = []
  for (let draw = range.from; draw < range.to; draw++) {
    const result = simulate(scenario, data, { ...options, sampler: drawSampler(scenario.seed, draw) })
    out.push({
      draw,
      cohesion: result.years.map((y) => y.cohesion),
      initiatives: result.initiatives.map((i) => ({
        id: i.id,
        outcome: i.outcome,
        yearDecided: i.yearDecided,
        blockers: [...new Set(i.history.flatMap((h) => h.blockers.map((b) => b.actor)))],
      })),
    })
  }
  return out
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
