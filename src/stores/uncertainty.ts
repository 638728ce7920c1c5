/**
 * The Uncertainty view's run and selections: how many draws, the Monte Carlo run itself (kept here so
 * it survives switching tabs), the scenario it ran (so a later edit marks it stale), and the output
 * whose drivers the sensitivity chart ranks. Results come from the model in workers; nothing here
 * decides anything.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { Initiative, MonteCarloSummary, Scenario, SimulationResult } from '../../models/index'
import { useMonteCarlo } from '../composables/useMonteCarlo'
import type { MonteCarloOutput } from '../workers/montecarlo-merge'
import type { Driver } from '../workers/montecarlo-protocol'
import { useResultsStore } from './results'
import { useScenarioStore } from './scenario'

/** Numbers of draws a user can choose. */
export const DRAW_CHOICES = [100, 500, 1000, 5000] as const
/** Name one of the numbers of draws on offer. */
export type DrawCount = (typeof DRAW_CHOICES)[number]

/** Least time between two updates of the tables during a run, in ms. */
const TABLE_INTERVAL = 1000

/** Inputs shown in the sensitivity chart. */
export const TOP_DRIVERS = 12

/** What a run ran: the scenario and agenda, with the single run and the baseline at that moment. */
export interface RunContext {
  scenario: Scenario
  agenda: readonly Initiative[]
  /** The scenario run once at its most likely values. */
  single: SimulationResult
  /** The historical baseline with the same agenda. */
  baseline: SimulationResult
}

/** Where the sensitivity ranking stands. */
export type DriversState = 'idle' | 'computing' | 'ready' | 'failed'

/** Pick the initiative whose adoption is least certain (closest to even odds), the default to explain. */
export function leastCertain(summary: MonteCarloSummary): string | null {
  let best: string | null = null
  let distance = Infinity
  for (const [id, a] of Object.entries(summary.adoption)) {
    const d = Math.abs(a.final - 0.5)
    if (d < distance) {
      best = id
      distance = d
    }
  }
  return best
}

