import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadProjectData, simulate } from '../../models/index'
import { scenarioOfStep } from '../../src/lessons/schema'
import { projectLessonContext, shippedLessons } from '../../src/lessons/shipped'

const dir = fileURLToPath(new URL('../../data/lessons/', import.meta.url))
const sources = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/sources.json', import.meta.url)), 'utf8')) as { claims: { id: string }[] }
const claimIds = new Set(sources.claims.map((c) => c.id))
const data = loadProjectData()
const lessons = shippedLessons()

describe('the lessons that ship', () => {
  it('are every file in data/lessons, each valid, named by its id', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    expect(lessons.map((l) => `${l.id}.json`).sort()).toEqual(files)
  })

  it('cover the three topics of the issue', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(3)
    const titles = lessons.map((l) => l.title)
    expect(titles).toEqual(expect.arrayContaining(['Why the SCO never built its bank', 'What enlargement did to consensus', 'Central Asia between Russia and China']))
  })

  it.each(lessons.map((l) => [l.id, l] as const))('%s cites real claims in every step and in its notes', (_id, lesson) => {
    for (const step of lesson.steps) {
      expect(step.claims.length, step.title).toBeGreaterThan(0)
      for (const claim of step.claims) expect(claimIds.has(claim), `${step.title}: ${claim}`).toBe(true)
      // Claims named in the notes, e.g. "(RU-03)", exist too.
      for (const [claim] of step.notes.matchAll(/\b(?:ORG|RU|CN|CA|EN|EX)-\d{2}\b/g)) expect(claimIds.has(claim), `${step.title} notes: ${claim}`).toBe(true)
      expect(step.notes.length, `${step.title} has notes for the presenter`).toBeGreaterThan(100)
    }
    for (const question of lesson.questions) for (const [claim] of question.matchAll(/\b(?:ORG|RU|CN|CA|EN|EX)-\d{2}\b/g)) expect(claimIds.has(claim), claim).toBe(true)
  })

  it.each(lessons.map((l) => [l.id, l] as const))('%s ends with questions for discussion', (_id, lesson) => {
    expect(lesson.questions.length).toBeGreaterThanOrEqual(3)
    for (const q of lesson.questions) expect(q.trim().endsWith('?') || q.includes('?'), q).toBe(true)
  })

  it.each(lessons.map((l) => [l.id, l] as const))('%s keeps each takeaway to what fits on a slide', (_id, lesson) => {
    for (const step of lesson.steps) expect(step.takeaway.length, step.takeaway).toBeLessThanOrEqual(100)
  })

  // A lesson's notes say what the model shows; a model change that makes a note false fails here.
  it.each(lessons.map((l) => [l.id, l] as const))('%s: the model still gives the outcomes its notes describe', (_id, lesson) => {
    let checked = 0
    for (const step of lesson.steps) {
      const built = scenarioOfStep(step.scenario, projectLessonContext())
      expect(built.ok, step.title).toBe(true)
      if (!built.ok) continue
      const result = simulate(built.scenario, data)
      for (const watch of step.watch ?? []) {
        if (!watch.expect) continue
        const outcome = result.initiatives.find((i) => i.id === watch.initiative)?.outcome
        expect(outcome, `${step.title}: ${watch.initiative}`).toBe(watch.expect)
        checked += 1
      }
    }
    expect(checked).toBeGreaterThanOrEqual(lesson.steps.length)
  })
})
