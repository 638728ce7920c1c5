/**
 * Keep the scenario in the URL: on start, restore every lever, the selected initiative, the user's
 * own initiatives and the pinned runs from the fragment (`#v1=…`); afterwards, rewrite the fragment
 * as they change (replaceState, so the back button is not flooded). A damaged or hostile link is
 * refused with the reasons, and nothing already saved is touched.
 */
import { computed, onScopeDispose, ref, watch, type Ref } from 'vue'
import { loadProjectData, scenarioFor, type InputIssue } from '../../models/index'
import { decodeLink, encodeLink, fromDelta, toDelta } from '../persistence/scenario-codec'
import { useRunsStore } from '../stores/runs'
import { useScenarioStore } from '../stores/scenario'

/** How long after the last change the address bar is rewritten (ms). */
export const LINK_DELAY_MS = 200

/**
 * Longest link that still carries the pinned runs (characters). Past it the runs are left out, so
 * the link stays short enough for chat tools, e-mail and QR codes; the scenario itself always fits.
 */
export const MAX_LINK_WITH_RUNS = 4000

/** Query parameters that open a mode (a lesson, the presenter window), not part of a scenario's link. */
const MODE_PARAMS = ['lesson', 'presenter']

/** What the link composable exposes: the link's problems (if it was refused) and the current URL. */
export interface ScenarioLink {
  issues: Ref<InputIssue[] | null>
  /** The full URL of the current scenario, always up to date (for "Copy link", exports and the QR code). */
  url: Readonly<Ref<string>>
  /** Whether the pinned runs were left out of the link because it would have been too long. */
  runsLeftOut: Readonly<Ref<boolean>>
  /** Forget the problems once the user has read them. */
  dismiss: () => void
}

/** Restore the scenario from the URL once, then keep the URL in step with it. */
export function useScenarioLink(
  win: Pick<Window, 'location' | 'history'> = window,
  { maxLinkWithRuns = MAX_LINK_WITH_RUNS }: { maxLinkWithRuns?: number } = {},
): ScenarioLink {
  const data = loadProjectData()
  const scenarioStore = useScenarioStore()
  const runsStore = useRunsStore()
  const issues = ref<InputIssue[] | null>(null)

  const titleOf = (presetId: string | undefined) => {
    const s = presetId ? scenarioFor(presetId, data) : undefined
    return s ? { id: s.id, title: s.title, description: s.description } : { id: 'custom', title: 'Custom scenario', description: '' }
  }

  if (win.location.hash.length > 1) {
    const decoded = decodeLink(win.location.hash)
    if (!decoded.ok) issues.value = decoded.issues
    else {
      const rebuilt = fromDelta(decoded.payload.d, data.baseline, titleOf)
      if (!rebuilt.ok) issues.value = rebuilt.issues
      else {
        scenarioStore.replaceScenario(rebuilt.scenario, decoded.payload.d.p ?? data.baseline.id)
        for (const initiative of decoded.payload.i ?? []) {
          if (!data.initiatives.some((i) => i.id === initiative.id)) scenarioStore.addInitiative(initiative)
        }
        if (decoded.payload.pins && decoded.payload.pins.length > 0) runsStore.replaceAll(decoded.payload.pins)
        const selected = decoded.payload.sel ?? null
        if (selected && scenarioStore.agenda.some((i) => i.id === selected)) scenarioStore.select(selected)
      }
    }
  }

  /** The fragment for the current state, and whether the pinned runs had to be left out. */
  const fragment = computed(() => {
    const payload = {
      d: toDelta(scenarioStore.scenario, data.baseline, scenarioStore.presetId),
      sel: scenarioStore.selectedInitiativeId,
      ...(scenarioStore.customInitiatives.length ? { i: scenarioStore.customInitiatives } : {}),
    }
    if (runsStore.stored.length) {
      const withRuns = encodeLink({ ...payload, pins: runsStore.stored })
      if (withRuns.length <= maxLinkWithRuns) return { text: withRuns, runsLeftOut: false }
      return { text: encodeLink(payload), runsLeftOut: true }
    }
    return { text: encodeLink(payload), runsLeftOut: false }
  })
  const base = (): string => {
    const params = new URLSearchParams(win.location.search)
    for (const p of MODE_PARAMS) params.delete(p)
    const search = params.toString()
    return `${win.location.pathname}${search ? `?${search}` : ''}`
  }
  const url = computed(() => `${win.location.origin}${base()}#${fragment.value.text}`)
  const runsLeftOut = computed(() => fragment.value.runsLeftOut)

  const write = (): void => {
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}#${fragment.value.text}`)
  }
  // Only rewrite a refused link once the user changes something, so it can still be read.
  if (!issues.value) write()
  // Debounced: a slider drag rewrites the URL once it pauses, keeping every frame for the charts.
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    () => [scenarioStore.scenario, scenarioStore.selectedInitiativeId, scenarioStore.customInitiatives, runsStore.stored] as const,
    () => {
      clearTimeout(timer)
      timer = setTimeout(write, LINK_DELAY_MS)
    },
  )
  onScopeDispose(() => clearTimeout(timer))

  return { issues, url, runsLeftOut, dismiss: () => (issues.value = null) }
}
