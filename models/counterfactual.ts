/**
 * "What would change it": search the levers for the smallest single move that flips an initiative's
 * outcome (blocked to adopted in some form, or the reverse), by walking each lever step by step away
 * from its current value in both directions and re-running the scenario.
 */
import { LEVERS, setLever, type NumericLeverKey } from './levers'
import { isAdoptedOutcome } from './montecarlo'
import { simulate, type ModelData } from './simulate'
import type { InitiativeId, Outcome, Scenario } from './types'

/** The smallest lever move that flips the outcome; `distance` is the move as a share of the lever's range. */
export interface Flip {
  lever: NumericLeverKey
  from: number
  to: number
  outcome: Outcome
  yearDecided: number | null
  distance: number
}

/** Options: the agenda of the run (default: the data's), and which levers to try. */
export interface FlipOptions {
  agenda?: ModelData['initiatives']
  /** Only try these levers (default: all). */
  levers?: readonly NumericLeverKey[]
}

/** Say whether two outcomes fall on different sides of adoption. */
function flipped(a: Outcome, b: Outcome): boolean {
  return isAdoptedOutcome(a) !== isAdoptedOutcome(b)
}

/**
 * Find the smallest single-lever move (in share of the lever's range) that flips `initiativeId`'s
 * outcome in the run the user sees — the whole agenda, since other decisions feed back into it —
 * or null if no single lever does. Deterministic: ties go to the lever listed first.
 */
export function findFlip(scenario: Scenario, data: ModelData, initiativeId: InitiativeId, options: FlipOptions = {}): Flip | null {
  const agenda = options.agenda ?? data.initiatives
  if (!agenda.some((i) => i.id === initiativeId)) return null
  const outcomeOf = (s: Scenario) =>
    simulate(s, data, { agenda, stopWhenDecided: initiativeId, explain: false }).initiatives.find((i) => i.id === initiativeId)
  const base = outcomeOf(scenario)
  if (!base) return null
  const keys = options.levers ?? LEVERS.map((l) => l.key)
  let best: Flip | null = null
  for (const info of LEVERS) {
    if (!keys.includes(info.key)) continue
    const from = scenario.levers[info.key]
    const steps = Math.round((info.max - info.min) / info.step)
    for (let k = 1; k <= steps; k++) {
      const distance = (k * info.step) / (info.max - info.min)
      if (best && distance >= best.distance) break
      let found: Flip | null = null
      for (const direction of [1, -1]) {
        const to = from + direction * k * info.step
        if (to < info.min - 1e-9 || to > info.max + 1e-9) continue
        const levers = setLever(scenario.levers, info.key, to)
        const result = outcomeOf({ ...scenario, levers })
        if (result && flipped(base.outcome, result.outcome)) {
          found = { lever: info.key, from, to: levers[info.key], outcome: result.outcome, yearDecided: result.yearDecided, distance }
          break
        }
      }
      if (found) {
        best = found
        break
      }
    }
  }
  return best
}
