import { describe, expect, it } from 'vitest'
import type { Lesson } from '../../src/lessons/schema'
import { projectLessonContext } from '../../src/lessons/shipped'
import { LESSONS_KEY, parseStoredLessons, readLessons, writeLessons } from '../../src/lessons/storage'

const context = projectLessonContext()
const lesson = (id: string): Lesson => ({
  schemaVersion: 1,
  id,
  title: `Lesson ${id}`,
  summary: '',
  steps: [{ title: 'History', scenario: {}, takeaway: '', notes: '', claims: [] }],
  questions: [],
})

/** A storage in memory. */
function memory(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items }
}

describe("the user's lessons in the browser", () => {
  it('write and read back', () => {
    const storage = memory()
    expect(writeLessons([lesson('a'), lesson('b')], storage)).toEqual({ ok: true })
    expect(readLessons(context, storage)).toEqual({ lessons: [lesson('a'), lesson('b')], notice: null })
  })

  it('read nothing, without a notice, from an empty store', () => {
    expect(readLessons(context, memory())).toEqual({ lessons: [], notice: null })
  })

  it('give a notice for a store that is not JSON, and leave it as it is', () => {
    const storage = memory({ [LESSONS_KEY]: '{oops' })
    expect(readLessons(context, storage)).toMatchObject({ lessons: [], notice: { kind: 'corrupt', issues: [{ path: 'storage' }] } })
    expect(storage.items.get(LESSONS_KEY)).toBe('{oops')
  })

  it('keep the lessons that validate and name the one that does not', () => {
    const bad = { ...lesson('c'), steps: [] }
    const read = parseStoredLessons(JSON.stringify({ schemaVersion: 1, lessons: [lesson('a'), bad] }), context)
    expect(read.lessons.map((l) => l.id)).toEqual(['a'])
    expect(read.notice).toMatchObject({ kind: 'corrupt', issues: [{ path: 'lessons[1].steps' }] })
  })

  it('report a full store instead of failing silently', () => {
    const full = { setItem: () => { throw new DOMException('full', 'QuotaExceededError') } }
    expect(writeLessons([lesson('a')], full)).toEqual({ ok: false, reason: 'quota' })
  })
})
