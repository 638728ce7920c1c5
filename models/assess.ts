/**
 * How one member reads one initiative in one year: its gain as a sum of named rule terms, the part
 * of any loss it would still bear if others went ahead without it, and the stance that follows.
 */
import { RULES, type RuleInfo } from './rules'
import type { ActorId, ContextKey, Initiative, InitiativeFeatures, RuleTerm, Stance } from './types'
import { attentionOf, opennessIn, valueOf, type AffinityMatrix, type Profile } from './world'
import type { Levers } from './types'

/** What a member weighs an initiative against: the year's context and the organization as it is. */
export interface AssessContext {
  year: number
  context: Record<ContextKey, number>
  levers: Levers
  affinity: AffinityMatrix
  /** Members voting this year. */
  members: readonly ActorId[]
  /** States that hold each status, including those acceding this year. */
  isMemberOrAcceding: (id: ActorId) => boolean
  /** Members that joined after the founding (for equal-rights grievances, EN-06). */
  isLaterMember: (id: ActorId) => boolean
}

/** One member's reading: gain, loss it cannot escape by opting out, and the terms behind both. */
export interface Assessment {
  gain: number
  optOutLoss: number
  terms: RuleTerm[]
}

const STATUS_WEIGHT = { member: 1, observer: 0.3, 'dialogue-partner': 0.15 } as const

/** Scale a term with how binding the proposal is: `floor` of it applies even to a bare declaration. */
const scaled = (bindingness: number, floor: number): number => floor + (1 - floor) * bindingness

/**
 * Assess an initiative (with its current, possibly diluted, features) for one member.
 * Every number used here comes from the member's profile, which cites its claims in `data/actors.json`.
 * With `recordTerms` false only the sums are kept (same gain, no explanation), for speed.
 */
export function assess(
  member: Profile,
  initiative: Initiative,
  features: InitiativeFeatures,
  ctx: AssessContext,
  recordTerms = true,
): Assessment {
  const { gain, optOutLoss, terms } = assessShared(member, initiative, features, ctx, recordTerms)
  return { gain, optOutLoss, terms }
}

/** The one reading `assessShared` fills in and returns: overwritten by its next call. */
const SHARED: Assessment = { gain: 0, optOutLoss: 0, terms: [] }

/**
 * Assess as `assess` does, into one object reused by every call: for a caller that reads the result
 * at once (deciding reads thousands per run, and a fresh object each time only fed the garbage collector).
 */
export function assessShared(
  member: Profile,
  initiative: Initiative,
  features: InitiativeFeatures,
  ctx: AssessContext,
  recordTerms: boolean,
): Readonly<Assessment> {
  // One accumulator reused by every call (the model is single-threaded): the fast path allocates only its result.
  const acc = SCRATCH
  acc.terms = recordTerms ? [] : NO_TERMS
  acc.gain = 0
  acc.shared = 0
  acc.record = recordTerms
  acc.attention = attentionOf(member.id, ctx.year, ctx.levers)
  // The terms by theme, always in this order: the gain is a sum of rounded terms, and a fixed order
  // keeps it the same to the last bit. Each theme is its own function so that V8 optimises each with
  // its own inlining budget: as one large function it ran out, and every term's number was boxed.
  relationTerms(acc, member, initiative, ctx)
  substanceTerms(acc, member, initiative, features, ctx)
  politicalTerms(acc, member, initiative, features, ctx)
  crossCuttingTerms(acc, member, features, ctx)
  sizeTerms(acc, member, initiative, features, ctx)

  SHARED.gain = roundTerm(acc.gain)
  SHARED.optOutLoss = roundTerm(Math.min(0, acc.shared))
  SHARED.terms = acc.terms
  return SHARED
}

/** The club's value and the member's relation to the proposers (R-COOPERATION, R-CHAMPION, R-CHAMPION-AFFINITY). */
function relationTerms(acc: Accumulator, member: Profile, initiative: Initiative, ctx: AssessContext): void {
  // Admitting a state is not cooperation on a common task: the club's value applies to every other item.
  if (initiative.form !== 'membership') addTerm(acc, RULES.cooperation, valueOf(member.interests.cooperation, ctx.context))

  if (initiative.champions.includes(member.id)) addTerm(acc, RULES.champion, 0.3 * acc.attention)
  else {
    let sum = 0
    let count = 0
    for (const c of initiative.champions) {
      if (c === member.id) continue
      sum += ctx.affinity.get(member.id, c)
      count++
    }
    if (count > 0) addTerm(acc, RULES.championAffinity, (0.3 * sum) / count)
  }
}

