/**
 * From a deck's sources to slides: each scenario slide rebuilt from its link form, run through the
 * model, and set beside the baseline and the slide before it. Pure: the same deck gives the same
 * slides in the audience window, the presenter window and the tests.
 */
import { simulate, type Initiative, type Outcome, type ProjectData, type Scenario, type SimulationResult } from '../../models/index'
import { fromDelta } from '../persistence/scenario-codec'
import type { DeckSource, SlideSource } from './deck'

/** A scenario slide: its source, its scenario and run, and the run of the slide before it. */
export interface ScenarioSlide {
  kind: 'scenario'
  key: string
  /** 1-based number among the deck's scenario slides. */
  number: number
  source: SlideSource
  scenario: Scenario
  presetId: string
  result: SimulationResult
  previous: { title: string; result: SimulationResult } | null
  /** Clicks on this slide: 2 when it reveals the comparison with the previous slide. */
  steps: 1 | 2
}

/** One slide of a presentation. */
export type Slide =
  | { kind: 'title'; key: 'title'; title: string; summary: string; count: number; steps: 1 }
  | ScenarioSlide
  | { kind: 'questions'; key: 'questions'; title: string; questions: string[]; steps: 1 }

/** The baseline's run, computed once per data set. */
const baselineRuns = new WeakMap<ProjectData, SimulationResult>()

/** Return the run of history as it happened (cached). */
export function baselineResult(data: ProjectData): SimulationResult {
  let run = baselineRuns.get(data)
  if (!run) {
    run = simulate(data.baseline, data)
    baselineRuns.set(data, run)
  }
  return run
}

/** Build the slides of a deck: a title slide for a lesson, one per scenario, and the questions. */
export function buildSlides(deck: DeckSource, data: ProjectData): Slide[] {
  const titleOf = (presetId: string | undefined) => {
    const preset = data.presets.find((p) => p.id === presetId)
    return preset ? { id: preset.id, title: preset.title, description: preset.description } : { id: data.baseline.id, title: data.baseline.title, description: data.baseline.description }
  }
  const slides: Slide[] = []
  if (deck.origin.kind === 'lesson') slides.push({ kind: 'title', key: 'title', title: deck.title, summary: deck.summary, count: deck.slides.length, steps: 1 })
  let previous: ScenarioSlide | null = null
  let number = 0
  for (const source of deck.slides) {
    const rebuilt = fromDelta(source.d, data.baseline, titleOf)
    if (!rebuilt.ok) continue
    number += 1
    const result = simulate(rebuilt.scenario, data)
    const slide: ScenarioSlide = {
      kind: 'scenario',
      key: source.key,
      number,
      source,
      scenario: rebuilt.scenario,
      presetId: source.d.p ?? data.baseline.id,
      result,
      previous: previous ? { title: previous.source.title, result: previous.result } : null,
      steps: previous && source.compareWithPrevious ? 2 : 1,
    }
    slides.push(slide)
    previous = slide
  }
  if (deck.questions.length) slides.push({ kind: 'questions', key: 'questions', title: deck.title, questions: deck.questions, steps: 1 })
  return slides
}

/** An initiative whose outcome differs between two runs. */
export interface OutcomeChange {
  id: string
  title: string
  from: Outcome | null
  to: Outcome | null
  yearProposed: number
}

/** Order outcomes from worst to best, to tell improvements from setbacks. */
const RANK: Record<Outcome, number> = { vetoed: 0, delayed: 1, diluted: 2, 'adopted-with-reservations': 3, adopted: 4 }

/** Return +1 if `to` is a better outcome than `from`, −1 if worse, 0 if the same or unknown. */
export function direction(from: Outcome | null, to: Outcome | null): -1 | 0 | 1 {
  if (!from || !to) return 0
  return Math.sign(RANK[to] - RANK[from]) as -1 | 0 | 1
}

/** List initiatives whose outcome differs from `reference` to `run`, in the order they were proposed. */
export function outcomeChanges(reference: SimulationResult, run: SimulationResult, agenda: readonly Initiative[]): OutcomeChange[] {
  const before = new Map(reference.initiatives.map((i) => [i.id, i.outcome]))
  const titles = new Map(agenda.map((i) => [i.id, i.title]))
  const changes: OutcomeChange[] = []
  for (const item of run.initiatives) {
    const from = before.get(item.id) ?? null
    if (from === item.outcome) continue
    changes.push({ id: item.id, title: titles.get(item.id) ?? item.id, from, to: item.outcome, yearProposed: item.yearProposed })
  }
  return changes.sort((a, b) => a.yearProposed - b.yearProposed || a.id.localeCompare(b.id))
}

/** One watched initiative on a slide: its outcome here, in the reference run, and whether the author's expectation holds. */
export interface WatchedOutcome {
  id: string
  title: string
  outcome: Outcome | null
  reference: Outcome | null
  year: number | null
}

/** Resolve a slide's watched initiatives against its run and a reference run (history or the previous slide). */
export function watchedOutcomes(slide: ScenarioSlide, reference: SimulationResult, agenda: readonly Initiative[]): WatchedOutcome[] {
  const titles = new Map(agenda.map((i) => [i.id, i.title]))
  const ref = new Map(reference.initiatives.map((i) => [i.id, i.outcome]))
  return slide.source.watch.map((w) => {
    const item = slide.result.initiatives.find((i) => i.id === w.initiative)
    return {
      id: w.initiative,
      title: titles.get(w.initiative) ?? w.initiative,
      outcome: item?.outcome ?? null,
      reference: ref.get(w.initiative) ?? null,
      year: item?.yearDecided ?? null,
    }
  })
}

/** Cohesion in the run's last year, and in the same year of a reference run. */
export function finalCohesion(run: SimulationResult, reference: SimulationResult): { year: number; value: number; reference: number | null } | null {
  const last = run.years[run.years.length - 1]
  if (!last) return null
  const ref = reference.years.find((y) => y.year === last.year)
  return { year: last.year, value: last.cohesion, reference: ref ? ref.cohesion : null }
}

/** Count outcomes over a run. */
export function outcomeTotals(run: SimulationResult): Record<Outcome, number> {
  const totals: Record<Outcome, number> = { adopted: 0, 'adopted-with-reservations': 0, diluted: 0, delayed: 0, vetoed: 0 }
  for (const i of run.initiatives) totals[i.outcome] += 1
  return totals
}
