/**
 * Score the model against the documented SCO initiatives in `../shared/calibration/sco-history.json`,
 * through the same code path as `sim evaluate` (features only: ids and titles are never read by the
 * model), and compare with two simple baselines.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { classOf, evaluateInitiatives, initiativeSchema, loadProjectData, type HistoryClass, type Initiative } from '../models/index'

/** Where the calibration cases live: beside the project, in the shared folder. */
export const CALIBRATION_FILE = resolve(process.cwd(), '..', 'shared', 'calibration', 'sco-history.json')

const caseSchema = z.looseObject({
  actual: z.enum(['adopted', 'partial', 'blocked']),
  actualYear: z.number().nullable(),
})

/** One scored case. */
export interface CaseScore {
  id: string
  domain: Initiative['domain']
  actual: HistoryClass
  predicted: HistoryClass
  outcome: string
  correct: boolean
}

/** The accuracy report written to `data/calibration-report.json` and shown on the Model page. */
export interface CalibrationReport {
  accuracy: number
  correct: number
  total: number
  /** Accuracy of always predicting "adopted". */
  baselineAlwaysAdopted: number
  /** Accuracy of predicting each domain's most common class (in-sample, so an optimistic baseline). */
  baselineMajorityByDomain: number
  cases: CaseScore[]
  generated: string
}

/** Evaluate every case and compute accuracy and baselines. */
export function scoreCalibration(file = CALIBRATION_FILE): CalibrationReport {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown[]
  const cases = raw.map((entry) => {
    const { actual, actualYear, rationale, sources, ...initiative } = caseSchema.parse(entry) as Record<string, unknown> & z.infer<typeof caseSchema>
    void actualYear
    void rationale
    void sources
    return { initiative: initiativeSchema.parse(initiative), actual }
  })
  const data = loadProjectData()
  const { results } = evaluateInitiatives(cases.map((c) => c.initiative), data.baseline, data)
  const scores: CaseScore[] = results.map((r, i) => {
    const c = cases[i]
    if (!c) throw new Error('result without a case')
    const predicted = classOf(r.outcome)
    return { id: r.id, domain: c.initiative.domain, actual: c.actual, predicted, outcome: r.outcome, correct: predicted === c.actual }
  })
  const total = scores.length
  const correct = scores.filter((s) => s.correct).length
  const byDomain = new Map<string, HistoryClass[]>()
  for (const s of scores) byDomain.set(s.domain, [...(byDomain.get(s.domain) ?? []), s.actual])
  const majority = (classes: HistoryClass[]): HistoryClass => {
    const order: HistoryClass[] = ['adopted', 'partial', 'blocked']
    return order.reduce((best, k) => (classes.filter((x) => x === k).length > classes.filter((x) => x === best).length ? k : best), order[0] ?? 'adopted')
  }
  const majorityHits = scores.filter((s) => majority(byDomain.get(s.domain) ?? []) === s.actual).length
  const round = (x: number): number => Math.round(x * 1000) / 1000
  return {
    accuracy: round(correct / total),
    correct,
    total,
    baselineAlwaysAdopted: round(scores.filter((s) => s.actual === 'adopted').length / total),
    baselineMajorityByDomain: round(majorityHits / total),
    cases: scores,
    generated: 'npm run calibrate',
  }
}
