/**
 * What a presentation shows, as plain data: the deck's sources (one per slide, each with its
 * scenario in the compact link form), so the audience and presenter windows can exchange it over a
 * channel and each build the same slides. Built from the pinned runs in order, or from a lesson.
 */
import { z } from 'zod'
import { OUTCOMES, type Scenario } from '../../models/index'
import { scenarioDeltaSchema, toDelta, type ScenarioDelta } from '../persistence/scenario-codec'
import { scenarioOfStep, type Lesson, type LessonContext, type WatchItem } from '../lessons/schema'

/** One scenario slide's source. */
export interface SlideSource {
  /** Stable within the deck (a run id, or the lesson step's number). */
  key: string
  title: string
  /** The scenario as it differs from history, with the preset it started from. */
  d: ScenarioDelta
  /** The author's one-line takeaway; empty: the app writes one from the results. */
  takeaway: string
  /** Speaker notes, shown only in the presenter view. */
  notes: string
  claims: string[]
  watch: WatchItem[]
  /** Reveal the comparison with the previous slide as a second step of this one. */
  compareWithPrevious: boolean
}

/** A whole deck: where it comes from, its scenario slides, and closing questions. */
export interface DeckSource {
  origin: { kind: 'pins' } | { kind: 'lesson'; lessonId: string }
  title: string
  summary: string
  slides: SlideSource[]
  questions: string[]
}

const text = (max: number) => z.string().max(max)

/** Schema of a slide source (for messages from the other window). */
export const slideSourceSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9:-]{1,80}$/),
  title: text(120).min(1),
  d: scenarioDeltaSchema,
  takeaway: text(200),
  notes: text(4000),
  claims: z.array(z.string().max(12)).max(12),
  watch: z.array(z.strictObject({ initiative: z.string().max(120), expect: z.enum(OUTCOMES).optional() })).max(4),
  compareWithPrevious: z.boolean(),
}) satisfies z.ZodType<SlideSource>

/** Schema of a deck (for messages from the other window). */
export const deckSourceSchema = z.strictObject({
  origin: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('pins') }),
    z.strictObject({ kind: z.literal('lesson'), lessonId: z.string().max(60) }),
  ]),
  title: text(120),
  summary: text(600),
  slides: z.array(slideSourceSchema).min(1).max(12),
  questions: z.array(text(400)).max(12),
}) satisfies z.ZodType<DeckSource>

/** The parts of a pinned run a deck needs. */
export interface PinnedRunLike {
  id: string
  name: string
  scenario: Scenario
  presetId: string
}

/**
 * Build a deck from pinned runs, in their order: every slide after the first can reveal its
 * comparison with the one before. With no pins, the scenario being edited is the one slide.
 */
export function deckFromRuns(
  runs: readonly PinnedRunLike[],
  current: { scenario: Scenario; presetId: string; title: string },
  baseline: Scenario,
  deckTitle: string,
): DeckSource {
  const list = runs.length ? runs : [{ id: 'current', name: current.title, scenario: current.scenario, presetId: current.presetId }]
  return {
    origin: { kind: 'pins' },
    title: deckTitle,
    summary: '',
    slides: list.map((run, i) => ({
      key: run.id.toLowerCase().replace(/[^a-z0-9:-]/g, '-').slice(0, 80) || `slide-${i + 1}`,
      title: run.name.slice(0, 120) || `${i + 1}`,
      d: toDelta(run.scenario, baseline, run.presetId),
      takeaway: '',
      notes: '',
      claims: [...run.scenario.claims].slice(0, 12),
      watch: [],
      compareWithPrevious: i > 0,
    })),
    questions: [],
  }
}

/** Build a deck from a lesson: one slide per step (steps whose scenario fails to build are skipped). */
export function deckFromLesson(lesson: Lesson, context: LessonContext): DeckSource {
  const slides: SlideSource[] = []
  lesson.steps.forEach((step, i) => {
    const built = scenarioOfStep(step.scenario, context)
    if (!built.ok) return
    slides.push({
      key: `step-${i + 1}`,
      title: step.title,
      d: toDelta(built.scenario, context.baseline, built.presetId),
      takeaway: step.takeaway,
      notes: step.notes,
      claims: step.claims,
      watch: step.watch ?? [],
      compareWithPrevious: step.compareWithPrevious ?? false,
    })
  })
  return { origin: { kind: 'lesson', lessonId: lesson.id }, title: lesson.title, summary: lesson.summary, slides, questions: lesson.questions }
}
