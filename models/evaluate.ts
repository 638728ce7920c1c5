/**
 * The contract's `evaluate`: judge initiatives against a scenario, each on its own agenda, from the
 * year it is proposed for a horizon, and report outcome, stances, blockers and (with draws) a probability.
 */
import { isAdoptedOutcome, runDraws, type LeverSpreads } from './montecarlo'
import { simulate, type ModelData } from './simulate'
import type { ActorId, Blocker, Initiative, InitiativeId, Outcome, Scenario, Stance } from './types'

/** Options of `evaluate`, as on the command line. */
export interface EvaluateOptions {
  /** Years from `yearProposed` (default 10). */
  horizon?: number
  /** Seed for Monte Carlo draws (default: the scenario's). */
  seed?: number
  /** Monte Carlo draws (0: none, probability null). */
  draws?: number
  /** Lever spreads for the draws (`data/uncertainty.json`); absent, levers stay fixed. */
  leverSpreads?: LeverSpreads
}

/** One initiative's result in the contract's format. */
export interface EvaluationResult {
  id: InitiativeId
  outcome: Outcome
  yearDecided: number | null
  stances: Record<ActorId, Stance>
  blockers: Blocker[]
  probability: number | null
}

/** The contract's three classes for scoring against history. */
export type HistoryClass = 'adopted' | 'partial' | 'blocked'

/** Map an outcome to the contract's class: adopted; partial (reservations, diluted); blocked (delayed, vetoed). */
export function classOf(outcome: Outcome): HistoryClass {
  switch (outcome) {
    case 'adopted':
      return 'adopted'
    case 'adopted-with-reservations':
    case 'diluted':
      return 'partial'
    case 'delayed':
    case 'vetoed':
      return 'blocked'
    default: {
      const unreachable: never = outcome
      throw new Error(`unknown outcome ${String(unreachable)}`)
    }
  }
}

/**
 * Drop the candidate's own accession from the scenario when judging a membership initiative, so the
 * vote decides it rather than history (otherwise the baseline would answer its own question).
 */
export function withoutOwnAccession(scenario: Scenario, initiative: Initiative): Scenario {
  const candidate = initiative.candidate
  if (!candidate) return scenario
  return {
    ...scenario,
    events: scenario.events.filter(
      (e) => !(e.kind === 'accession' && e.actor === candidate.actor && e.year >= initiative.yearProposed),
    ),
  }
}

/** Evaluate each initiative on its own agenda against `scenario`; results in input order. */
export function evaluateInitiatives(
  initiatives: readonly Initiative[],
  scenario: Scenario,
  data: ModelData,
  options: EvaluateOptions = {},
): { results: EvaluationResult[] } {
  const horizon = options.horizon ?? 10
  const draws = options.draws ?? 0
  const seeded: Scenario = options.seed === undefined ? scenario : { ...scenario, seed: options.seed }
  const results = initiatives.map((initiative): EvaluationResult => {
    const context = withoutOwnAccession(seeded, initiative)
    const run = simulate(context, data, { agenda: [initiative], horizonYears: horizon })
    const result = run.initiatives[0]
    if (!result) throw new Error('the run returned no result for the initiative')
    const stances: Record<ActorId, Stance> = {}
    for (const s of result.final?.stances ?? []) stances[s.actor] = s.stance
    let probability: number | null = null
    if (draws > 0) {
      const fates = runDraws(context, data, { from: 0, to: draws }, {
        agenda: [initiative],
        horizonYears: horizon,
        ...(options.leverSpreads ? { leverSpreads: options.leverSpreads } : {}),
      })
      const adopted = fates.filter((d) => d.initiatives[0] && isAdoptedOutcome(d.initiatives[0].outcome)).length
      probability = Math.round((adopted / draws) * 1000) / 1000
    }
    return {
      id: result.id,
      outcome: result.outcome,
      yearDecided: result.yearDecided,
      stances,
      blockers: result.final?.result === 'blocked' ? result.final.blockers : [],
      probability,
    }
  })
  return { results }
}
