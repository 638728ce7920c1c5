/**
 * Where exported numbers come from — the scenario, seed and model version — handed down to every
 * chart frame by provide/inject, so frames stay presentational: the dashboard provides the scenario
 * being edited, the Compare view provides the comparison.
 */
import { inject, provide, type InjectionKey } from 'vue'
import { loadProjectData, MODEL_VERSION } from '../../models/index'
import { toDelta } from '../persistence/scenario-codec'
import type { ScenarioLink } from '../composables/useScenarioLink'
import { useScenarioStore } from '../stores/scenario'
import type { ExportProvenance } from './csv'

/** Read the provenance of exports below this point. */
export type ProvenanceSource = () => ExportProvenance

const KEY: InjectionKey<ProvenanceSource> = Symbol('export-provenance')

/** Provide the provenance of every export below the calling component. */
export function provideExportProvenance(source: ProvenanceSource): void {
  provide(KEY, source)
}

/** Read the provenance provided above, or undefined when none was. */
export function useExportProvenance(): () => ExportProvenance | undefined {
  const source = inject(KEY, null)
  return () => source?.()
}

/**
 * Provide the scenario being edited to every export: its title, seed, the model version, its
 * settings (what differs from the baseline, as in links) and its link.
 */
export function provideScenarioProvenance(link: Pick<ScenarioLink, 'url'>): void {
  const data = loadProjectData()
  const scenarioStore = useScenarioStore()
  provideExportProvenance(() => ({
    scenario: scenarioStore.scenario.title,
    seed: scenarioStore.scenario.seed,
    modelVersion: MODEL_VERSION,
    extra: { settings: JSON.stringify(toDelta(scenarioStore.scenario, data.baseline)), link: link.url.value },
  }))
}
