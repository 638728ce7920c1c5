/**
 * Pin the scenario being edited as a named run: the name typed, or else the scenario's title, made
 * unique among the pinned runs ("No 2017 enlargement (2)"), at most 80 characters.
 */
import { computed, ref, type ComputedRef, type Ref } from 'vue'
import { storeToRefs } from 'pinia'
import { MAX_PINNED, useRunsStore } from '../stores/runs'
import { useScenarioStore } from '../stores/scenario'

/** Longest run name (as the link and storage schemas allow). */
export const MAX_RUN_NAME = 80

/** Make `base` unique among `taken` by adding " (2)", " (3)", …, within the length limit. */
export function uniqueRunName(base: string, taken: readonly string[]): string {
  const clean = base.trim().replace(/\s+/g, ' ').slice(0, MAX_RUN_NAME) || 'Run'
  if (!taken.includes(clean)) return clean
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`
    const name = `${clean.slice(0, MAX_RUN_NAME - suffix.length)}${suffix}`
    if (!taken.includes(name)) return name
  }
}

/** What the pin form reads and calls. */
export interface RunSetPin {
  /** The name typed (empty: the default name). */
  name: Ref<string>
  /** The name a run gets if none is typed. */
  defaultName: ComputedRef<string>
  pinnedCount: ComputedRef<number>
  /** Pin the scenario; returns the name it was pinned under, or null when four runs are pinned. */
  pin: () => string | null
}

/** Pin the current scenario under the typed or default name. */
export function useRunSetPin(): RunSetPin {
  const runsStore = useRunsStore()
  const { runs } = storeToRefs(runsStore)
  const { scenario } = storeToRefs(useScenarioStore())
  const name = ref('')
  const taken = computed(() => runs.value.map((r) => r.name))
  const defaultName = computed(() => uniqueRunName(scenario.value.title, taken.value))
  const pinnedCount = computed(() => runs.value.length)

  function pin(): string | null {
    if (runs.value.length >= MAX_PINNED) {
      runsStore.pin() // sets the store's "full" notice
      return null
    }
    const chosen = name.value.trim() ? uniqueRunName(name.value, taken.value) : defaultName.value
    if (!runsStore.pin(chosen)) return null
    name.value = ''
    return chosen
  }

  return { name, defaultName, pinnedCount, pin }
}
