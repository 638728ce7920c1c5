/**
 * Stage 1 of the Compare view: the runs being compared — the baseline and the pinned runs — each
 * simulated with one common seed (common random numbers, so chance never shows up as a difference),
 * with its colour and line style (the same in every chart, table and legend of the view) and its
 * headline numbers.
 */
import { simulate, type Initiative, type ModelData, type Outcome, type Scenario, type SimulationResult } from '../../models/index'
import { PALETTE } from './palette'

/** The id the baseline takes among compared runs. */
export const BASELINE_RUN_ID = 'baseline'

/** How a run is drawn: a colour, a dash pattern (for greyscale print) and a point shape. */
export interface RunStyle {
  colour: string
  dash: number[]
  point: 'circle' | 'triangle' | 'rect' | 'rectRot' | 'star'
}

/** The baseline: grey and dashed, as on the dashboard. */
export const BASELINE_STYLE: RunStyle = { colour: PALETTE.grey, dash: [8, 5], point: 'circle' }

/** Pinned runs, in palette order: the first pinned run is always blue, the second vermillion, … */
export const RUN_STYLES: readonly RunStyle[] = [
  { colour: PALETTE.blue, dash: [], point: 'circle' },
  { colour: PALETTE.vermillion, dash: [14, 4, 3, 4], point: 'triangle' },
  { colour: PALETTE.bluishGreen, dash: [3, 3], point: 'rect' },
  { colour: PALETTE.reddishPurple, dash: [14, 6], point: 'rectRot' },
]

/** Style the run at `index` among pinned runs (the baseline has its own style). */
export function runStyle(kind: 'baseline' | 'pinned', index: number): RunStyle {
  if (kind === 'baseline') return BASELINE_STYLE
  return RUN_STYLES[index % RUN_STYLES.length] ?? BASELINE_STYLE
}

/** A run to compare: as the user named it, simulated with the common seed. */
export interface ComparedRun {
  /** `baseline`, or the pinned run's id. */
  id: string
  name: string
  kind: 'baseline' | 'pinned'
  /** The scenario as compared: the run's settings with the common seed. */
  scenario: Scenario
  /** The seed the run was saved with (it may differ from the common seed). */
  savedSeed: number
  result: SimulationResult
  style: RunStyle
}

/** A run as given to the comparison. */
export interface RunInput {
  id: string
  name: string
  scenario: Scenario
}

/** Remember results by the run's scenario object and agenda, so renaming or reordering never re-runs the model. */
export type ResultCache = WeakMap<Scenario, { agenda: readonly Initiative[]; seed: number; result: SimulationResult }>

/**
 * Simulate the baseline and each pinned run with `seed` (common random numbers): every run uses the
 * same seed and so the same draws, and only its settings differ.
 */
export function compareRuns(
  baseline: RunInput,
  pinned: readonly RunInput[],
  data: ModelData,
  agenda: readonly Initiative[],
  seed: number,
  cache: ResultCache = new WeakMap(),
): ComparedRun[] {
  const build = (run: RunInput, kind: ComparedRun['kind'], index: number): ComparedRun => {
    const scenario: Scenario = run.scenario.seed === seed ? run.scenario : { ...run.scenario, seed }
    const known = cache.get(run.scenario)
    let result: SimulationResult
    if (known && known.agenda === agenda && known.seed === seed) result = known.result
    else {
      result = simulate(scenario, data, { agenda })
      cache.set(run.scenario, { agenda, seed, result })
    }
    return { id: run.id, name: run.name, kind, scenario, savedSeed: run.scenario.seed, result, style: runStyle(kind, index) }
  }
  return [build(baseline, 'baseline', 0), ...pinned.map((run, i) => build(run, 'pinned', i))]
}

/** A run's headline numbers: cohesion in its last year and how its initiatives ended. */
export interface RunHeadline {
  year: number
  cohesion: number
  outcomes: Record<Outcome, number>
}

/** Count how a run's initiatives ended and read its last year's cohesion. */
export function runHeadline(result: SimulationResult): RunHeadline {
  const last = result.years[result.years.length - 1]
  const outcomes: Record<Outcome, number> = { adopted: 0, 'adopted-with-reservations': 0, diluted: 0, delayed: 0, vetoed: 0 }
  for (const i of result.initiatives) outcomes[i.outcome]++
  return { year: last?.year ?? 0, cohesion: last?.cohesion ?? 0, outcomes }
}

/** The years every run covers (the common span), or null when they share none. */
export function commonSpan(runs: readonly ComparedRun[]): { from: number; to: number } | null {
  let from = -Infinity
  let to = Infinity
  for (const run of runs) {
    const years = run.result.years
    from = Math.max(from, years[0]?.year ?? Infinity)
    to = Math.min(to, years[years.length - 1]?.year ?? -Infinity)
  }
  return Number.isFinite(from) && Number.isFinite(to) && from <= to ? { from, to } : null
}

/** Cohesion of a run in a year, or null if the run does not reach it. */
export function cohesionIn(run: ComparedRun, year: number): number | null {
  const first = run.result.years[0]?.year
  if (first === undefined) return null
  const record = run.result.years[year - first]
  return record && record.year === year ? record.cohesion : (run.result.years.find((y) => y.year === year)?.cohesion ?? null)
}
