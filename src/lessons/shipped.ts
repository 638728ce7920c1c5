/**
 * The lessons that ship with the app, from `data/lessons/`, validated once on first use like the
 * rest of the project's data: a bad lesson file is a bug, reported with every problem and its path.
 */
import { InputError, loadProjectData, scenarioFor } from '../../models/index'
import centralAsia from '../../data/lessons/central-asia.json'
import enlargementConsensus from '../../data/lessons/enlargement-consensus.json'
import scoBank from '../../data/lessons/sco-bank.json'
import { lessonContext, parseLesson, type Lesson, type LessonContext } from './schema'

/** Lesson files in the order the picker lists them. */
const FILES: ReadonlyArray<readonly [string, unknown]> = [
  ['data/lessons/sco-bank.json', scoBank],
  ['data/lessons/enlargement-consensus.json', enlargementConsensus],
  ['data/lessons/central-asia.json', centralAsia],
]

let context: LessonContext | null = null
let shipped: readonly Lesson[] | null = null

/** Return the context lessons are checked against (the project's claims, presets and initiatives). */
export function projectLessonContext(): LessonContext {
  if (!context) {
    const data = loadProjectData()
    context = lessonContext(data, (id) => scenarioFor(id, data))
  }
  return context
}

/** Return the shipped lessons, validated; throws with every problem if a file is invalid. */
export function shippedLessons(): readonly Lesson[] {
  if (shipped) return shipped
  const out: Lesson[] = []
  for (const [path, value] of FILES) {
    const parsed = parseLesson(value, projectLessonContext())
    if (!parsed.ok) throw new InputError(path, parsed.issues)
    out.push(parsed.lesson)
  }
  shipped = out
  return shipped
}
