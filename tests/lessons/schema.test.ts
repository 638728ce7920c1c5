import { describe, expect, it } from 'vitest'
import { loadProjectData, scenarioFor } from '../../models/index'
import { lessonContext, lessonScenarioOf, parseLesson, parseLessonText, scenarioOfStep, type Lesson } from '../../src/lessons/schema'

const data = loadProjectData()
const context = lessonContext(data, (id) => scenarioFor(id, data))

const valid = (): Lesson => ({
  schemaVersion: 1,
  id: 'a-lesson',
  title: 'A lesson',
  summary: 'What it is about.',
  steps: [
    { title: 'History', scenario: {}, takeaway: 'As it happened.', notes: 'Notes.', claims: ['ORG-04'], watch: [{ initiative: 'development-bank', expect: 'vetoed' }] },
    { title: 'A rift', scenario: { preset: 'russia-china-rift', levers: { centralAsianHedging: 2 } }, takeaway: '', notes: '', claims: [], compareWithPrevious: true },
  ],
  questions: ['Why?'],
})

type Path = readonly (string | number)[]
/** A fresh valid lesson as plain JSON, with the value at each path set (or, for `undefined`, removed). */
const broken = (...changes: Array<[Path, unknown]>): unknown => {
  const lesson = JSON.parse(JSON.stringify(valid())) as Record<string | number, unknown>
  for (const [path, value] of changes) {
    let node = lesson
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
    const last = path[path.length - 1] as string | number
    if (value === undefined) delete node[last]
    else node[last] = value
  }
  return lesson
}

describe('the lesson format', () => {
  it('accepts a valid lesson as it is', () => {
    const parsed = parseLesson(valid(), context)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.lesson.steps[1]?.scenario.preset).toBe('russia-china-rift')
  })

  it.each<{ name: string; change: [Path, unknown]; path: string; message: RegExp }>([
    { name: 'a missing title', change: [['title'], undefined], path: 'title', message: /expected string/i },
    { name: 'an empty title', change: [['title'], '   '], path: 'title', message: /must not be empty/ },
    { name: 'no steps', change: [['steps'], []], path: 'steps', message: /at least one step/ },
    { name: 'a claim id of the wrong form', change: [['steps', 0, 'claims'], ['bank']], path: 'steps[0].claims[0]', message: /claim id such as RU-03/ },
    { name: 'a claim the sources do not make', change: [['steps', 0, 'claims'], ['RU-99']], path: 'steps[0].claims[0]', message: /"RU-99" is not a claim in the sources/ },
    { name: 'an unknown preset', change: [['steps', 1, 'scenario', 'preset'], 'no-such-preset'], path: 'steps[1].scenario.preset', message: /not a preset/ },
    { name: 'an unknown lever', change: [['steps', 1, 'scenario', 'levers'], { bankLever: 1 }], path: 'steps[1].scenario.levers', message: /unknown field\(s\): bankLever/ },
    { name: 'a lever out of range', change: [['steps', 1, 'scenario', 'levers'], { russiaChinaAlignment: 3 }], path: 'steps[1].scenario.levers.russiaChinaAlignment', message: /1/ },
    { name: 'an unknown initiative to watch', change: [['steps', 0, 'watch'], [{ initiative: 'moon-base' }]], path: 'steps[0].watch[0].initiative', message: /"moon-base" is not an initiative/ },
    { name: 'an unknown outcome', change: [['steps', 0, 'watch'], [{ initiative: 'development-bank', expect: 'maybe' }]], path: 'steps[0].watch[0].expect', message: /adopted/ },
    { name: 'a takeaway longer than a line', change: [['steps', 0, 'takeaway'], 'x'.repeat(201)], path: 'steps[0].takeaway', message: /at most 200/ },
    { name: 'an unknown field', change: [['author'], 'me'], path: '', message: /unknown field\(s\): author/ },
    { name: 'a missing format version', change: [['schemaVersion'], undefined], path: 'schemaVersion', message: /must be 1/ },
    { name: 'a newer format version', change: [['schemaVersion'], 2], path: 'schemaVersion', message: /newer version of the app/ },
    { name: 'a membership year out of range', change: [['steps', 0, 'scenario', 'members'], { IND: 1900 }], path: 'steps[0].scenario.members.IND', message: /1996/ },
  ])('refuses $name, naming the field', ({ change, path, message }) => {
    const parsed = parseLesson(broken(change), context)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    const issue = parsed.issues.find((i) => i.path === path)
    expect(issue, JSON.stringify(parsed.issues)).toBeDefined()
    expect(issue?.message).toMatch(message)
  })

  it('reports every problem at once', () => {
    const parsed = parseLesson(
      broken(
        [['title'], ''],
        [['steps', 0, 'claims'], ['XX-01', 'RU-98']],
        [['steps', 1, 'watch'], [{ initiative: 'nothing-here' }]],
        [['steps', 1, 'scenario', 'preset'], 'nowhere'],
      ),
      context,
    )
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.path).sort()).toEqual(['steps[0].claims[0]', 'steps[0].claims[1]', 'steps[1].scenario.preset', 'steps[1].watch[0].initiative', 'title'])
    }
  })

  it('says a file that is not JSON is not JSON', () => {
    const parsed = parseLessonText('{ "schemaVersion": 1, ', context)
    expect(parsed).toMatchObject({ ok: false, issues: [{ path: 'file' }] })
    if (!parsed.ok) expect(parsed.issues[0]?.message).toMatch(/^is not JSON/)
  })

  it('builds a step on its preset, with the step’s changes on top', () => {
    const built = scenarioOfStep({ preset: 'russia-china-rift', levers: { centralAsianHedging: 2 }, members: { IND: null } }, context)
    expect(built.ok).toBe(true)
    if (!built.ok) return
    expect(built.presetId).toBe('russia-china-rift')
    expect(built.scenario.levers.russiaChinaAlignment).toBe(scenarioFor('russia-china-rift', data)?.levers.russiaChinaAlignment)
    expect(built.scenario.levers.centralAsianHedging).toBe(2)
    expect(built.scenario.events.some((e) => e.kind === 'accession' && e.actor === 'IND' && e.status === 'member')).toBe(false)
  })

  it('describes a scenario as a step and builds the same scenario back', () => {
    const preset = scenarioFor('qualified-majority', data)
    if (!preset) throw new Error('preset missing')
    const edited = { ...preset, endYear: 2040, levers: { ...preset.levers, afghanThreat: 1.5 } }
    const step = lessonScenarioOf(edited, 'qualified-majority', context)
    expect(step).toEqual({ preset: 'qualified-majority', levers: { afghanThreat: 1.5 }, endYear: 2040 })
    const built = scenarioOfStep(step, context)
    expect(built.ok && built.scenario).toEqual(edited)
  })
})
