import { describe, expect, it } from 'vitest'
import { loadProjectData, MODEL_VERSION, scenarioFor } from '../../models/index'
import { MAX_RUN_SET_BYTES, parseRunSet, RUN_SET_FORMAT, runSetFileName, runSetJson } from '../../src/export/run-set'
import type { StoredRun } from '../../src/persistence/scenario-codec'

const data = loadProjectData()
const titleOf = (presetId: string | undefined) => {
  const s = presetId ? scenarioFor(presetId, data) : undefined
  return s ? { id: s.id, title: s.title, description: s.description } : { id: 'custom', title: 'Custom scenario', description: '' }
}
const runs: StoredRun[] = [
  { id: 'run-1', name: 'Without 2017 enlargement', d: { p: 'no-2017-enlargement', m: { IND: null, PAK: null } } },
  { id: 'run-2', name: 'Majority', d: { r: { kind: 'qualified-majority', weighting: 'states', threshold: 0.67, unanimityForMembership: true }, l: { chinaAttention: 0.4 } } },
]
const valid = () => JSON.parse(runSetJson(runs, { modelVersion: MODEL_VERSION, seed: 7 })) as Record<string, unknown>
const read = (value: unknown) => parseRunSet(typeof value === 'string' ? value : JSON.stringify(value), data.baseline, titleOf)

describe('run-set files', () => {
  it('read back exactly the runs written, with format, version, model version and seed', () => {
    const text = runSetJson(runs, { modelVersion: MODEL_VERSION, seed: 7, exported: '2025-01-02T03:04:05.000Z' })
    const back = read(text)
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.file).toMatchObject({ format: RUN_SET_FORMAT, schemaVersion: 1, modelVersion: MODEL_VERSION, seed: 7 })
    expect(back.file.runs).toEqual(runs)
  })

  it('keep names from outside as plain strings (they are shown as text)', () => {
    const name = '<img src=x onerror="window.__pwned=1">'
    const back = read({ ...valid(), runs: [{ id: 'run-1', name, d: {} }] })
    expect(back.ok && back.file.runs[0]?.name).toBe(name)
  })

  it.each([
    { problem: 'not JSON', input: '{ "format": ', path: 'file', message: /not JSON/ },
    { problem: 'too large', input: ' '.repeat(MAX_RUN_SET_BYTES + 1), path: 'file', message: /too large/ },
    { problem: 'another format', input: { ...valid(), format: 'something-else' }, path: 'format', message: /./ },
    { problem: 'a future version', input: { ...valid(), schemaVersion: 2 }, path: 'schemaVersion', message: /./ },
    { problem: 'an unknown field', input: { ...valid(), script: '<script>' }, path: '', message: /unknown field\(s\): script/ },
    { problem: 'no runs', input: { ...valid(), runs: [] }, path: 'runs', message: /./ },
    { problem: 'five runs', input: { ...valid(), runs: [1, 2, 3, 4, 5].map((i) => ({ id: `run-${i}`, name: `R${i}`, d: {} })) }, path: 'runs', message: /./ },
    { problem: 'an empty name', input: { ...valid(), runs: [{ id: 'run-1', name: '', d: {} }] }, path: 'runs[0].name', message: /./ },
    { problem: 'a name too long', input: { ...valid(), runs: [{ id: 'run-1', name: 'x'.repeat(81), d: {} }] }, path: 'runs[0].name', message: /./ },
    { problem: 'a bad id', input: { ...valid(), runs: [{ id: 'Run 1!', name: 'A', d: {} }] }, path: 'runs[0].id', message: /./ },
    { problem: 'a lever out of range', input: { ...valid(), runs: [{ id: 'run-1', name: 'A', d: { l: { chinaAttention: 7 } } }] }, path: 'runs[0].d.l.chinaAttention', message: /./ },
    { problem: 'a lever that does not exist', input: { ...valid(), runs: [{ id: 'run-1', name: 'A', d: { l: { nuke: 1 } } }] }, path: 'runs[0].d.l', message: /nuke/ },
    { problem: 'a membership year out of range', input: { ...valid(), runs: [{ id: 'run-1', name: 'A', d: { m: { IND: 3000 } } }] }, path: 'runs[0].d.m.IND', message: /./ },
    {
      problem: 'repeated ids',
      input: { ...valid(), runs: [{ id: 'run-1', name: 'A', d: {} }, { id: 'run-1', name: 'B', d: {} }] },
      path: 'runs[1].id',
      message: /repeats the id of runs\[0\]/,
    },
    { problem: 'a scenario the model refuses', input: { ...valid(), runs: [{ id: 'run-1', name: 'A', d: { m: { XXA: 2020 } } }] }, path: /^runs\[0\]\.d/, message: /./ },
  ])('refuse $problem, naming $path', ({ input, path, message }) => {
    const back = read(input)
    expect(back.ok).toBe(false)
    if (back.ok) return
    const issue = back.issues.find((i) => (typeof path === 'string' ? i.path === path : path.test(i.path)))
    expect(issue, JSON.stringify(back.issues)).toBeDefined()
    expect(issue?.message).toMatch(message)
  })

  it('name files by date', () => {
    expect(runSetFileName(new Date('2025-03-01T12:00:00Z'))).toBe('sco-runs-2025-03-01.json')
  })
})
