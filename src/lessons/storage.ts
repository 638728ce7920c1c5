/**
 * The user's own lessons in the browser's storage, with a schema version. Reading never throws: a
 * corrupt store gives a notice and no lessons, and the stored text is left untouched until the user
 * saves again; each lesson is checked like a lesson file, and one that no longer validates is set
 * aside with its problems rather than dropping the others.
 */
import { z } from 'zod'
import { checkWith, type InputIssue } from '../../models/index'
import { readStore, writeStore, type StoreNotice, type WriteResult } from '../persistence/browser-store'
import { parseLesson, type Lesson, type LessonContext } from './schema'

/** The storage key for the user's lessons. */
export const LESSONS_KEY = 'sco-scenario-lab:lessons'
/** The storage format. */
export const LESSONS_STORE_VERSION = 1
/** Most lessons kept in the browser. */
export const MAX_LESSONS = 30

const storeSchema = z.strictObject({
  schemaVersion: z.literal(LESSONS_STORE_VERSION),
  lessons: z.array(z.unknown()).max(MAX_LESSONS),
})

/** What reading the store gives: the lessons that validate, and a notice for anything that did not. */
export interface ReadLessons {
  lessons: Lesson[]
  notice: StoreNotice | null
}

/** Parse the stored text. */
export function parseStoredLessons(text: string | null, context: LessonContext): ReadLessons {
  if (text === null) return { lessons: [], notice: null }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { lessons: [], notice: { kind: 'corrupt', issues: [{ path: 'storage', message: 'is not JSON' }] } }
  }
  const store = checkWith(storeSchema, value)
  if (!store.ok) return { lessons: [], notice: { kind: 'corrupt', issues: store.issues } }
  const lessons: Lesson[] = []
  const issues: InputIssue[] = []
  store.value.lessons.forEach((raw, i) => {
    const parsed = parseLesson(raw, context)
    if (parsed.ok) lessons.push(parsed.lesson)
    else issues.push(...parsed.issues.map((issue) => ({ path: `lessons[${i}].${issue.path}`, message: issue.message })))
  })
  return { lessons, notice: issues.length ? { kind: 'corrupt', issues } : null }
}

/** Read the user's lessons from `storage` (default: localStorage). */
export function readLessons(context: LessonContext, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): ReadLessons {
  return readStore(LESSONS_KEY, (text) => parseStoredLessons(text, context), (notice) => ({ lessons: [], notice }), storage)
}

/** Write the user's lessons; returns a reason when the store is full or unavailable. */
export function writeLessons(lessons: readonly Lesson[], storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): WriteResult {
  return writeStore(LESSONS_KEY, { schemaVersion: LESSONS_STORE_VERSION, lessons: [...lessons] }, storage)
}
