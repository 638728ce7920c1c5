// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { RUNS_KEY } from '../../src/persistence/run-storage'
import { MAX_PINNED, useRunsStore } from '../../src/stores/runs'
import { useScenarioStore } from '../../src/stores/scenario'

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})

describe('pinned runs', () => {
  it('pin the scenario being edited, persist it, and read it back in a new session', () => {
    const scenario = useScenarioStore()
    scenario.loadPreset('no-2017-enlargement')
    const runs = useRunsStore()
    expect(runs.pin('Without India and Pakistan')).toBe(true)
    setActivePinia(createPinia())
    const again = useRunsStore()
    again.load()
    expect(again.runs.map((r) => r.name)).toEqual(['Without India and Pakistan'])
    expect(again.runs[0]?.scenario.events.some((e) => e.kind === 'accession' && e.actor === 'IND' && e.status === 'member')).toBe(false)
  })

  it('keep at most four runs and say so', () => {
    const runs = useRunsStore()
    for (let i = 0; i < MAX_PINNED; i++) expect(runs.pin(`Run ${i}`)).toBe(true)
    expect(runs.pin('One too many')).toBe(false)
    expect(runs.notice?.kind).toBe('full')
    expect(runs.runs).toHaveLength(MAX_PINNED)
  })

  it('rename, reorder and remove runs', () => {
    const runs = useRunsStore()
    runs.pin('A')
    runs.pin('B')
    const [a, b] = runs.runs
    runs.rename(a?.id ?? '', '  Renamed  ')
    runs.move(b?.id ?? '', -1)
    expect(runs.runs.map((r) => r.name)).toEqual(['B', 'Renamed'])
    runs.remove(b?.id ?? '')
    expect(runs.runs.map((r) => r.name)).toEqual(['Renamed'])
  })

  it('open a run for editing as one undo step', () => {
    const scenario = useScenarioStore()
    const runs = useRunsStore()
    scenario.loadPreset('qualified-majority')
    runs.pin('QMV')
    scenario.reset()
    runs.open(runs.runs[0]?.id ?? '')
    expect(scenario.scenario.decisionRule.kind).toBe('qualified-majority')
    scenario.undo()
    expect(scenario.scenario.decisionRule.kind).toBe('consensus')
  })

  it('give a notice for a corrupt store and leave its text as it was', () => {
    localStorage.setItem(RUNS_KEY, '{not json')
    const runs = useRunsStore()
    runs.load()
    expect(runs.notice?.kind).toBe('corrupt')
    expect(runs.runs).toEqual([])
    expect(localStorage.getItem(RUNS_KEY)).toBe('{not json')
  })
})
