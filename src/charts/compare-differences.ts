/**
 * Stage 2 of the Compare view's table and summary: what differs between the runs — the settings,
 * cohesion in the last common year, and each initiative whose outcome differs, in words per run
 * ("Development Bank: vetoed by Russia → adopted 2019 with reservations by India") — and a short
 * summary of the biggest differences.
 */
import { scenarioChanges, type Attribution, type InitiativeResult, type ScenarioChange } from '../../models/index'
import type { CsvCell } from '../export/csv'
import { cohesionIn, commonSpan, type ComparedRun } from './compare-runs'
import { changeInWords, changeKey, changeLabel, outcomeInWords, settingIn, type CompareWords } from './compare-words'

/** Name a part of the difference table. */
export type DifferenceSection = 'setting' | 'cohesion' | 'outcome'

/** One row of the difference table: what it is about, its value in each run, and the row in words. */
export interface DifferenceRow {
  section: DifferenceSection
  key: string
  label: string
  /** One value per run, in the runs' order. */
  values: string[]
  /** The row as one sentence: "Label: value in run 1 → value in run 2 …". */
  inWords: string
}

/** The difference table: the runs' names and the rows, settings first, then cohesion, then outcomes. */
export interface DifferenceTable {
  runs: string[]
  rows: DifferenceRow[]
  /** Initiatives whose outcome differs between at least two runs. */
  changedOutcomes: number
}

const SECTION_ORDER: Record<string, number> = { lever: 0, member: 1, rule: 2, 'end-year': 3 }

/** Every input that differs between any run and the baseline (the first run), in attribution order. */
export function differingInputs(runs: readonly ComparedRun[]): ScenarioChange[] {
  const reference = runs[0]?.scenario
  if (!reference) return []
  const found = new Map<string, { change: ScenarioChange; rank: number }>()
  const order = (key: string): number => SECTION_ORDER[key.split(':')[0] ?? ''] ?? 9
  for (const run of runs.slice(1)) {
    scenarioChanges(reference, run.scenario).forEach((change, i) => {
      const key = changeKey(change)
      if (!found.has(key)) found.set(key, { change, rank: order(key) * 1000 + i })
    })
  }
  return [...found.entries()]
    .sort(([ka, a], [kb, b]) => a.rank - b.rank || ka.localeCompare(kb))
    .map(([, v]) => v.change)
}

function outcomeKey(item: InitiativeResult | undefined): string {
  return item ? item.outcome : 'absent'
}

/** Build the difference table for the runs in their order. */
export function compareDifferences(runs: readonly ComparedRun[], words: CompareWords): DifferenceTable {
  const rows: DifferenceRow[] = []
  const sentence = (label: string, values: readonly string[]): string => words.t('compare.differences.inWords', { label, values: values.join(' → ') })

  for (const change of differingInputs(runs)) {
    const values = runs.map((run) => settingIn(change, run.scenario, words))
    if (new Set(values).size < 2) continue
    const label = changeLabel(change, words)
    rows.push({ section: 'setting', key: changeKey(change), label, values, inWords: sentence(label, values) })
  }

  const span = commonSpan(runs)
  if (span) {
    const label = words.t('compare.differences.cohesionIn', { year: words.n(span.to, 'year') })
    const values = runs.map((run) => {
      const value = cohesionIn(run, span.to)
      return value === null ? '–' : words.n(value, 'decimal1')
    })
    rows.push({ section: 'cohesion', key: 'cohesion', label, values, inWords: sentence(label, values) })
  }

  const byRun = runs.map((run) => new Map(run.result.initiatives.map((i) => [i.id, i])))
  const ids: string[] = []
  for (const run of runs) for (const i of run.result.initiatives) if (!ids.includes(i.id)) ids.push(i.id)
  let changedOutcomes = 0
  for (const id of ids) {
    const items = byRun.map((m) => m.get(id))
    if (new Set(items.map(outcomeKey)).size < 2) continue
    changedOutcomes++
    const label = words.initiative(id)
    const values = items.map((item) => outcomeInWords(item, words))
    rows.push({ section: 'outcome', key: `initiative:${id}`, label, values, inWords: sentence(label, values) })
  }
  return { runs: runs.map((r) => r.name), rows, changedOutcomes }
}

