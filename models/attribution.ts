/**
 * Attribute the difference between two runs to the inputs that differ: start from run A and change
 * one input at a time toward run B, in a fixed order, recording each step's effect on cohesion and
 * on each initiative's outcome. The steps add up to the whole difference by construction; the split
 * depends on the order (stated to the user), which is fixed: levers in the order of `LEVERS`, then
 * membership changes by actor code, then the decision rule, then the run's last year.
 */
import { LEVERS } from './levers'
import { simulate, type ModelData } from './simulate'
import type { ActorId, DecisionRule, Initiative, InitiativeId, Outcome, Scenario, SimulationResult } from './types'

/** One input that differs between the two runs. */
export type ScenarioChange =
  | { kind: 'lever'; lever: (typeof LEVERS)[number]['key']; from: number; to: number }
  | { kind: 'membership'; actor: ActorId; from: number | null; to: number | null }
  | { kind: 'decision-rule'; from: DecisionRule; to: DecisionRule }
  | { kind: 'end-year'; from: number; to: number }

/** One step of the attribution: the change, and what it did. */
export interface AttributionStep {
  change: ScenarioChange
  /** Change in mean cohesion over the common years (points). */
  meanCohesion: number
  /** Change in cohesion in the last common year (points). */
  finalCohesion: number
  /** Initiatives whose outcome this step changed. */
  outcomes: Array<{ id: InitiativeId; from: Outcome; to: Outcome }>
}

/** The whole attribution: totals, and the steps that add up to them. */
export interface Attribution {
  meanCohesion: number
  finalCohesion: number
  steps: AttributionStep[]
  /** The year the final-cohesion figures refer to. */
  finalYear: number
}

function memberYear(s: Scenario, actor: ActorId): number | null {
  const e = s.events.find((x) => x.kind === 'accession' && x.actor === actor && x.status === 'member')
  return e && e.kind === 'accession' ? e.year : null
}

function withMembership(s: Scenario, actor: ActorId, year: number | null): Scenario {
  const events = s.events.filter((e) => !(e.kind === 'accession' && e.actor === actor && e.status === 'member'))
  if (year !== null) events.push({ kind: 'accession', year, actor, status: 'member' })
  events.sort((a, b) => a.year - b.year)
  return { ...s, events }
}

/** List the inputs that differ from `a` to `b`, in the fixed attribution order. */
export function scenarioChanges(a: Scenario, b: Scenario): ScenarioChange[] {
  const changes: ScenarioChange[] = []
  for (const info of LEVERS) {
    const from = a.levers[info.key]
    const to = b.levers[info.key]
    if (from !== to) changes.push({ kind: 'lever', lever: info.key, from, to })
  }
  const actors = new Set<ActorId>()
  for (const s of [a, b]) for (const e of s.events) if (e.kind === 'accession' && e.status === 'member') actors.add(e.actor)
  for (const actor of [...actors].sort()) {
    const from = memberYear(a, actor)
    const to = memberYear(b, actor)
    if (from !== to) changes.push({ kind: 'membership', actor, from, to })
  }
  if (JSON.stringify(a.decisionRule) !== JSON.stringify(b.decisionRule)) changes.push({ kind: 'decision-rule', from: a.decisionRule, to: b.decisionRule })
  if (a.endYear !== b.endYear) changes.push({ kind: 'end-year', from: a.endYear, to: b.endYear })
  return changes
}

/** Apply one change to a scenario. */
export function applyChange(s: Scenario, change: ScenarioChange): Scenario {
  switch (change.kind) {
    case 'lever': {
      const levers = { ...s.levers, [change.lever]: change.to }
      const info = LEVERS.find((l) => l.key === change.lever)
      if (info?.enables) levers[info.enables] = true
      return { ...s, levers }
    }
    case 'membership':
      return withMembership(s, change.actor, change.to)
    case 'decision-rule':
      return { ...s, decisionRule: change.to }
    case 'end-year':
      return { ...s, endYear: change.to }
    default: {
      const unreachable: never = change
      throw new Error(`unknown change ${JSON.stringify(unreachable)}`)
    }
  }
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4

/**
 * Attribute the difference from run `a` to run `b`. Both runs use the same seed (common random
 * numbers) and agenda, so only the listed inputs differ.
 */
export function attribute(a: Scenario, b: Scenario, data: ModelData, agenda: readonly Initiative[] = data.initiatives): Attribution {
  const start = Math.max(a.startYear, b.startYear)
  const end = Math.min(a.endYear, b.endYear)
  const summarise = (r: SimulationResult) => {
    const years = r.years.filter((y) => y.year >= start && y.year <= end)
    return {
      mean: years.reduce((t, y) => t + y.cohesion, 0) / Math.max(1, years.length),
      final: years[years.length - 1]?.cohesion ?? 0,
      outcomes: new Map(r.initiatives.map((i) => [i.id, i.outcome])),
    }
  }
  let current: Scenario = a
  let previous = summarise(simulate(current, data, { agenda }))
  const first = previous
  const steps: AttributionStep[] = []
  for (const change of scenarioChanges(a, { ...b, seed: a.seed })) {
    current = applyChange(current, change)
    const next = summarise(simulate(current, data, { agenda }))
    const outcomes: AttributionStep['outcomes'] = []
    for (const [id, to] of next.outcomes) {
      const from = previous.outcomes.get(id)
      if (from !== undefined && from !== to) outcomes.push({ id, from, to })
    }
    steps.push({ change, meanCohesion: round(next.mean - previous.mean), finalCohesion: round(next.final - previous.final), outcomes })
    previous = next
  }
  return {
    meanCohesion: round(previous.mean - first.mean),
    finalCohesion: round(previous.final - first.final),
    steps,
    finalYear: end,
  }
}
