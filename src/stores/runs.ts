/**
 * Pinned runs: up to four named scenarios kept beside the baseline for comparison and presenting,
 * persisted in the browser's storage. Holds inputs only (each run's scenario); results are derived
 * by calling the model where they are shown.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { loadProjectData, scenarioFor, type Scenario } from '../../models/index'
import { fromDelta, toDelta, type StoredRun } from '../persistence/scenario-codec'
import { readRuns, writeRuns } from '../persistence/run-storage'
import { useScenarioStore } from './scenario'

/** Most runs that can be pinned (plus the baseline). */
export const MAX_PINNED = 4

/** A pinned run: a stable id, the name the user gave it, and its scenario. */
export interface PinnedRun {
  id: string
  name: string
  scenario: Scenario
  presetId: string
}

/** Why pinned runs could not be loaded or saved, for a notice; null when all is well. */
export type StorageNotice = { kind: 'corrupt' | 'unavailable' | 'quota' | 'full'; detail: string } | null

export const useRunsStore = defineStore('runs', () => {
  const data = loadProjectData()
  const scenarioStore = useScenarioStore()
  const runs = shallowRef<PinnedRun[]>([])
  const notice = ref<StorageNotice>(null)
  let nextId = 1

  const titleOf = (presetId: string | undefined) => {
    const s = presetId ? scenarioFor(presetId, data) : undefined
    return s ? { id: s.id, title: s.title, description: s.description } : { id: 'custom', title: 'Custom scenario', description: '' }
  }

  /** Turn stored runs into pinned runs, skipping any whose scenario no longer validates. */
  function fromStored(stored: readonly StoredRun[]): PinnedRun[] {
    const out: PinnedRun[] = []
    for (const r of stored) {
      const rebuilt = fromDelta(r.d, data.baseline, titleOf)
      if (rebuilt.ok) out.push({ id: r.id, name: r.name, scenario: rebuilt.scenario, presetId: r.d.p ?? data.baseline.id })
    }
    return out
  }

  /** The runs in their stored form (for storage and links). */
  const stored = computed<StoredRun[]>(() => runs.value.map((r) => ({ id: r.id, name: r.name, d: toDelta(r.scenario, data.baseline, r.presetId) })))

  function persist(): void {
    const written = writeRuns(stored.value)
    if (!written.ok) notice.value = { kind: written.reason, detail: written.reason }
  }

  /** Load pinned runs from storage once; a corrupt store gives a notice and is left as it is. */
  function load(): void {
    const read = readRuns()
    runs.value = fromStored(read.runs)
    nextId = runs.value.reduce((m, r) => Math.max(m, Number(/\d+$/.exec(r.id)?.[0] ?? 0) + 1), 1)
    notice.value = read.notice ? { kind: read.notice.kind, detail: read.notice.issues.map((i) => `${i.path}: ${i.message}`).join('; ') } : null
  }

  /** Replace all runs (from a link or an imported file), then save. */
  function replaceAll(next: readonly StoredRun[]): void {
    runs.value = fromStored(next).slice(0, MAX_PINNED)
    nextId = runs.value.reduce((m, r) => Math.max(m, Number(/\d+$/.exec(r.id)?.[0] ?? 0) + 1), 1)
    persist()
  }

  /** Pin the scenario being edited under a name; returns false when four runs are already pinned. */
  function pin(name?: string): boolean {
    if (runs.value.length >= MAX_PINNED) {
      notice.value = { kind: 'full', detail: String(MAX_PINNED) }
      return false
    }
    const id = `run-${nextId++}`
    const scenario = scenarioStore.scenario
    runs.value = [...runs.value, { id, name: (name ?? scenario.title).slice(0, 80), scenario, presetId: scenarioStore.presetId }]
    persist()
    return true
  }

  /** Rename a run (names are shown as text, at most 80 characters). */
  function rename(id: string, name: string): void {
    const clean = name.trim().slice(0, 80)
    if (!clean) return
    runs.value = runs.value.map((r) => (r.id === id ? { ...r, name: clean } : r))
    persist()
  }

  /** Move a run one place earlier (−1) or later (+1). */
  function move(id: string, delta: -1 | 1): void {
    const i = runs.value.findIndex((r) => r.id === id)
    const j = i + delta
    if (i < 0 || j < 0 || j >= runs.value.length) return
    const next = [...runs.value]
    const [run] = next.splice(i, 1)
    if (run) next.splice(j, 0, run)
    runs.value = next
    persist()
  }

  /** Remove a run. */
  function remove(id: string): void {
    runs.value = runs.value.filter((r) => r.id !== id)
    persist()
  }

  /** Open a run for editing: its scenario becomes the one being edited (one undo step). */
  function open(id: string): void {
    const run = runs.value.find((r) => r.id === id)
    if (run) scenarioStore.replaceScenario(run.scenario, run.presetId)
  }

  /** Clear the storage notice once the user has read it. */
  function dismissNotice(): void {
    notice.value = null
  }

  return { runs, notice, stored, load, replaceAll, pin, rename, move, remove, open, dismissNotice }
})