/** The difference table as CSV cells: a header row, then one row per difference. */
export function differencesCsv(table: DifferenceTable, words: CompareWords): { header: string[]; rows: CsvCell[][] } {
  return {
    header: [words.t('compare.differences.section'), words.t('compare.differences.item'), ...table.runs, words.t('compare.differences.inWordsColumn')],
    rows: table.rows.map((row) => [words.t(`compare.differences.sections.${row.section}`), row.label, ...row.values, row.inWords]),
  }
}

/** The largest cohesion gap between any two runs in any year they share. */
export interface CohesionGap {
  gap: number
  year: number
  higher: ComparedRun
  lower: ComparedRun
}

/** Find the largest cohesion gap between two runs (first found wins a tie), or null for fewer than two runs. */
export function largestGap(runs: readonly ComparedRun[]): CohesionGap | null {
  const span = commonSpan(runs)
  if (!span || runs.length < 2) return null
  let best: CohesionGap | null = null
  for (let year = span.from; year <= span.to; year++) {
    const values = runs.map((run) => cohesionIn(run, year))
    for (let i = 0; i < runs.length; i++) {
      for (let j = i + 1; j < runs.length; j++) {
        const a = values[i]
        const b = values[j]
        const ra = runs[i]
        const rb = runs[j]
        if (a == null || b == null || !ra || !rb) continue
        const gap = Math.abs(a - b)
        if (!best || gap > best.gap + 1e-9) best = { gap, year, higher: a >= b ? ra : rb, lower: a >= b ? rb : ra }
      }
    }
  }
  return best
}

/** The step of an attribution that moved cohesion in the last common year the most, if any. */
export function mainStep(attribution: Attribution): Attribution['steps'][number] | null {
  let best: Attribution['steps'][number] | null = null
  for (const step of attribution.steps) if (!best || Math.abs(step.finalCohesion) > Math.abs(best.finalCohesion)) best = step
  return best
}

/**
 * Summarise the biggest differences in a few sentences: the largest cohesion gap and its year, how
 * many initiatives end differently, and for each pinned run the input that moves cohesion the most
 * from the baseline (`attributions` by run id, each from the baseline to that run).
 */
export function compareSummary(
  runs: readonly ComparedRun[],
  table: DifferenceTable,
  attributions: ReadonlyMap<string, Attribution>,
  words: CompareWords,
): string[] {
  const sentences: string[] = []
  const gap = largestGap(runs)
  const baseline = runs[0]
  if (gap && gap.gap >= 0.05) {
    sentences.push(
      words.t('compare.summary.gap', {
        gap: words.n(gap.gap, 'decimal1'),
        year: words.n(gap.year, 'year'),
        higher: gap.higher.name,
        higherValue: words.n(cohesionIn(gap.higher, gap.year) ?? 0, 'decimal1'),
        lower: gap.lower.name,
        lowerValue: words.n(cohesionIn(gap.lower, gap.year) ?? 0, 'decimal1'),
      }),
    )
  } else if (gap) sentences.push(words.t('compare.summary.noGap'))
  if (runs.length > 1) {
    sentences.push(
      table.changedOutcomes === 0
        ? words.t('compare.summary.sameOutcomes')
        : words.t(table.changedOutcomes === 1 ? 'compare.summary.outcome' : 'compare.summary.outcomes', {
            count: words.n(table.changedOutcomes, 'integer'),
          }),
    )
  }
  for (const run of runs.slice(1)) {
    const attribution = attributions.get(run.id)
    if (!attribution || !baseline) continue
    const step = mainStep(attribution)
    if (!step) {
      sentences.push(words.t('compare.summary.sameSettings', { run: run.name, baseline: baseline.name }))
      continue
    }
    sentences.push(
      words.t('compare.summary.mainInput', {
        run: run.name,
        year: words.n(attribution.finalYear, 'year'),
        input: changeInWords(step.change, baseline.scenario, run.scenario, words),
        effect: signed(step.finalCohesion, words),
        total: signed(attribution.finalCohesion, words),
      }),
    )
  }
  return sentences
}

/** Format points with a sign: "+3.2", "−1.0", "0.0". */
export function signed(value: number, words: Pick<CompareWords, 'n'>): string {
  // Round half away from zero, so +1.05 and −1.05 show the same digits.
  const magnitude = Math.round(Math.abs(value) * 10) / 10
  if (magnitude === 0) return words.n(0, 'decimal1')
  return `${value > 0 ? '+' : '−'}${words.n(magnitude, 'decimal1')}`
}
