import { describe, expect, it } from 'vitest'
import { loadProjectData, scenarioFor, simulate } from '../../models/index'
import { projectLessonContext, shippedLessons } from '../../src/lessons/shipped'
import { deckFromLesson, deckFromRuns, deckSourceSchema } from '../../src/present/deck'
import { baselineResult, buildSlides, direction, finalCohesion, outcomeChanges, outcomeTotals, watchedOutcomes, type ScenarioSlide } from '../../src/present/slides'

const data = loadProjectData()
const preset = (id: string) => {
  const s = scenarioFor(id, data)
  if (!s) throw new Error(`no preset ${id}`)
  return s
}
const runs = [
  { id: 'run-2', name: 'Without India and Pakistan', scenario: preset('no-2017-enlargement'), presetId: 'no-2017-enlargement' },
  { id: 'run-1', name: 'Majority', scenario: preset('qualified-majority'), presetId: 'qualified-majority' },
]
const current = { scenario: data.baseline, presetId: 'baseline', title: data.baseline.title }

describe('a deck of pinned runs', () => {
  const deck = deckFromRuns(runs, current, data.baseline, 'Pinned runs')

  it('has one slide per run, in the runs’ order, each after the first revealing its comparison', () => {
    expect(deck.slides.map((s) => [s.key, s.title, s.compareWithPrevious])).toEqual([
      ['run-2', 'Without India and Pakistan', false],
      ['run-1', 'Majority', true],
    ])
    expect(deck.slides[0]?.d).toEqual({ p: 'no-2017-enlargement', m: { IND: null, PAK: null } })
    expect(deckSourceSchema.safeParse(deck).success).toBe(true)
  })

  it('shows the scenario being edited when nothing is pinned', () => {
    const one = deckFromRuns([], current, data.baseline, 'Pinned runs')
    expect(one.slides).toHaveLength(1)
    expect(one.slides[0]).toMatchObject({ key: 'current', title: data.baseline.title, d: {} })
  })

  it('builds scenario slides with their runs, each knowing the slide before it', () => {
    const slides = buildSlides(deck, data)
    expect(slides.map((s) => s.kind)).toEqual(['scenario', 'scenario'])
    const [first, second] = slides as ScenarioSlide[]
    expect(first?.previous).toBeNull()
    expect(first?.steps).toBe(1)
    expect(second?.steps).toBe(2)
    expect(second?.previous?.title).toBe('Without India and Pakistan')
    expect(second?.result).toEqual(simulate(preset('qualified-majority'), data))
  })
})

describe('a deck from a lesson', () => {
  const lesson = shippedLessons().find((l) => l.id === 'sco-bank')
  if (!lesson) throw new Error('sco-bank missing')
  const deck = deckFromLesson(lesson, projectLessonContext())
  const slides = buildSlides(deck, data)

  it('opens with the title, has a slide per step, and ends with the questions', () => {
    expect(slides[0]).toMatchObject({ kind: 'title', title: lesson.title, count: lesson.steps.length })
    expect(slides.filter((s) => s.kind === 'scenario')).toHaveLength(lesson.steps.length)
    expect(slides[slides.length - 1]).toMatchObject({ kind: 'questions', questions: lesson.questions })
  })

  it('keeps each step’s takeaway, notes, claims and comparison', () => {
    const scenarios = slides.filter((s): s is ScenarioSlide => s.kind === 'scenario')
    lesson.steps.forEach((step, i) => {
      expect(scenarios[i]?.source).toMatchObject({ title: step.title, takeaway: step.takeaway, notes: step.notes, claims: step.claims })
      expect(scenarios[i]?.steps).toBe(i > 0 && step.compareWithPrevious ? 2 : 1)
    })
    expect(deckSourceSchema.safeParse(deck).success).toBe(true)
  })

  it('resolves watched initiatives against history and against the previous slide', () => {
    const scenarios = slides.filter((s): s is ScenarioSlide => s.kind === 'scenario')
    const relents = scenarios[2]
    if (!relents?.previous) throw new Error('third step missing')
    const vsHistory = watchedOutcomes(relents, baselineResult(data), data.initiatives)
    expect(vsHistory.find((w) => w.id === 'development-bank')).toMatchObject({ title: 'SCO Development Bank', outcome: 'adopted', reference: 'vetoed' })
    const vsPrevious = watchedOutcomes(relents, relents.previous.result, data.initiatives)
    expect(vsPrevious.find((w) => w.id === 'special-account')).toMatchObject({ outcome: 'adopted', reference: 'adopted-with-reservations' })
  })
})

describe('comparing runs', () => {
  const history = baselineResult(data)
  const noEnlargement = simulate(preset('no-2017-enlargement'), data)

  it('lists the outcomes that differ, in the order they were tabled', () => {
    const changes = outcomeChanges(history, noEnlargement, data.initiatives)
    expect(changes.map((c) => c.id)).toContain('india-membership')
    expect(changes.find((c) => c.id === 'india-membership')).toMatchObject({ from: 'adopted', to: 'vetoed' })
    const years = changes.map((c) => c.yearProposed)
    expect(years).toEqual([...years].sort((a, b) => a - b))
    expect(outcomeChanges(history, history, data.initiatives)).toEqual([])
  })

  it('tells a better outcome from a worse one', () => {
    expect(direction('vetoed', 'adopted')).toBe(1)
    expect(direction('adopted', 'diluted')).toBe(-1)
    expect(direction('delayed', 'delayed')).toBe(0)
    expect(direction(null, 'adopted')).toBe(0)
  })

  it('gives the last year’s cohesion beside the reference', () => {
    const last = noEnlargement.years[noEnlargement.years.length - 1]
    expect(finalCohesion(noEnlargement, history)).toEqual({ year: last?.year, value: last?.cohesion, reference: history.years.find((y) => y.year === last?.year)?.cohesion })
  })

  it('counts every initiative once in the totals', () => {
    const totals = outcomeTotals(noEnlargement)
    expect(Object.values(totals).reduce((a, b) => a + b, 0)).toBe(noEnlargement.initiatives.length)
  })
})
