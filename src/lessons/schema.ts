/**
 * The lesson format: a named sequence of scenarios with a takeaway and notes for each, and questions
 * for discussion at the end. Lessons ship in `data/lessons/`, are saved in the browser, and travel as
 * files and links; every way in goes through `parseLesson`, which checks the shape with the schema
 * library and then every reference (claims, presets, initiatives) against the project's data, and
 * reports every problem at once with the path of the field (`steps[2].claims[0]`).
 */
import { z } from 'zod'
import {
  OUTCOMES,
  checkWith,
  decisionRuleSchema,
  leversSchema,
  type InputIssue,
  type ProjectData,
  type Scenario,
} from '../../models/index'
import { fromDelta, type ScenarioDelta } from '../persistence/scenario-codec'

/** The lesson format this app writes; older versions are migrated on read (none yet). */
export const LESSON_VERSION = 1

// `abort` on the patterns: a malformed value is reported once, not again as unknown.
const slug = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be kebab-case (lower-case letters, digits and hyphens)', abort: true })
const claimId = z.string().regex(/^(ORG|RU|CN|CA|EN|EX)-\d{2}$/, { message: 'must be a claim id such as RU-03', abort: true })
const line = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)
const actorCode = z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3)')

/** What a lesson's references are checked against: the project's claims, presets and initiatives. */
export interface LessonContext {
  claimIds: ReadonlySet<string>
  presetIds: ReadonlySet<string>
  initiativeIds: ReadonlySet<string>
  baseline: Scenario
  /** The scenario of a preset id (or of "baseline"). */
  scenarioFor: (id: string) => Scenario | undefined
}

/** Build the context from the project's data. */
export function lessonContext(data: ProjectData, scenarioFor: (id: string) => Scenario | undefined): LessonContext {
  return {
    claimIds: new Set(data.sources.claims.map((c) => c.id)),
    presetIds: new Set([data.baseline.id, ...data.presets.map((p) => p.id)]),
    initiativeIds: new Set(data.initiatives.map((i) => i.id)),
    baseline: data.baseline,
    scenarioFor,
  }
}

/** Check a value against a set the project knows (claims, presets, initiatives), with a message naming it. */
const known = <T extends z.ZodType<string>>(base: T, set: ReadonlySet<string> | undefined, what: string) =>
  set
    ? base.superRefine((value, ctx) => {
        if (!set.has(value)) ctx.addIssue({ code: 'custom', message: `"${value}" is not ${what}` })
      })
    : base

/**
 * Build the lesson schema; with a context, every claim, preset and watched initiative is also
 * checked against the project's data in the same pass, so all problems are reported at once.
 */
export function lessonSchemaFor(context?: Pick<LessonContext, 'claimIds' | 'presetIds' | 'initiativeIds'>) {
  const claim = known(claimId, context?.claimIds, 'a claim in the sources')
  /**
   * A lesson step's scenario, in words an author can write by hand: a preset to start from (absent:
   * history as it happened), then levers, membership years (null: never joins), the decision rule
   * and the last year, each replacing the preset's value.
   */
  const scenario = z.strictObject({
    preset: known(slug, context?.presetIds, 'a preset of this app').optional(),
    levers: leversSchema.partial().optional(),
    members: z.record(actorCode, z.number().int().min(1996).max(2060).nullable()).optional(),
    decisionRule: decisionRuleSchema.optional(),
    endYear: z.number().int().min(2025).max(2060).optional(),
    seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  })
  /** An initiative a step asks the class to watch, with the outcome its notes describe (kept true by a test). */
  const watch = z.strictObject({
    initiative: known(slug, context?.initiativeIds, 'an initiative on the agenda'),
    expect: z.enum(OUTCOMES).optional(),
  })
  /** One step of a lesson: one slide. */
  const step = z.strictObject({
    title: line(120),
    scenario,
    /** The one line the class should take away (shown large on the slide). */
    takeaway: z.string().trim().max(200, 'must be at most 200 characters (one line)'),
    /** What the teacher says: shown only in the presenter view. */
    notes: z.string().max(4000, 'must be at most 4000 characters'),
    /** Claims of the source texts the step rests on. */
    claims: z.array(claim).max(12),
    watch: z.array(watch).max(4).optional(),
    /** Reveal the comparison with the previous step as a second click on this slide. */
    compareWithPrevious: z.boolean().optional(),
  })
  return z.strictObject({
    schemaVersion: z.literal(LESSON_VERSION, { error: `must be ${LESSON_VERSION} (the lesson format this app reads)` }),
    id: slug,
    title: line(120),
    summary: z.string().trim().max(600, 'must be at most 600 characters'),
    steps: z.array(step).min(1, 'must have at least one step').max(12, 'must have at most 12 steps'),
    questions: z.array(line(400)).max(12, 'must have at most 12 questions'),
  })
}

