/** Runs for the Compare view's adapter tests: the real model and data, and the app's real messages. */
import { loadProjectData, scenarioFor, type Scenario } from '../../models/index'
import { compareRuns, type ComparedRun } from '../../src/charts/compare-runs'
import type { CompareWords } from '../../src/charts/compare-words'
import { createAppI18n } from '../../src/i18n/index'
import { text } from './fixtures'

const i18n = createAppI18n().global

export const data = loadProjectData()

/** The words the adapters get in the app: messages, numbers, actor names, titles, English lists. */
export const words: CompareWords = {
  ...text,
  actor: (code) => (i18n.te(`actors.${code}`) ? i18n.t(`actors.${code}`) : code),
  initiative: (id) => data.initiatives.find((i) => i.id === id)?.title ?? id,
  list: (items) => new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items),
}

/** A preset's scenario (or the baseline). */
export function preset(id: string): Scenario {
  const s = scenarioFor(id, data)
  if (!s) throw new Error(`no preset ${id}`)
  return s
}

/** Compare the baseline with pinned runs given as [name, scenario]. */
export function compared(...pinned: Array<[string, Scenario]>): ComparedRun[] {
  return compareRuns(
    { id: 'baseline', name: 'Baseline', scenario: data.baseline },
    pinned.map(([name, scenario], i) => ({ id: `run-${i + 1}`, name, scenario })),
    data,
    data.initiatives,
    data.baseline.seed,
  )
}