/** What the item does for the member: its field, where it acts, arms and money (R-SECURITY … R-FUNDING). */
function substanceTerms(acc: Accumulator, member: Profile, initiative: Initiative, features: InitiativeFeatures, ctx: AssessContext): void {
  const b = features.bindingness
  const w = member.interests
  const context = ctx.context
  // The substantive benefit of the item's field; R-REGION then scales it by how much the member
  // cares about where it acts (a security operation in Afghanistan is worth most to its neighbours).
  let benefit = 0
  switch (initiative.domain) {
    case 'security': {
      const demand = 0.5 + 0.5 * context.afghanThreat
      benefit = valueOf(w.security, context) * demand * (1 - features.militaryComponent) * scaled(b, 0.4)
      addTerm(acc, RULES.security, benefit)
      break
    }
    case 'economic':
      benefit = valueOf(w.economic, context) * scaled(b, 0.3) * acc.attention
      addTerm(acc, RULES.economic, benefit)
      break
    case 'humanitarian':
      benefit = valueOf(w.humanitarian, context) * scaled(b, 0.4)
      addTerm(acc, RULES.humanitarian, benefit)
      break
    case 'institutional':
      if (ctx.isLaterMember(member.id)) addTerm(acc, RULES.equalRights, -0.25 * (1 - ctx.levers.institutionalReform))
      break
    case 'political':
    case 'enlargement':
      break
    default: {
      const unreachable: never = initiative.domain
      throw new Error(`unknown domain ${String(unreachable)}`)
    }
  }
  const focus = features.regionalFocus
  const regional = member.region.get(focus) ?? 0
  if (regional !== 0 && benefit > 0) {
    const threat = focus === 'afghanistan' ? context.afghanThreat : 1
    addTerm(acc, RULES.region, benefit * Math.max(-1, regional * threat))
  }

  if (features.militaryComponent > 0) {
    // EX-01: the worse the threat from Afghanistan, the more military-political cooperation members accept.
    const wariness = Math.max(0, 1.5 - 0.6 * context.afghanThreat)
    addTerm(acc, RULES.military, -valueOf(w.military, context) * features.militaryComponent * scaled(b, 0.5) * wariness)
  }
  if (features.pooledFunding > 0) addTerm(acc, RULES.funding, valueOf(w.pooledFunding, context) * features.pooledFunding)
}

/** Who leads, the line toward the West, sovereignty and borders (R-LEADERSHIP … R-TERRITORIAL). */
function politicalTerms(acc: Accumulator, member: Profile, initiative: Initiative, features: InitiativeFeatures, ctx: AssessContext): void {
  const b = features.bindingness
  const w = member.interests
  const context = ctx.context
  const lead = features.leadPower
  if (lead !== null) {
    if (lead === member.id) addTerm(acc, RULES.leadership, 0.3 * (0.5 + b))
    else {
      const aversion = member.dominanceAversion.get(lead) ?? member.dominanceAversion.get('*') ?? 0
      addTerm(acc, RULES.leadership, -aversion * scaled(b, 0.25))
    }
  }

  const aw = features.antiWesternSignal
  if (aw !== 0) {
    addTerm(acc, RULES.antiWestern, valueOf(w.antiWestern, context) * aw * scaled(b, 0.5))
    if (aw > 0 && initiative.features.regionalFocus === 'central-asia') {
      addTerm(acc, RULES.usPresence, 0.8 * context.usPresence * aw * (member.region.get('central-asia') ?? 0))
    }
  }

  if (features.sovereigntyCost > 0) addTerm(acc, RULES.sovereignty, -valueOf(w.sovereignty, context) * features.sovereigntyCost)

  const tn = features.territorialNorm
  if (tn !== 0) addTerm(acc, RULES.territorial, valueOf(w.territorial, context) * tn * (tn < 0 ? 1 : 0.5))
}

