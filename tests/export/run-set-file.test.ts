// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { MODEL_VERSION } from '../../models/index'
import { useRunSetFile } from '../../src/composables/useRunSetFile'
import { RUN_SET_FORMAT, runSetJson } from '../../src/export/run-set'
import { RUNS_KEY } from '../../src/persistence/run-storage'
import { useRunsStore } from '../../src/stores/runs'
import { useScenarioStore } from '../../src/stores/scenario'

const file = (text: string, name = 'runs.json') => new File([text], name, { type: 'application/json' })

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})

function pinTwo() {
  const scenario = useScenarioStore()
  const runs = useRunsStore()
  scenario.loadPreset('no-2017-enlargement')
  runs.pin('Without enlargement')
  scenario.loadPreset('qualified-majority')
  runs.pin('Majority')
  return runs
}

describe('run-set export and import', () => {
  it('exports the pinned runs with format, model version and seed, and imports them into a fresh browser', async () => {
    const download = vi.fn()
    const runs = pinTwo()
    const exported = useRunSetFile({ download, now: () => new Date('2025-05-06T07:08:09Z') })
    exported.exportRunSet()
    expect(download).toHaveBeenCalledOnce()
    const [name, text, mime] = download.mock.calls[0] as [string, string, string]
    expect(name).toBe('sco-runs-2025-05-06.json')
    expect(mime).toBe('application/json')
    expect(JSON.parse(text)).toMatchObject({ format: RUN_SET_FORMAT, schemaVersion: 1, modelVersion: MODEL_VERSION, runs: runs.stored })
    expect(exported.status.value).toEqual({ kind: 'exported', name, count: 2 })

    localStorage.clear()
    setActivePinia(createPinia())
    const fresh = useRunSetFile()
    expect(await fresh.importFile(file(text))).toBe(true)
    expect(useRunsStore().runs.map((r) => r.name)).toEqual(['Without enlargement', 'Majority'])
    expect(useRunsStore().runs[1]?.scenario.decisionRule.kind).toBe('qualified-majority')
    expect(JSON.parse(localStorage.getItem(RUNS_KEY) ?? '{}').runs).toHaveLength(2)
  })

  it('refuses a bad file with every problem named, and leaves the saved runs and storage untouched', async () => {
    const runs = pinTwo()
    const before = localStorage.getItem(RUNS_KEY)
    const names = runs.runs.map((r) => r.name)
    const { importFile, status } = useRunSetFile()
    const bad = JSON.stringify({ format: RUN_SET_FORMAT, schemaVersion: 1, modelVersion: 'x', runs: [{ id: 'run-1', name: '', d: { l: { chinaAttention: 9 } } }] })
    expect(await importFile(file(bad, 'bad.json'))).toBe(false)
    expect(status.value?.kind).toBe('refused')
    const issues = status.value?.kind === 'refused' ? status.value.issues.map((i) => i.path) : []
    expect(issues).toEqual(expect.arrayContaining(['runs[0].name', 'runs[0].d.l.chinaAttention']))
    expect(runs.runs.map((r) => r.name)).toEqual(names)
    expect(localStorage.getItem(RUNS_KEY)).toBe(before)

    expect(await importFile(file('not json at all', 'notes.txt'))).toBe(false)
    expect(status.value).toMatchObject({ kind: 'refused', name: 'notes.txt', issues: [{ path: 'file', message: 'is not JSON' }] })
    expect(localStorage.getItem(RUNS_KEY)).toBe(before)
  })

  it('refuses a file too large before reading it', async () => {
    const { importFile, status } = useRunSetFile()
    const big = new File(['x'.repeat(200_000)], 'big.json')
    const read = vi.spyOn(big, 'text')
    expect(await importFile(big)).toBe(false)
    expect(read).not.toHaveBeenCalled()
    expect(status.value?.kind === 'refused' && status.value.issues[0]?.message).toMatch(/too large/)
  })

  it('undoes an import, bringing back the runs pinned before', async () => {
    const runs = pinTwo()
    const { importFile, undoImport, canUndo } = useRunSetFile()
    const text = runSetJson([{ id: 'run-1', name: 'Imported', d: {} }], { modelVersion: MODEL_VERSION, seed: 1 })
    await importFile(file(text))
    expect(runs.runs.map((r) => r.name)).toEqual(['Imported'])
    expect(canUndo.value).toBe(true)
    undoImport()
    expect(runs.runs.map((r) => r.name)).toEqual(['Without enlargement', 'Majority'])
    expect(canUndo.value).toBe(false)
  })

  it('gives runs pinned after an import ids of their own', async () => {
    const runs = useRunsStore()
    const text = runSetJson(
      [
        { id: 'run-2', name: 'A', d: {} },
        { id: 'run-3', name: 'B', d: {} },
      ],
      { modelVersion: MODEL_VERSION, seed: 1 },
    )
    await useRunSetFile().importFile(file(text))
    runs.pin('C')
    expect(new Set(runs.runs.map((r) => r.id)).size).toBe(3)
  })
})
