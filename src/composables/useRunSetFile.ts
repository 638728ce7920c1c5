/**
 * Export the pinned runs as a JSON file and import them back. An import is validated whole before
 * anything changes: a refused file leaves every saved run as it was and names what is wrong; an
 * accepted one replaces the pinned runs and can be undone once.
 */
import { ref, type Ref } from 'vue'
import { loadProjectData, MODEL_VERSION, scenarioFor, type InputIssue } from '../../models/index'
import { downloadText } from '../export/download'
import { MAX_RUN_SET_BYTES, parseRunSet, runSetFileName, runSetJson } from '../export/run-set'
import type { StoredRun } from '../persistence/scenario-codec'
import { useRunsStore } from '../stores/runs'

/** What the last file action did, for a message. */
export type RunSetStatus =
  | { kind: 'exported'; name: string; count: number }
  | { kind: 'imported'; name: string; count: number; replaced: number }
  | { kind: 'refused'; name: string; issues: InputIssue[] }
  | { kind: 'undone'; count: number }
  | null

/** What the run-set file actions expose. */
export interface RunSetFile {
  status: Ref<RunSetStatus>
  /** True while an import can be undone. */
  canUndo: Ref<boolean>
  exportRunSet: () => void
  importFile: (file: File) => Promise<boolean>
  undoImport: () => void
  dismiss: () => void
}

/** Offer file export and import of the pinned runs (`download` and `now` are replaceable in tests). */
export function useRunSetFile(options: { download?: typeof downloadText; now?: () => Date } = {}): RunSetFile {
  const download = options.download ?? downloadText
  const now = options.now ?? (() => new Date())
  const data = loadProjectData()
  const runsStore = useRunsStore()
  const status = ref<RunSetStatus>(null)
  const canUndo = ref(false)
  let before: StoredRun[] = []

  const titleOf = (presetId: string | undefined) => {
    const s = presetId ? scenarioFor(presetId, data) : undefined
    return s ? { id: s.id, title: s.title, description: s.description } : { id: 'custom', title: 'Custom scenario', description: '' }
  }

  function exportRunSet(): void {
    const runs = runsStore.stored
    const date = now()
    const name = runSetFileName(date)
    download(name, runSetJson(runs, { modelVersion: MODEL_VERSION, seed: data.baseline.seed, exported: date.toISOString() }), 'application/json')
    status.value = { kind: 'exported', name, count: runs.length }
  }

  async function importFile(file: File): Promise<boolean> {
    const refuse = (issues: InputIssue[]): false => {
      status.value = { kind: 'refused', name: file.name, issues }
      return false
    }
    if (file.size > MAX_RUN_SET_BYTES) return refuse([{ path: 'file', message: `is too large (${file.size} bytes; a run set is at most ${MAX_RUN_SET_BYTES})` }])
    let text: string
    try {
      text = await file.text()
    } catch {
      return refuse([{ path: 'file', message: 'could not be read' }])
    }
    const read = parseRunSet(text, data.baseline, titleOf)
    if (!read.ok) return refuse(read.issues)
    before = runsStore.stored.map((r) => ({ ...r }))
    runsStore.replaceAll(read.file.runs)
    canUndo.value = true
    status.value = { kind: 'imported', name: file.name, count: runsStore.runs.length, replaced: before.length }
    return true
  }

  function undoImport(): void {
    if (!canUndo.value) return
    runsStore.replaceAll(before)
    canUndo.value = false
    status.value = { kind: 'undone', count: before.length }
  }

  return { status, canUndo, exportRunSet, importFile, undoImport, dismiss: () => (status.value = null) }
}