/** A bilateral dispute the item touches, and other bodies it overlaps with (R-DISPUTE, R-OVERLAP). */
function crossCuttingTerms(acc: Accumulator, member: Profile, features: InitiativeFeatures, ctx: AssessContext): void {
  const dispute = features.bilateralDispute
  if (dispute) {
    const [x, y] = dispute.parties
    if (member.id === x || member.id === y) {
      const other = member.id === x ? y : x
      const hostility = Math.max(0, -ctx.affinity.get(member.id, other))
      const value = dispute.favors === member.id ? 0.4 : dispute.favors === other ? -1.2 : -0.3
      addTerm(acc, RULES.dispute, value * (1 + hostility))
    } else if (dispute.favors !== null) {
      const favored = dispute.favors
      const other = favored === x ? y : x
      addTerm(acc, RULES.dispute, 0.4 * (ctx.affinity.get(member.id, favored) - ctx.affinity.get(member.id, other)))
    }
  }

  if (features.overlaps.length > 0) {
    let sum = 0
    for (const o of features.overlaps) {
      const wo = member.overlap.get(o)
      if (wo) sum += valueOf(wo, ctx.context)
    }
    addTerm(acc, RULES.overlap, sum * scaled(features.bindingness, 0.5))
  }
}

/** Who may join, or what a larger club costs in coordination (R-OPENNESS … R-PAIRED-ACCESSION, R-COORDINATION). */
function sizeTerms(acc: Accumulator, member: Profile, initiative: Initiative, features: InitiativeFeatures, ctx: AssessContext): void {
  if (initiative.form === 'membership' && initiative.candidate) {
    const { actor: candidate, status } = initiative.candidate
    const sw = STATUS_WEIGHT[status]
    addTerm(acc, RULES.openness, 0.6 * sw * opennessIn(member, ctx.year))
    addTerm(acc, RULES.candidate, 0.8 * sw * ctx.affinity.get(member.id, candidate))
    const counterpart = member.paired.get(candidate)
    if (status === 'member' && counterpart !== undefined && !ctx.isMemberOrAcceding(counterpart)) {
      addTerm(acc, RULES.paired, -1)
    }
  } else {
    const extra = Math.max(0, ctx.members.length - 6)
    if (extra > 0) addTerm(acc, RULES.coordination, -0.025 * extra * (1 - ctx.levers.institutionalReform) * scaled(features.bindingness, 0.5))
  }
}

/** Terms of a fast-path assessment: none kept (frozen, so nothing can add to it by mistake). */
export const NO_TERMS: RuleTerm[] = Object.freeze([]) as unknown as RuleTerm[]

interface Accumulator {
  terms: RuleTerm[]
  gain: number
  shared: number
  /** Attention the member gives the SCO this year (R-ATTENTION), read by several themes. */
  attention: number
  /** Whether to keep the terms (for explanations) or only sum them (the fast path). */
  record: boolean
}

const SCRATCH: Accumulator = { terms: NO_TERMS, gain: 0, shared: 0, attention: 1, record: false }

/** Round a contribution to 4 places, so stored results are byte-stable. */
function roundTerm(x: number): number {
  const r = Math.round(x * 1e4) / 1e4
  return r === 0 ? 0 : r
}

function addTerm(acc: Accumulator, info: RuleInfo, raw: number): void {
  if (!Number.isFinite(raw)) return
  const contribution = roundTerm(raw)
  if (contribution === 0) return
  if (acc.record) acc.terms.push({ rule: info.id, claims: info.claims as string[], contribution })
  acc.gain += contribution
  if (info.reach === 'shared') acc.shared += contribution
}

/** Say whether an item lets a member opt out with a reservation instead of blocking. */
export function allowsReservation(initiative: Initiative, features: InitiativeFeatures): boolean {
  switch (initiative.form) {
    case 'declaration':
    case 'operation':
      return true
    case 'agreement':
    case 'institution':
      return features.bindingness <= 0.5
    case 'membership':
      return false
    default: {
      const unreachable: never = initiative.form
      throw new Error(`unknown form ${String(unreachable)}`)
    }
  }
}

/** Choose a stance under consensus: join within tolerance, else reserve if allowed and cheap, else object. */
export function stanceOf(a: Assessment, tolerance: number, reservationAllowed: boolean): Stance {
  if (a.gain >= -tolerance) return 'join'
  if (reservationAllowed && a.optOutLoss >= -tolerance) return 'reservation'
  return 'object'
}
