/**
 * The scenario a user is editing: levers, membership, decision rule, horizon, the selected
 * initiative and the user's own initiatives, with undo and redo. Holds inputs only; results are
 * derived by calling the model (see `stores/results.ts`).
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  loadProjectData,
  scenarioFor,
  setLever as setLeverValue,
  type ActorId,
  type DecisionRule,
  type Initiative,
  type NumericLeverKey,
  type Scenario,
} from '../../models/index'

/** Most undo steps kept. */
export const UNDO_LIMIT = 100

interface Snapshot {
  scenario: Scenario
  presetId: string
  initiatives: Initiative[]
}

export const useScenarioStore = defineStore('scenario', () => {
  const data = loadProjectData()
  /** The scenario being edited (replaced whole on every change, never mutated). */
  const scenario = shallowRef<Scenario>(data.baseline)
  /** The preset it started from ("baseline" or a preset id). */
  const presetId = ref<string>(data.baseline.id)
  /** The initiative whose explanation is open, or null. */
  const selectedInitiativeId = ref<string | null>(null)
  /** Initiatives the user proposed, decided alongside the data's agenda. */
  const customInitiatives = shallowRef<Initiative[]>([])

  const past = shallowRef<Snapshot[]>([])
  const future = shallowRef<Snapshot[]>([])
  let lastEditKey: string | null = null

  const snapshot = (): Snapshot => ({ scenario: scenario.value, presetId: presetId.value, initiatives: customInitiatives.value })
  const restore = (s: Snapshot): void => {
    scenario.value = s.scenario
    presetId.value = s.presetId
    customInitiatives.value = s.initiatives
  }
  /** Record an undo step; consecutive edits with the same key (one slider drag) make one step. */
  const record = (editKey: string | null): void => {
    if (editKey === null || editKey !== lastEditKey) {
      past.value = [...past.value, snapshot()].slice(-UNDO_LIMIT)
    }
    future.value = []
    lastEditKey = editKey
  }

  /** The full agenda: the data's initiatives and the user's own. */
  const agenda = computed<Initiative[]>(() => [...data.initiatives, ...customInitiatives.value])
  const canUndo = computed(() => past.value.length > 0)
  const canRedo = computed(() => future.value.length > 0)

  /** Load a preset (or "baseline"), as one undo step; unknown ids are ignored and return false. */
  function loadPreset(id: string): boolean {
    const next = scenarioFor(id, data)
    if (!next) return false
    record(null)
    scenario.value = next
    presetId.value = id
    return true
  }

  /** Replace the scenario being edited (a pinned run opened, a link or file loaded), as one undo step. */
  function replaceScenario(next: Scenario, fromPreset: string): void {
    record(null)
    scenario.value = next
    presetId.value = fromPreset
  }

  /** Go back to the historical baseline. */
  function reset(): void {
    loadPreset(data.baseline.id)
  }

  /** Move a numeric lever (clamped and snapped); a drag of one lever is one undo step. */
  function setLever(key: NumericLeverKey, value: number): void {
    if (!Number.isFinite(value)) return
    const levers = setLeverValue(scenario.value.levers, key, value)
    if (levers[key] === scenario.value.levers[key] && levers === scenario.value.levers) return
    record(`lever:${key}`)
    scenario.value = { ...scenario.value, levers }
  }

  /** Year a state becomes a full member in the scenario, or null if it never does. */
  function membershipYear(actor: ActorId): number | null {
    const e = scenario.value.events.find((x) => x.kind === 'accession' && x.actor === actor && x.status === 'member')
    return e && e.kind === 'accession' ? e.year : null
  }

  /** Make a state a full member from `year`, or (null) never. */
  function setMembership(actor: ActorId, year: number | null): void {
    if (membershipYear(actor) === year) return
    record(`member:${actor}`)
    const events = scenario.value.events.filter((e) => !(e.kind === 'accession' && e.actor === actor && e.status === 'member'))
    if (year !== null) {
      const clamped = Math.min(scenario.value.endYear, Math.max(scenario.value.startYear, Math.round(year)))
      events.push({ kind: 'accession', year: clamped, actor, status: 'member' })
      events.sort((a, b) => a.year - b.year)
    }
    scenario.value = { ...scenario.value, events }
  }

  /** Choose the decision rule. */
  function setDecisionRule(rule: DecisionRule): void {
    record(null)
    scenario.value = { ...scenario.value, decisionRule: rule }
  }

  /** Set the last year of the run (2025–2060). */
  function setEndYear(year: number): void {
    const endYear = Math.min(2060, Math.max(2025, Math.round(year)))
    if (endYear === scenario.value.endYear) return
    record('endYear')
    scenario.value = { ...scenario.value, endYear }
  }

  /** Set the seed used for Monte Carlo draws. */
  function setSeed(seed: number): void {
    const clean = Math.max(0, Math.min(2 ** 31 - 1, Math.round(seed)))
    record('seed')
    scenario.value = { ...scenario.value, seed: clean }
  }

  /** Select an initiative to explain (null closes the explanation). */
  function select(id: string | null): void {
    selectedInitiativeId.value = id
  }

  /** Add (or replace, by id) one of the user's own initiatives. */
  function addInitiative(initiative: Initiative): void {
    record(null)
    customInitiatives.value = [...customInitiatives.value.filter((i) => i.id !== initiative.id), initiative]
  }

  /** Remove one of the user's own initiatives. */
  function removeInitiative(id: string): void {
    record(null)
    customInitiatives.value = customInitiatives.value.filter((i) => i.id !== id)
    if (selectedInitiativeId.value === id) selectedInitiativeId.value = null
  }

  /** Undo the last change. */
  function undo(): void {
    const previous = past.value[past.value.length - 1]
    if (!previous) return
    future.value = [snapshot(), ...future.value]
    past.value = past.value.slice(0, -1)
    restore(previous)
    lastEditKey = null
  }

  /** Redo the last undone change. */
  function redo(): void {
    const next = future.value[0]
    if (!next) return
    past.value = [...past.value, snapshot()]
    future.value = future.value.slice(1)
    restore(next)
    lastEditKey = null
  }

  return {
    scenario,
    presetId,
    selectedInitiativeId,
    customInitiatives,
    agenda,
    canUndo,
    canRedo,
    loadPreset,
    replaceScenario,
    reset,
    setLever,
    membershipYear,
    setMembership,
    setDecisionRule,
    setEndYear,
    setSeed,
    select,
    addInitiative,
    removeInitiative,
    undo,
    redo,
  }
})
