/**
 * Decide one initiative in one year under the scenario's decision rule: gather every voting member's
 * assessment and stance, then apply consensus, consensus with opt-outs, or qualified majority.
 */
import { NO_TERMS, allowsReservation, assess, assessShared, stanceOf, type AssessContext } from './assess'
import type { Blocker, DecisionRecord, DecisionRule, Initiative, InitiativeFeatures, MemberStance, RuleTerm, Stance } from './types'
import { sortShort } from './sorting'
import type { Profile } from './world'

const SCALES = [1, 10, 100, 1000, 10000, 100000, 1000000]
/** Round stored numbers so results are byte-identical wherever they are computed. */
export const round = (x: number, places = 4): number => {
  // Powers of ten looked up, not computed: this runs thousands of times per run (same values as 10 ** places).
  const f = SCALES[places] ?? 10 ** places
  const r = Math.round(x * f) / f
  return r === 0 ? 0 : r
}

/** Order ids by code point: the same in every runtime and locale (and far cheaper than localeCompare). */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const byLoss = (x: RuleTerm, y: RuleTerm): number => x.contribution - y.contribution || byCode(x.rule, y.rule)

/** A blocker's losing terms, largest loss first (ties by rule id). */
function losses(terms: readonly RuleTerm[]): RuleTerm[] {
  const out: RuleTerm[] = []
  for (const t of terms) if (t.contribution < 0) out.push(t)
  return out.length > 1 ? sortShort(out, byLoss) : out
}

function weightOf(rule: Extract<DecisionRule, { kind: 'qualified-majority' }>, p: Profile): number {
  switch (rule.weighting) {
    case 'states':
      return 1
    case 'capability':
      return p.capability
    case 'population':
      return p.population
    default: {
      const unreachable: never = rule.weighting
      throw new Error(`unknown weighting ${String(unreachable)}`)
    }
  }
}

/**
 * Each voter's reading from the last `judge` call, by position in `voters` (reused buffers: the model
 * is single-threaded, and a run makes thousands of decisions).
 */
const VOTES = { stance: [] as Stance[], gain: [] as number[], optOutLoss: [] as number[], terms: [] as RuleTerm[][] }

/**
 * Read every voter's stance into VOTES and apply the decision rule; returns the result.
 * With `keepTerms`, each voter's terms are kept from the same pass (most decisions pass, and then all are shown).
 */
function judge(
  initiative: Initiative,
  features: InitiativeFeatures,
  voters: readonly Profile[],
  ctx: AssessContext,
  rule: DecisionRule,
  keepTerms: boolean,
): Exclude<DecisionRecord['result'], 'shelved'> {
  const reservationAllowed = allowsReservation(initiative, features)
  let objectors = 0
  let reservations = 0
  for (let i = 0; i < voters.length; i++) {
    const p = voters[i] as Profile
    const a = assessShared(p, initiative, features, ctx, keepTerms)
    let stance: Stance = stanceOf(a, p.tolerance, reservationAllowed)
    // Consensus with opt-outs ("SCO minus X"): an objector that can live with others going ahead steps aside.
    if (rule.kind === 'consensus-opt-out' && stance === 'object' && initiative.form !== 'membership' && a.optOutLoss >= -p.tolerance) {
      stance = 'reservation'
    }
    VOTES.stance[i] = stance
    // Already rounded to 4 places (as `round` does) by the assessment.
    VOTES.gain[i] = a.gain
    VOTES.optOutLoss[i] = a.optOutLoss
    VOTES.terms[i] = a.terms
    if (stance === 'object') objectors++
    else if (stance === 'reservation') reservations++
  }

  const unanimous = rule.kind !== 'qualified-majority' || (initiative.form === 'membership' && rule.unanimityForMembership)
  if (voters.length === 0) return 'adopted'
  if (unanimous) {
    // Any objection blocks; reservations never do (so adding a member never unblocks anything: veto-player theory).
    if (objectors > 0) return 'blocked'
    return reservations > 0 ? 'adopted-with-reservations' : 'adopted'
  }
  let total = 0
  let support = 0
  for (let i = 0; i < voters.length; i++) {
    const w = weightOf(rule, voters[i] as Profile)
    total += w
    if (VOTES.stance[i] !== 'object') support += w
  }
  if (total === 0 || support / total >= rule.threshold) return objectors + reservations > 0 ? 'adopted-with-reservations' : 'adopted'
  return 'blocked'
}

