/**
 * One key of the browser's storage, read and written without ever throwing: the pinned runs and the
 * user's lessons both go through here. Storage that is missing or cannot be read gives a notice
 * instead of data; a write reports a full store instead of failing silently.
 */
import type { InputIssue } from '../../models/index'

/** Why stored data could not be used. */
export interface StoreNotice {
  kind: 'corrupt' | 'unavailable'
  issues: InputIssue[]
}

/** The outcome of a write: done, or why not. */
export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' }

const unavailable = (message: string): StoreNotice => ({ kind: 'unavailable', issues: [{ path: 'storage', message }] })

/**
 * Read `key` and parse its text (null when nothing is stored). Where storage is missing or throws,
 * `empty` builds the result from the notice.
 */
export function readStore<T>(key: string, parse: (text: string | null) => T, empty: (notice: StoreNotice) => T, storage: Pick<Storage, 'getItem'> | undefined): T {
  if (!storage) return empty(unavailable('is not available in this browser'))
  try {
    return parse(storage.getItem(key))
  } catch {
    return empty(unavailable('could not be read'))
  }
}

/** Write `value` as JSON under `key`. */
export function writeStore(key: string, value: unknown, storage: Pick<Storage, 'setItem'> | undefined): WriteResult {
  if (!storage) return { ok: false, reason: 'unavailable' }
  try {
    storage.setItem(key, JSON.stringify(value))
    return { ok: true }
  } catch (error) {
    const quota = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
    return { ok: false, reason: quota ? 'quota' : 'unavailable' }
  }
}
