/**
 * Results derived from the scenario store by calling the model: the current run and the baseline,
 * each replaced whole (shallowRef) so charts never deep-watch thousands of numbers.
 *
 * In the browser a change is run once the next frame has been drawn (see `scheduling/frame-tasks.ts`):
 * the key press that moved a slider repaints at once, and the run follows a frame later in a task
 * of its own, coalescing moves that came in between. `settle()` runs a pending change at once for code that needs it.
 */
import { defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import { LEVERS, loadProjectData, scenarioFor, setLever, simulate, type Initiative, type ProjectData, type Scenario, type SimulationResult } from '../../models/index'
import { afterNextPaint, canPaint, runNow, type Cancel, type Schedule } from '../scheduling/frame-tasks'
import { browserIdle, runWhenIdle, type RequestIdle } from '../scheduling/idle-jobs'
import { useScenarioStore } from './scenario'

let schedule: Schedule = canPaint() ? afterNextPaint : runNow

/** Choose when changes are run: after the next paint (the browser's default) or at once (tests). */
export function setResultsSchedule(next: Schedule): void {
  schedule = next
}

export const useResultsStore = defineStore('results', () => {
  const data = loadProjectData()
  const scenarioStore = useScenarioStore()
  const run = (): SimulationResult =>
    simulate(scenarioStore.scenario, data, { agenda: scenarioStore.agenda })
  /** The current scenario's run. */
  const result = shallowRef<SimulationResult>(run())
  /** The historical baseline with the same agenda, drawn for reference. */
  const baseline = shallowRef<SimulationResult>(simulate(data.baseline, data, { agenda: scenarioStore.agenda }))
  let baselineAgenda = scenarioStore.agenda
  let pending: Cancel | null = null

  /** Bring the results up to date with the scenario now (runs a pending change, if any). */
  function settle(): void {
    if (!pending) return
    pending()
    pending = null
    result.value = run()
    const agenda = scenarioStore.agenda
    if (agenda !== baselineAgenda) {
      baselineAgenda = agenda
      baseline.value = simulate(data.baseline, data, { agenda })
    }
  }

  watch(
    () => [scenarioStore.scenario, scenarioStore.agenda] as const,
    () => {
      pending?.()
      // A placeholder cancel until the schedule returns its own (runNow calls the job first).
      pending = () => {}
      const cancel = schedule(settle)
      if (pending) pending = cancel
    },
    { flush: 'sync' },
  )

  /** Initiatives by id, for labels and explanations. */
  const initiativesById = computed(() => new Map<string, Initiative>(scenarioStore.agenda.map((i) => [i.id, i])))

  /**
   * Run the model on scenarios like those a user is about to try (see `warmUpScenarios`) in the
   * page's idle time, keeping nothing. The browser compiles a function for speed only once it has run
   * it often; without this, that compiling runs during the first slider moves and competes with them
   * for the processor (Chromium's trace on a two-core machine: about 0.5 s of it in the first 240 key presses).
   */
  function warmUp(requestIdle: RequestIdle = browserIdle): Cancel {
    const jobs = warmUpScenarios(scenarioStore.scenario, data).map((s) => () => void simulate(s, data, { agenda: scenarioStore.agenda }))
    return runWhenIdle(jobs, requestIdle)
  }

  return { result, baseline, initiativesById, settle, warmUp }
})

/**
 * Scenarios a user is likely to run first: `from` with each numeric lever one step either way (as a
 * slider's first key presses set it), then every preset.
 */
export function warmUpScenarios(from: Scenario, data: ProjectData): Scenario[] {
  const scenarios: Scenario[] = []
  for (const lever of LEVERS) {
    for (const step of [lever.step, -lever.step]) {
      const levers = setLever(from.levers, lever.key, from.levers[lever.key] + step)
      if (levers[lever.key] !== from.levers[lever.key]) scenarios.push({ ...from, levers })
    }
  }
  for (const preset of data.presets) {
    const scenario = scenarioFor(preset.id, data)
    if (scenario) scenarios.push(scenario)
  }
  return scenarios
}
