/**
 * The Compare view's model: the baseline and the pinned runs, each simulated with one common seed
 * (the baseline's), the difference table, each pinned run's attribution from the baseline, and the
 * summary in words. Results are cached by scenario, so renaming or reordering a run never re-runs
 * the model.
 */
import { computed, type ComputedRef, type Ref } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'vue-i18n'
import { attribute, loadProjectData, type Attribution, type Initiative, type Scenario } from '../../models/index'
import { compareDifferences, compareSummary, type DifferenceTable } from '../charts/compare-differences'
import { BASELINE_RUN_ID, compareRuns, type ComparedRun, type ResultCache } from '../charts/compare-runs'
import type { CompareWords } from '../charts/compare-words'
import { useActorName } from './useActorName'
import { useChartText } from './useChartText'
import { useRunsStore } from '../stores/runs'
import { useScenarioStore } from '../stores/scenario'

/** What the Compare view reads. */
export interface CompareModel {
  /** The seed every compared run uses (common random numbers). */
  commonSeed: number
  runs: ComputedRef<ComparedRun[]>
  /** Pinned runs saved with another seed, which are compared with the common seed instead. */
  reseeded: ComputedRef<ComparedRun[]>
  differences: ComputedRef<DifferenceTable>
  /** Each pinned run's attribution from the baseline, by run id. */
  attributions: ComputedRef<Map<string, Attribution>>
  summary: ComputedRef<string[]>
  /** The agenda every run is decided on (the data's initiatives and the user's own). */
  agenda: Ref<Initiative[]>
  words: CompareWords
}

/** Return the words the Compare view's adapters need: messages, numbers, actor names, titles, lists. */
export function useCompareWords(): CompareWords {
  const text = useChartText()
  const { locale } = useI18n()
  const actor = useActorName()
  const scenarioStore = useScenarioStore()
  const titles = computed(() => new Map<string, string>(scenarioStore.agenda.map((i) => [i.id, i.title])))
  return {
    ...text,
    actor,
    initiative: (id) => titles.value.get(id) ?? id,
    list: (items) => new Intl.ListFormat(locale.value, { style: 'long', type: 'conjunction' }).format(items),
  }
}

type AttributionCache = WeakMap<Scenario, { agenda: readonly Initiative[]; base: Scenario; attribution: Attribution }>

/** Build the Compare view's model from the scenario and runs stores. */
export function useCompare(): CompareModel {
  const data = loadProjectData()
  const { t } = useI18n()
  const words = useCompareWords()
  const { runs: pinned } = storeToRefs(useRunsStore())
  const { agenda } = storeToRefs(useScenarioStore())
  const commonSeed = data.baseline.seed
  const results: ResultCache = new WeakMap()
  const attributionCache: AttributionCache = new WeakMap()

  const runs = computed(() =>
    compareRuns({ id: BASELINE_RUN_ID, name: t('compare.baseline'), scenario: data.baseline }, pinned.value, data, agenda.value, commonSeed, results),
  )
  const reseeded = computed(() => runs.value.filter((r) => r.kind === 'pinned' && r.savedSeed !== commonSeed))
  const differences = computed(() => compareDifferences(runs.value, words))
  const attributions = computed(() => {
    const out = new Map<string, Attribution>()
    const [baseline, ...others] = runs.value
    if (!baseline) return out
    for (const run of others) {
      // Keyed by the pinned run's own scenario object (stable while the run is unchanged).
      const key = pinned.value.find((p) => p.id === run.id)?.scenario ?? run.scenario
      const known = attributionCache.get(key)
      if (known && known.agenda === agenda.value && known.base === baseline.scenario) out.set(run.id, known.attribution)
      else {
        const attribution = attribute(baseline.scenario, run.scenario, data, agenda.value)
        attributionCache.set(key, { agenda: agenda.value, base: baseline.scenario, attribution })
        out.set(run.id, attribution)
      }
    }
    return out
  })
  const summary = computed(() => compareSummary(runs.value, differences.value, attributions.value, words))

  return { commonSeed, runs, reseeded, differences, attributions, summary, agenda, words }
}
