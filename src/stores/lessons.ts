/**
 * Lessons: the ones that ship with the app (read-only) and the user's own, saved in the browser.
 * Every change goes through the lesson schema, so what is saved always reads back; a lesson that
 * arrives by link is held as an offer until the user presents or saves it.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { InputIssue, Scenario } from '../../models/index'
import { fileStem } from '../export/download'
import { lessonScenarioOf, parseLesson, parseLessonText, LESSON_VERSION, type Lesson, type LessonStep } from '../lessons/schema'
import { projectLessonContext, shippedLessons } from '../lessons/shipped'
import { MAX_LESSONS, readLessons, writeLessons } from '../lessons/storage'
import type { LessonFromLink } from '../lessons/transfer'

/** Why lessons could not be read or saved, for a notice; null when all is well. */
export type LessonsNotice = { kind: 'corrupt' | 'unavailable' | 'quota' | 'full'; issues: InputIssue[] } | null

/** A run to save as a lesson step. */
export interface RunForLesson {
  name: string
  scenario: Scenario
  presetId: string
  takeaway?: string
}

export const useLessonsStore = defineStore('lessons', () => {
  const context = projectLessonContext()
  /** Lessons that ship with the app. */
  const shipped = shippedLessons()
  const shippedIds = new Set(shipped.map((l) => l.id))
  /** The user's own lessons. */
  const mine = shallowRef<Lesson[]>([])
  const notice = ref<LessonsNotice>(null)
  /** A lesson that came with the link the app was opened with, until the user acts on it. */
  const offer = shallowRef<LessonFromLink>({ kind: 'none' })

  const all = computed<Lesson[]>(() => [...shipped, ...mine.value])
  const byId = (id: string): Lesson | undefined => all.value.find((l) => l.id === id)
  const isShipped = (id: string): boolean => shippedIds.has(id)

  function uniqueId(wanted: string): string {
    const stem = fileStem(wanted).slice(0, 52) || 'my-lesson'
    const base = stem === 'export' ? 'my-lesson' : stem
    let id = base
    for (let i = 2; byId(id); i++) id = `${base}-${i}`
    return id
  }

  function persist(next: Lesson[]): boolean {
    const written = writeLessons(next)
    if (!written.ok) {
      notice.value = { kind: written.reason, issues: [] }
      return false
    }
    mine.value = next
    return true
  }

  /** Read the user's lessons from storage; a corrupt store gives a notice and is left as it is. */
  function load(): void {
    const read = readLessons(context)
    mine.value = read.lessons
    notice.value = read.notice
  }

  /** Add a lesson as the user's own (a new id if the id is taken); returns the saved lesson or the problems. */
  function add(candidate: Lesson): { ok: true; lesson: Lesson } | { ok: false; issues: InputIssue[] } {
    if (mine.value.length >= MAX_LESSONS) {
      notice.value = { kind: 'full', issues: [] }
      return { ok: false, issues: [{ path: 'lessons', message: `at most ${MAX_LESSONS} lessons can be kept in this browser` }] }
    }
    const lesson = { ...candidate, id: byId(candidate.id) ? uniqueId(candidate.id) : candidate.id }
    const checked = parseLesson(lesson, context)
    if (!checked.ok) return checked
    if (!persist([...mine.value, checked.lesson])) return { ok: false, issues: [{ path: 'storage', message: 'the browser refused to save' }] }
    return { ok: true, lesson: checked.lesson }
  }

  /** Save runs (the pinned runs, in order) as a new lesson of the user's. */
  function saveFromRuns(title: string, runs: readonly RunForLesson[]) {
    const steps: LessonStep[] = runs.slice(0, 12).map((run, i) => ({
      title: run.name.slice(0, 120),
      scenario: lessonScenarioOf(run.scenario, run.presetId, context),
      takeaway: (run.takeaway ?? '').slice(0, 200),
      notes: '',
      claims: run.scenario.claims.filter((c) => context.claimIds.has(c)).slice(0, 12),
      ...(i > 0 ? { compareWithPrevious: true } : {}),
    }))
    const clean = title.trim().slice(0, 120)
    return add({ schemaVersion: LESSON_VERSION, id: uniqueId(clean), title: clean, summary: '', steps, questions: [] })
  }

  /** Replace one of the user's lessons (validated first; nothing is saved if it fails). */
  function update(lesson: Lesson): { ok: true } | { ok: false; issues: InputIssue[] } {
    if (!mine.value.some((l) => l.id === lesson.id)) return { ok: false, issues: [{ path: 'id', message: 'is not one of your lessons' }] }
    const checked = parseLesson(lesson, context)
    if (!checked.ok) return checked
    if (!persist(mine.value.map((l) => (l.id === lesson.id ? checked.lesson : l)))) return { ok: false, issues: [{ path: 'storage', message: 'the browser refused to save' }] }
    return { ok: true }
  }

  /** Copy a lesson (e.g. a shipped one) into the user's lessons, to edit it. */
  function duplicate(id: string, titleSuffix: string) {
    const source = byId(id)
    if (!source) return { ok: false as const, issues: [{ path: 'id', message: 'names no lesson' }] }
    const title = `${source.title.slice(0, 120 - titleSuffix.length - 1)} ${titleSuffix}`
    return add({ ...source, id: uniqueId(`${source.id}-copy`), title })
  }

  /** Delete one of the user's lessons. */
  function remove(id: string): void {
    persist(mine.value.filter((l) => l.id !== id))
  }

  /** Import a lesson file's text; every problem is returned with its path, and nothing is saved unless it is valid. */
  function importText(text: string) {
    const parsed = parseLessonText(text, context)
    return parsed.ok ? add(parsed.lesson) : parsed
  }

  /** Clear the notice once the user has read it. */
  function dismissNotice(): void {
    notice.value = null
  }

  /** Hold (or, with `none`, drop) the lesson a link offered. */
  function setOffer(next: LessonFromLink): void {
    offer.value = next
  }

  return { shipped, mine, all, notice, offer, shippedIds, byId, isShipped, load, add, saveFromRuns, update, duplicate, remove, importText, dismissNotice, setOffer }
})
