/**
 * Pinned runs in the browser's storage, with a schema version and migrations. Reading never throws:
 * a corrupt or unreadable store gives a notice and an empty list, and the stored text is left as it
 * was (nothing already saved is overwritten until the user saves again). Writing reports a full
 * store instead of failing silently.
 */
import { z } from 'zod'
import { checkWith } from '../../models/index'
import { readStore, writeStore, type StoreNotice, type WriteResult } from './browser-store'
import { pinnedRunSchema, scenarioDeltaSchema, type StoredRun } from './scenario-codec'

/** The storage key for pinned runs. */
export const RUNS_KEY = 'sco-scenario-lab:runs'
/** The current storage format. */
export const RUNS_VERSION = 2

/**
 * Version 1, the first draft of this format, stored `{ version: 1, pins: [{ name, scenario }] }`
 * without ids. No released build wrote it, but its migration is kept and tested so the next format
 * change has a path to follow. Version 2 adds stable ids (for renaming and reordering) and the
 * compact scenario form shared with links.
 */
const v1Schema = z.strictObject({
  version: z.literal(1),
  pins: z.array(z.strictObject({ name: z.string().min(1).max(80), scenario: scenarioDeltaSchema })).max(4),
})
const v2Schema = z.strictObject({ schemaVersion: z.literal(2), runs: z.array(pinnedRunSchema).max(4) })
export type StoredRuns = z.infer<typeof v2Schema>

/** Migrate version 1 to version 2: keep names and scenarios, give each run an id. */
export function migrateV1(v1: z.infer<typeof v1Schema>): StoredRuns {
  return { schemaVersion: 2, runs: v1.pins.map((p, i) => ({ id: `run-${i + 1}`, name: p.name, d: p.scenario })) }
}

/** The outcome of reading the store. */
export type ReadResult = { runs: StoredRun[]; notice: null } | { runs: StoredRun[]; notice: StoreNotice }

/** Parse stored text of any known version into the current format. */
export function parseStoredRuns(text: string | null): ReadResult {
  if (text === null) return { runs: [], notice: null }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { runs: [], notice: { kind: 'corrupt', issues: [{ path: 'storage', message: 'is not JSON' }] } }
  }
  const current = checkWith(v2Schema, value)
  if (current.ok) return { runs: current.value.runs, notice: null }
  const old = checkWith(v1Schema, value)
  if (old.ok) return { runs: migrateV1(old.value).runs, notice: null }
  return { runs: [], notice: { kind: 'corrupt', issues: current.issues } }
}

/** Read pinned runs from `storage` (default: localStorage). */
export function readRuns(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): ReadResult {
  return readStore(RUNS_KEY, parseStoredRuns, (notice): ReadResult => ({ runs: [], notice }), storage)
}

/** Write pinned runs; returns false with a reason when the store is full or unavailable. */
export function writeRuns(runs: readonly StoredRun[], storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): WriteResult {
  return writeStore(RUNS_KEY, { schemaVersion: RUNS_VERSION, runs: [...runs] } satisfies StoredRuns, storage)
}
