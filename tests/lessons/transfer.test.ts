import { compressToEncodedURIComponent } from 'lz-string'
import { describe, expect, it } from 'vitest'
import { parseLessonText, type Lesson } from '../../src/lessons/schema'
import { projectLessonContext, shippedLessons } from '../../src/lessons/shipped'
import { lessonFileName, lessonFileText, lessonFromSearch, lessonParam, lessonUrl, withoutLessonParam } from '../../src/lessons/transfer'

const context = projectLessonContext()
const shipped = shippedLessons()
const shippedIds = new Set(shipped.map((l) => l.id))
const mine: Lesson = {
  schemaVersion: 1,
  id: 'my-rift',
  title: 'My rift & its <costs>',
  summary: '',
  steps: [{ title: 'Rift', scenario: { preset: 'russia-china-rift' }, takeaway: 'It costs.', notes: 'Say it.', claims: ['ORG-07'] }],
  questions: ['Who pays?'],
}

describe('lessons as files and links', () => {
  it('writes a file that reads back as the same lesson, under a safe name', () => {
    const read = parseLessonText(lessonFileText(mine), context)
    expect(read).toEqual({ ok: true, lesson: mine })
    expect(lessonFileName(mine)).toBe('my-rift-its-costs.lesson.json')
  })

  it('links a shipped lesson by its id, and any other lesson whole', () => {
    const bank = shipped.find((l) => l.id === 'sco-bank')
    if (!bank) throw new Error('sco-bank missing')
    expect(lessonParam(bank, shippedIds)).toBe('sco-bank')
    expect(lessonUrl('https://example.org/lab/?presenter#v1=abc', bank, shippedIds)).toBe('https://example.org/lab/?lesson=sco-bank')
    const url = new URL(lessonUrl('https://example.org/lab/', mine, shippedIds))
    expect(url.searchParams.get('lesson')).toMatch(/^v1\./)
    expect(lessonFromSearch(url.search, context, shipped)).toEqual({ kind: 'lesson', lesson: mine, shipped: false })
    expect(lessonFromSearch('?lesson=sco-bank', context, shipped)).toEqual({ kind: 'lesson', lesson: bank, shipped: true })
  })

  it('says nothing when the link has no lesson', () => {
    expect(lessonFromSearch('?presenter', context, shipped)).toEqual({ kind: 'none' })
  })

  it.each([
    { name: 'an unknown lesson name', search: '?lesson=no-such-lesson', message: /names no lesson of this app/ },
    { name: 'a newer link version', search: '?lesson=v2.abc', message: /version 2; this app reads version 1/ },
    { name: 'a damaged link', search: '?lesson=v1.%%%%', message: /damaged/ },
    { name: 'a link whose lesson is not JSON', search: `?lesson=v1.${compressToEncodedURIComponent('not json')}`, message: /not JSON/ },
  ])('refuses $name with a reason', ({ search, message }) => {
    const read = lessonFromSearch(search, context, shipped)
    expect(read.kind).toBe('invalid')
    if (read.kind === 'invalid') expect(read.issues[0]?.message).toMatch(message)
  })

  it('refuses a linked lesson that fails the format, naming the field', () => {
    const bad = { ...mine, steps: [{ ...mine.steps[0], claims: ['ZZ-01'] }] }
    const read = lessonFromSearch(`?lesson=v1.${compressToEncodedURIComponent(JSON.stringify(bad))}`, context, shipped)
    expect(read).toMatchObject({ kind: 'invalid', issues: [{ path: 'steps[0].claims[0]' }] })
  })

  it('tidies the lesson out of the address, keeping the rest', () => {
    expect(withoutLessonParam('https://example.org/lab/?lesson=sco-bank&x=1#v1=abc')).toBe('https://example.org/lab/?x=1#v1=abc')
  })
})