export const useUncertaintyStore = defineStore('uncertainty', () => {
  const scenarioStore = useScenarioStore()
  const resultsStore = useResultsStore()
  const mc = useMonteCarlo()

  /** Draws to run next. */
  const draws = ref<DrawCount>(1000)
  /** What the last run ran (null before the first). */
  const context = shallowRef<RunContext | null>(null)
  /** The output the user asked to explain; checked against the run by `output`. */
  const requestedOutput = ref<MonteCarloOutput | null>(null)
  const drivers = shallowRef<Driver[] | null>(null)
  const driversState = ref<DriversState>('idle')
  /**
   * The summary the tables show. While a run goes on it follows the fan's at most every
   * `TABLE_INTERVAL` ms, and always in a task of its own, so no single task redraws everything.
   */
  const tableSummary = shallowRef<MonteCarloSummary | null>(null)
  let tableTimer: ReturnType<typeof setTimeout> | undefined
  let clearTimer: ReturnType<typeof setTimeout> | undefined
  let lastTable = 0
  watch(mc.summary, (next) => {
    if (next === null) {
      // A run starts: its first tables come a while after its first fan, not in the same moment.
      clearTimeout(tableTimer)
      tableTimer = undefined
      lastTable = performance.now()
      // The last run's tables come down in a task of their own: in the click that starts the run,
      // taking them down made that task the longest of the whole run.
      clearTimeout(clearTimer)
      // Every table update is scheduled after this, so none is overwritten.
      clearTimer = setTimeout(() => {
        clearTimer = undefined
        tableSummary.value = null
      }, 0)
      return
    }
    const running = mc.status.value === 'running'
    if (tableTimer !== undefined) {
      if (running) return // the pending update will show the latest summary
      clearTimeout(tableTimer)
    }
    const delay = running ? Math.max(0, TABLE_INTERVAL - (performance.now() - lastTable)) : 0
    tableTimer = setTimeout(() => {
      tableTimer = undefined
      tableSummary.value = mc.summary.value
      lastTable = performance.now()
    }, delay)
  })

  /**
   * The summary the blockers list shows: the tables', one task later. The first results of a run
   * fill the adoption table and bring the blockers list in; in one task that was the longest of the
   * run (37–52 ms of script in Chromium's Long Animation Frames on this two-core machine).
   */
  const blockersSummary = shallowRef<MonteCarloSummary | null>(null)
  let blockersTimer: ReturnType<typeof setTimeout> | undefined
  watch(tableSummary, () => {
    clearTimeout(blockersTimer)
    blockersTimer = setTimeout(() => {
      blockersTimer = undefined
      blockersSummary.value = tableSummary.value
    }, 0)
  })

  /** True when the scenario or agenda changed after the run: its results describe another scenario. */
  const stale = computed(
    () => context.value !== null && (context.value.scenario !== scenarioStore.scenario || context.value.agenda !== scenarioStore.agenda),
  )

  /** The output being explained: the user's choice if the run has it, else cohesion in the last year. */
  const output = computed<MonteCarloOutput | null>(() => {
    const summary = mc.summary.value
    if (!summary) return null
    const wanted = requestedOutput.value
    if (wanted?.kind === 'cohesion' && summary.years.includes(wanted.year)) return wanted
    if (wanted?.kind === 'adoption' && wanted.initiativeId in summary.adoption) return wanted
    const last = summary.years[summary.years.length - 1]
    return last === undefined ? null : { kind: 'cohesion', year: last }
  })

  /** Run the Monte Carlo for the scenario being edited. */
  function run(): Promise<MonteCarloSummary | null> {
    context.value = {
      scenario: scenarioStore.scenario,
      agenda: scenarioStore.agenda,
      single: resultsStore.result,
      baseline: resultsStore.baseline,
    }
    drivers.value = null
    driversState.value = 'idle'
    return mc.run({ scenario: scenarioStore.scenario, agenda: scenarioStore.agenda, draws: draws.value })
  }

  /** Choose what the sensitivity chart explains. */
  function chooseOutput(next: MonteCarloOutput): void {
    requestedOutput.value = next
  }

  /**
   * True a moment after a run stops (not in the same task): what follows a run (the sensitivity
   * ranking, its controls) then starts in tasks of its own, never in the click that cancelled it.
   */
  const settled = ref(true)
  let settleTimer: ReturnType<typeof setTimeout> | undefined
  watch(mc.status, (state) => {
    clearTimeout(settleTimer)
    if (state === 'running') settled.value = false
    else settleTimer = setTimeout(() => (settled.value = true), 0)
  })

  let asked = 0
  async function rank(): Promise<void> {
    const which = output.value
    const state = mc.status.value
    const id = ++asked
    if (!which || !settled.value || (state !== 'done' && state !== 'cancelled')) {
      drivers.value = null
      driversState.value = 'idle'
      return
    }
    driversState.value = 'computing'
    try {
      const ranked = await mc.drivers(which, TOP_DRIVERS)
      if (id !== asked) return
      drivers.value = ranked
      driversState.value = ranked ? 'ready' : 'idle'
    } catch {
      if (id !== asked) return
      drivers.value = null
      driversState.value = 'failed'
    }
  }

  watch(() => [settled.value, output.value] as const, rank)

  return {
    draws,
    context,
    stale,
    requestedOutput,
    output,
    drivers,
    driversState,
    status: mc.status,
    settled,
    completed: mc.completed,
    total: mc.total,
    summary: mc.summary,
    tableSummary,
    blockersSummary,
    error: mc.error,
    elapsed: mc.elapsed,
    /** Web Workers the draws run in. */
    workers: mc.workers,
    run,
    cancel: mc.cancel,
    warm: mc.warm,
    chooseOutput,
  }
})