/** The objectors of the last `judge` call as blockers, each with its losing terms, largest shortfall first. */
function blockersOf(voters: readonly Profile[], termsOf: (i: number) => RuleTerm[]): Blocker[] {
  const blockers: Blocker[] = []
  for (let i = 0; i < voters.length; i++) {
    if (VOTES.stance[i] !== 'object') continue
    const p = voters[i] as Profile
    blockers.push({ actor: p.id, shortfall: round(Math.max(0, -((VOTES.gain[i] ?? 0) + round(p.tolerance)))), terms: losses(termsOf(i)) })
  }
  return sortShort(blockers, byShortfall)
}
const byShortfall = (x: Blocker, y: Blocker): number => y.shortfall - x.shortfall || byCode(x.actor, y.actor)

/**
 * Decide `initiative` (with its current `features`) among `voters` this year.
 * Returns the record with every stance and, when blocked, each blocker's shortfall and rule terms
 * (with `explain` false, only objectors' terms are kept, which dilution needs). `likelyBlocked` only
 * changes how the work is done (the record is the same): say it when the item was blocked last year.
 */
export function decide(
  initiative: Initiative,
  features: InitiativeFeatures,
  voters: readonly Profile[],
  ctx: AssessContext,
  rule: DecisionRule,
  dilution: number,
  reaffirmation = false,
  explain = true,
  likelyBlocked = false,
): DecisionRecord {
  // Explanations: every member's terms when the item passes; otherwise those of objectors and reservations.
  // Objectors always keep their terms: watering down (R-DILUTION) reads what they objected to.
  // Terms are kept from the first pass when most will be shown (an item usually passes); for an item
  // that was blocked last year, and so is likely blocked again, the first pass only sums them and the
  // voters whose terms are shown are assessed again (same numbers), rather than building terms for
  // every member that joins only to drop them.
  const keptTerms = explain && !likelyBlocked
  const result = judge(initiative, features, voters, ctx, rule, keptTerms)
  const stances: MemberStance[] = []
  for (let i = 0; i < voters.length; i++) {
    const p = voters[i] as Profile
    const stance = VOTES.stance[i] as Stance
    const wanted = stance === 'object' || (explain && (result !== 'blocked' || stance !== 'join'))
    const terms = !wanted ? [] : keptTerms ? (VOTES.terms[i] as RuleTerm[]) : assess(p, initiative, features, ctx, true).terms
    stances.push({ actor: p.id, stance, gain: VOTES.gain[i] ?? 0, optOutLoss: VOTES.optOutLoss[i] ?? 0, tolerance: round(p.tolerance), terms })
  }
  const blockers = result === 'blocked' ? blockersOf(voters, (i) => stances[i]?.terms ?? []) : []
  return { year: ctx.year, result, stances, blockers, dilution: round(dilution), reaffirmation }
}

/** What a run without explanations needs of one decision (Monte Carlo draws). */
export interface Verdict {
  result: Exclude<DecisionRecord['result'], 'shelved'>
  /**
   * Blockers as `decide` gives them (largest shortfall first, with their losing terms); empty unless
   * blocked. A membership is never watered down (R-DILUTION reads the terms only to water down), so
   * its blockers come without terms here: assessing them again for terms nobody reads was wasted.
   */
  blockers: Blocker[]
  /** Whether some voter did not simply join (objected or reserved). */
  dissent: boolean
}

/** Decide as `decide` does, keeping only the result and the blockers: no stance records, no explanations. */
export function decideVerdict(initiative: Initiative, features: InitiativeFeatures, voters: readonly Profile[], ctx: AssessContext, rule: DecisionRule): Verdict {
  const result = judge(initiative, features, voters, ctx, rule, false)
  let dissent = false
  for (let i = 0; i < voters.length; i++) if (VOTES.stance[i] !== 'join') dissent = true
  const termsOf = initiative.form === 'membership' ? () => NO_TERMS : (i: number) => assess(voters[i] as Profile, initiative, features, ctx, true).terms
  const blockers = result === 'blocked' ? blockersOf(voters, termsOf) : []
  return { result, blockers, dissent }
}
