/**
 * Stage 2 of the attribution between two runs: from the model's steps (run A changed one input at a
 * time toward run B, in a fixed order) to rows a table and a bar can show — each step's change in
 * words, its effect on cohesion in the last common year and on average, its share of the whole
 * difference, and the initiatives whose outcome it flipped.
 */
import type { Attribution, Outcome, Scenario } from '../../models/index'
import { signed } from './compare-differences'
import { changeInWords, type CompareWords } from './compare-words'

/** One step of the attribution, ready to show. */
export interface AttributionRow {
  /** 1-based position in the fixed order. */
  order: number
  change: string
  /** Effect on cohesion in the last common year (points) and as text ("+3.2"). */
  final: number
  finalText: string
  /** Effect on mean cohesion over the common years, as text. */
  meanText: string
  /** Share of the whole difference in the last common year (−∞…∞; null when the whole is about zero). */
  share: number | null
  shareText: string
  /** Bar length in % of the largest step's effect (0–100). */
  bar: number
  direction: 'up' | 'down' | 'none'
  /** "Development Bank: vetoed → adopted", one per outcome the step flipped. */
  outcomes: string[]
}

/** The attribution as shown: rows, totals, and the year the end-year figures refer to. */
export interface AttributionView {
  rows: AttributionRow[]
  totalText: string
  meanTotalText: string
  year: string
  /** True when some steps pull against the whole, so shares exceed 100% or go below 0%. */
  mixedSigns: boolean
}

/** A difference this small (points) counts as none. */
const NEGLIGIBLE = 0.05

/** Build the rows of an attribution from `a` to `b`. */
export function attributionView(attribution: Attribution, a: Scenario, b: Scenario, words: CompareWords): AttributionView {
  const total = attribution.finalCohesion
  const largest = Math.max(NEGLIGIBLE, ...attribution.steps.map((s) => Math.abs(s.finalCohesion)))
  const outcomeLabel = (o: Outcome): string => words.t(`compare.attribution.outcome.${o}`)
  const rows = attribution.steps.map((step, i): AttributionRow => {
    const share = Math.abs(total) >= NEGLIGIBLE ? step.finalCohesion / total : null
    return {
      order: i + 1,
      change: changeInWords(step.change, a, b, words),
      final: step.finalCohesion,
      finalText: signed(step.finalCohesion, words),
      meanText: signed(step.meanCohesion, words),
      share,
      shareText: share === null ? '–' : words.n(share, 'percent'),
      bar: Math.round((Math.abs(step.finalCohesion) / largest) * 100),
      direction: Math.abs(step.finalCohesion) < NEGLIGIBLE ? 'none' : step.finalCohesion > 0 ? 'up' : 'down',
      outcomes: step.outcomes.map((o) =>
        words.t('compare.attribution.flip', { initiative: words.initiative(o.id), from: outcomeLabel(o.from), to: outcomeLabel(o.to) }),
      ),
    }
  })
  return {
    rows,
    totalText: signed(total, words),
    meanTotalText: signed(attribution.meanCohesion, words),
    year: words.n(attribution.finalYear, 'year'),
    mixedSigns: rows.some((r) => r.share !== null && (r.share < -0.005 || r.share > 1.005)),
  }
}
