/**
 * Results derived from the scenario store by calling the model: the current run and the baseline,
 * each replaced whole (shallowRef) so charts never deep-watch thousands of numbers.
 */
import { defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import { loadProjectData, simulate, type Initiative, type SimulationResult } from '../../models/index'
import { useScenarioStore } from './scenario'

export const useResultsStore = defineStore('results', () => {
  const data = loadProjectData()
  const scenarioStore = useScenarioStore()
  const run = (): SimulationResult =>
    simulate(scenarioStore.scenario, data, { agenda: scenarioStore.agenda })
  /** The current scenario's run. */
  const result = shallowRef<SimulationResult>(run())
  /** The historical baseline with the same agenda, drawn for reference. */
  const baseline = shallowRef<SimulationResult>(simulate(data.baseline, data, { agenda: scenarioStore.agenda }))

  watch(
    () => [scenarioStore.scenario, scenarioStore.agenda] as const,
    ([, agenda], [, previousAgenda]) => {
      result.value = run()
      if (agenda !== previousAgenda) baseline.value = simulate(data.baseline, data, { agenda })
    },
    { flush: 'sync' },
  )

  /** Initiatives by id, for labels and explanations. */
  const initiativesById = computed(() => new Map<string, Initiative>(scenarioStore.agenda.map((i) => [i.id, i])))

  return { result, baseline, initiativesById }
})
