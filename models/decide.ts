/**
 * Decide one initiative in one year under the scenario's decision rule: gather every voting member's
 * assessment and stance, then apply consensus, consensus with opt-outs, or qualified majority.
 */
import { allowsReservation, assess, stanceOf, type AssessContext } from './assess'
import type { Blocker, DecisionRecord, DecisionRule, Initiative, InitiativeFeatures, MemberStance, RuleTerm, Stance } from './types'
import type { Profile } from './world'

/** Round stored numbers so results are byte-identical wherever they are computed. */
export const round = (x: number, places = 4): number => {
  const f = 10 ** places
  const r = Math.round(x * f) / f
  return r === 0 ? 0 : r
}

/** Order ids by code point: the same in every runtime and locale (and far cheaper than localeCompare). */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** A blocker's losing terms, largest loss first (ties by rule id). */
function losses(terms: readonly RuleTerm[]): RuleTerm[] {
  const out: RuleTerm[] = []
  for (const t of terms) if (t.contribution < 0) out.push(t)
  if (out.length > 1) out.sort((x, y) => x.contribution - y.contribution || byCode(x.rule, y.rule))
  return out
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
 * Decide `initiative` (with its current `features`) among `voters` this year.
 * Returns the record with every stance and, when blocked, each blocker's shortfall and rule terms
 * (with `explain` false, only objectors' terms are kept, which dilution needs).
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
): DecisionRecord {
  const reservationAllowed = allowsReservation(initiative, features)
  const stances: MemberStance[] = []
  for (const p of voters) {
    // With explanations, keep every voter's terms in one pass (most decisions pass, and then all are
    // shown); without, only sum them and assess objectors again below for their terms.
    const a = assess(p, initiative, features, ctx, explain)
    let stance: Stance = stanceOf(a, p.tolerance, reservationAllowed)
    // Consensus with opt-outs ("SCO minus X"): an objector that can live with others going ahead steps aside.
    if (rule.kind === 'consensus-opt-out' && stance === 'object' && initiative.form !== 'membership' && a.optOutLoss >= -p.tolerance) {
      stance = 'reservation'
    }
    stances.push({ actor: p.id, stance, gain: round(a.gain), optOutLoss: a.optOutLoss, tolerance: round(p.tolerance), terms: explain ? a.terms : [] })
  }

  const objectors: MemberStance[] = []
  const reservations: MemberStance[] = []
  for (const s of stances) {
    if (s.stance === 'object') objectors.push(s)
    else if (s.stance === 'reservation') reservations.push(s)
  }
  const toBlocker = (s: MemberStance): Blocker => ({
    actor: s.actor,
    shortfall: round(Math.max(0, -(s.gain + s.tolerance))),
    terms: losses(s.terms),
  })
  const byShortfall = (x: Blocker, y: Blocker): number => y.shortfall - x.shortfall || byCode(x.actor, y.actor)

  let result: DecisionRecord['result']
  let blockers: Blocker[] = []
  const unanimous = rule.kind !== 'qualified-majority' || (initiative.form === 'membership' && rule.unanimityForMembership)
  if (voters.length === 0) {
    result = 'adopted'
  } else if (unanimous) {
    // Any objection blocks; reservations never do (so adding a member never unblocks anything: veto-player theory).
    if (objectors.length > 0) {
      result = 'blocked'
    } else {
      result = reservations.length > 0 ? 'adopted-with-reservations' : 'adopted'
    }
  } else {
    let total = 0
    let support = 0
    voters.forEach((p, i) => {
      const w = weightOf(rule, p)
      total += w
      if (stances[i]?.stance !== 'object') support += w
    })
    if (total === 0 || support / total >= rule.threshold) {
      result = objectors.length + reservations.length > 0 ? 'adopted-with-reservations' : 'adopted'
    } else {
      result = 'blocked'
    }
  }
  // Explanations: every member's terms when the item passes; otherwise those of objectors and reservations.
  // Objectors always keep their terms: watering down (R-DILUTION) reads what they objected to.
  voters.forEach((p, i) => {
    const s = stances[i]
    if (!s) return
    const wanted = s.stance === 'object' || (explain && (result !== 'blocked' || s.stance !== 'join'))
    if (!wanted) s.terms = []
    else if (!explain) s.terms = assess(p, initiative, features, ctx, true).terms
  })
  if (result === 'blocked') blockers = objectors.map(toBlocker).sort(byShortfall)
  return { year: ctx.year, result, stances, blockers, dilution: round(dilution), reaffirmation }
}