/** The lesson format's shape (references unchecked). */
export const lessonSchema = lessonSchemaFor()
export type Lesson = z.infer<typeof lessonSchema>
export type LessonStep = Lesson['steps'][number]
export type LessonScenario = LessonStep['scenario']
export type WatchItem = NonNullable<LessonStep['watch']>[number]

/** The outcome of parsing a lesson. */
export type LessonParse = { ok: true; lesson: Lesson } | { ok: false; issues: InputIssue[] }

/** Build a step's scenario: its preset (or history) with the step's changes on top. */
export function scenarioOfStep(
  step: LessonScenario,
  context: LessonContext,
): { ok: true; scenario: Scenario; presetId: string } | { ok: false; issues: InputIssue[] } {
  const presetId = step.preset ?? context.baseline.id
  const base = context.scenarioFor(presetId)
  if (!base) return { ok: false, issues: [{ path: 'preset', message: `"${presetId}" is not a preset of this app` }] }
  const delta: ScenarioDelta = {
    ...(step.levers ? { l: step.levers } : {}),
    ...(step.members ? { m: step.members } : {}),
    ...(step.decisionRule ? { r: step.decisionRule } : {}),
    ...(step.endYear !== undefined ? { e: step.endYear } : {}),
    ...(step.seed !== undefined ? { s: step.seed } : {}),
  }
  const rebuilt = fromDelta(delta, base, () => ({ id: base.id, title: base.title, description: base.description }))
  return rebuilt.ok ? { ok: true, scenario: rebuilt.scenario, presetId } : rebuilt
}

/** Describe a scenario as a lesson step's scenario: what differs from the preset it started from. */
export function lessonScenarioOf(scenario: Scenario, presetId: string, context: LessonContext): LessonScenario {
  const base = context.scenarioFor(presetId) ?? context.baseline
  const out: LessonScenario = base.id === context.baseline.id ? {} : { preset: base.id }
  const levers: Record<string, unknown> = {}
  for (const key of Object.keys(base.levers) as Array<keyof Scenario['levers']>) {
    if (scenario.levers[key] !== base.levers[key]) levers[key] = scenario.levers[key]
  }
  if (Object.keys(levers).length) out.levers = levers as LessonScenario['levers']
  const yearOf = (s: Scenario, actor: string) =>
    s.events.find((e) => e.kind === 'accession' && e.actor === actor && e.status === 'member')?.year ?? null
  const actors = new Set<string>()
  for (const s of [scenario, base]) for (const e of s.events) if (e.kind === 'accession' && e.status === 'member') actors.add(e.actor)
  const members: Record<string, number | null> = {}
  for (const actor of [...actors].sort()) if (yearOf(scenario, actor) !== yearOf(base, actor)) members[actor] = yearOf(scenario, actor)
  if (Object.keys(members).length) out.members = members
  if (JSON.stringify(scenario.decisionRule) !== JSON.stringify(base.decisionRule)) out.decisionRule = scenario.decisionRule
  if (scenario.endYear !== base.endYear) out.endYear = scenario.endYear
  if (scenario.seed !== base.seed) out.seed = scenario.seed
  return out
}

/** Check that every step's scenario builds (a valid preset with valid changes can still make an invalid scenario). */
function scenarioIssues(lesson: Lesson, context: LessonContext): InputIssue[] {
  const issues: InputIssue[] = []
  lesson.steps.forEach((step, i) => {
    const built = scenarioOfStep(step.scenario, context)
    if (!built.ok) for (const issue of built.issues) issues.push({ path: `steps[${i}].scenario${issue.path ? `.${issue.path}` : ''}`, message: issue.message })
  })
  return issues
}

const schemas = new WeakMap<LessonContext, ReturnType<typeof lessonSchemaFor>>()
function schemaFor(context: LessonContext): ReturnType<typeof lessonSchemaFor> {
  let schema = schemas.get(context)
  if (!schema) {
    schema = lessonSchemaFor(context)
    schemas.set(context, schema)
  }
  return schema
}

/** Validate a lesson (already parsed from JSON): its shape, then its references; every problem at once. */
export function parseLesson(value: unknown, context: LessonContext): LessonParse {
  if (value && typeof value === 'object' && 'schemaVersion' in value && typeof value.schemaVersion === 'number' && value.schemaVersion > LESSON_VERSION) {
    return { ok: false, issues: [{ path: 'schemaVersion', message: `is ${value.schemaVersion}: this lesson was written by a newer version of the app, which reads version ${LESSON_VERSION}` }] }
  }
  const checked = checkWith(schemaFor(context), value)
  if (!checked.ok) return checked
  const issues = scenarioIssues(checked.value, context)
  return issues.length ? { ok: false, issues } : { ok: true, lesson: checked.value }
}

/** Validate a lesson file's text. */
export function parseLessonText(text: string, context: LessonContext): LessonParse {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, issues: [{ path: 'file', message: `is not JSON (${error instanceof Error ? error.message : 'unreadable'})` }] }
  }
  return parseLesson(value, context)
}
