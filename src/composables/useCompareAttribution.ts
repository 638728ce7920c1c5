/**
 * Attribution between two chosen runs: which run is A and which is B (by default the baseline and
 * the first pinned run), the model's step-by-step attribution from A to B (both with the common
 * seed), and its rows for the table. A run that disappears falls back to the default.
 */
import { computed, ref, type ComputedRef, type Ref } from 'vue'
import { attribute, loadProjectData, type Attribution } from '../../models/index'
import { attributionView, type AttributionView } from '../charts/compare-attribution'
import type { ComparedRun } from '../charts/compare-runs'
import type { CompareModel } from './useCompare'

/** What the attribution panel reads and sets. */
export interface CompareAttribution {
  /** Chosen run ids; a missing id falls back to the default. */
  aId: Ref<string | null>
  bId: Ref<string | null>
  a: ComputedRef<ComparedRun | null>
  b: ComputedRef<ComparedRun | null>
  attribution: ComputedRef<Attribution | null>
  view: ComputedRef<AttributionView | null>
}

/** Choose two runs and attribute the difference between them. */
export function useCompareAttribution(model: Pick<CompareModel, 'runs' | 'attributions' | 'words' | 'agenda'>): CompareAttribution {
  const data = loadProjectData()
  const aId = ref<string | null>(null)
  const bId = ref<string | null>(null)
  const find = (id: string | null): ComparedRun | undefined => model.runs.value.find((r) => r.id === id)
  const a = computed(() => find(aId.value) ?? model.runs.value[0] ?? null)
  const b = computed(() => find(bId.value) ?? model.runs.value[1] ?? null)
  const attribution = computed(() => {
    const from = a.value
    const to = b.value
    if (!from || !to || from.id === to.id) return null
    // From the baseline the attribution is already computed for the summary: reuse it.
    if (from.kind === 'baseline') {
      const known = model.attributions.value.get(to.id)
      if (known) return known
    }
    return attribute(from.scenario, to.scenario, data, model.agenda.value)
  })
  const view = computed(() => {
    const from = a.value
    const to = b.value
    return attribution.value && from && to ? attributionView(attribution.value, from.scenario, to.scenario, model.words) : null
  })
  return { aId, bId, a, b, attribution, view }
}
