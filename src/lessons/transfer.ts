/**
 * Lessons on the move: as a JSON file, and as a link. A shipped lesson's link names it
 * (`?lesson=sco-bank`); any other lesson travels whole, compressed into the link
 * (`?lesson=v1.…`). The query is used rather than the fragment, which belongs to the scenario link.
 * Everything coming in goes through `parseLesson`.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'
import type { InputIssue } from '../../models/index'
import { fileStem } from '../export/download'
import { LESSON_VERSION, parseLesson, type Lesson, type LessonContext } from './schema'

/** The query parameter that carries a lesson. */
export const LESSON_PARAM = 'lesson'

/** The lesson as the text of a file (pretty-printed JSON). */
export function lessonFileText(lesson: Lesson): string {
  return `${JSON.stringify(lesson, null, 2)}\n`
}

/** A file name for the lesson ("Why the SCO never built its bank" → "why-the-sco-never-built-its-bank.lesson.json"). */
export function lessonFileName(lesson: Lesson): string {
  return `${fileStem(lesson.title)}.lesson.json`
}

/** The query value for a lesson: its id if it ships with the app, otherwise the whole lesson. */
export function lessonParam(lesson: Lesson, shippedIds: ReadonlySet<string>): string {
  if (shippedIds.has(lesson.id)) return lesson.id
  return `v${LESSON_VERSION}.${compressToEncodedURIComponent(JSON.stringify(lesson))}`
}

/** A full link to open the app with the lesson offered. */
export function lessonUrl(base: string, lesson: Lesson, shippedIds: ReadonlySet<string>): string {
  const url = new URL(base)
  url.hash = ''
  url.search = ''
  url.searchParams.set(LESSON_PARAM, lessonParam(lesson, shippedIds))
  return url.toString()
}

/** What a link's lesson parameter held. */
export type LessonFromLink =
  | { kind: 'none' }
  | { kind: 'lesson'; lesson: Lesson; shipped: boolean }
  | { kind: 'invalid'; issues: InputIssue[] }

/** Read the lesson a link carries (the `search` part of a URL). */
export function lessonFromSearch(search: string, context: LessonContext, shipped: readonly Lesson[]): LessonFromLink {
  const value = new URLSearchParams(search).get(LESSON_PARAM)
  if (value === null) return { kind: 'none' }
  const known = shipped.find((l) => l.id === value)
  if (known) return { kind: 'lesson', lesson: known, shipped: true }
  const match = /^v(\d+)\.(.+)$/s.exec(value)
  if (!match) return { kind: 'invalid', issues: [{ path: 'link', message: `names no lesson of this app ("${value.slice(0, 60)}")` }] }
  if (Number(match[1]) !== LESSON_VERSION) {
    return { kind: 'invalid', issues: [{ path: 'link', message: `has lesson version ${match[1]}; this app reads version ${LESSON_VERSION}` }] }
  }
  let json: string | null = null
  try {
    json = decompressFromEncodedURIComponent(match[2] ?? '')
  } catch {
    // lz-string throws on some malformed input instead of returning null.
    json = null
  }
  if (!json) return { kind: 'invalid', issues: [{ path: 'link', message: 'is damaged: its lesson could not be decompressed' }] }
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return { kind: 'invalid', issues: [{ path: 'link', message: 'is damaged: its lesson is not JSON' }] }
  }
  const lesson = parseLesson(parsed, context)
  return lesson.ok ? { kind: 'lesson', lesson: lesson.lesson, shipped: false } : { kind: 'invalid', issues: lesson.issues }
}

/** The URL without its lesson parameter (to tidy the address bar once the lesson is taken in). */
export function withoutLessonParam(href: string): string {
  const url = new URL(href)
  url.searchParams.delete(LESSON_PARAM)
  return url.toString()
}
