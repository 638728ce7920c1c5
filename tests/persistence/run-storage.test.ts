import { describe, expect, it } from 'vitest'
import { RUNS_KEY, migrateV1, parseStoredRuns, readRuns, writeRuns } from '../../src/persistence/run-storage'

class MemoryStorage {
  items = new Map<string, string>()
  quota = Infinity
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError')
    this.items.set(key, value)
  }
}
const runs = [
  { id: 'run-1', name: 'Without the 2017 enlargement', d: { p: 'no-2017-enlargement', m: { IND: null, PAK: null } } },
  { id: 'run-2', name: 'Majority voting', d: { r: { kind: 'consensus-opt-out' as const } } },
]

describe('pinned runs in storage', () => {
  it('write and read back the current format', () => {
    const storage = new MemoryStorage()
    expect(writeRuns(runs, storage)).toEqual({ ok: true })
    expect(readRuns(storage)).toEqual({ runs, notice: null })
    expect(JSON.parse(storage.getItem(RUNS_KEY) ?? '{}').schemaVersion).toBe(2)
  })

  it('migrate version 1 (no ids) to version 2, keeping names and scenarios', () => {
    const v1 = { version: 1 as const, pins: [{ name: 'Old run', scenario: { l: { afghanThreat: 1.5 } } }] }
    expect(migrateV1(v1)).toEqual({ schemaVersion: 2, runs: [{ id: 'run-1', name: 'Old run', d: { l: { afghanThreat: 1.5 } } }] })
    expect(parseStoredRuns(JSON.stringify(v1)).runs[0]?.name).toBe('Old run')
  })

  it.each([
    { name: 'not JSON', text: '{oops' },
    { name: 'an unknown version', text: JSON.stringify({ schemaVersion: 7, runs: [] }) },
    { name: 'a bad lever in a run', text: JSON.stringify({ schemaVersion: 2, runs: [{ id: 'a', name: 'x', d: { l: { afghanThreat: 'lots' } } }] }) },
  ])('give a notice for a corrupt store ($name) and leave its text untouched', ({ text }) => {
    const storage = new MemoryStorage()
    storage.items.set(RUNS_KEY, text)
    const result = readRuns(storage)
    expect(result.runs).toEqual([])
    expect(result.notice?.kind).toBe('corrupt')
    expect(storage.getItem(RUNS_KEY)).toBe(text)
  })

  it('report a full store without losing what was saved', () => {
    const storage = new MemoryStorage()
    writeRuns(runs.slice(0, 1), storage)
    const before = storage.getItem(RUNS_KEY)
    storage.quota = 10
    expect(writeRuns(runs, storage)).toEqual({ ok: false, reason: 'quota' })
    expect(storage.getItem(RUNS_KEY)).toBe(before)
  })

  it('say when storage is unavailable', () => {
    expect(readRuns(undefined).notice?.kind).toBe('unavailable')
    expect(writeRuns(runs, undefined)).toEqual({ ok: false, reason: 'unavailable' })
  })
})
