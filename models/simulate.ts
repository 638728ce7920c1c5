/**
 * The yearly loop: apply the scenario's events, drift positions, decide every pending initiative
 * under the decision rule, feed results back, record metrics. Pure: same inputs, same result.
 */
import type { AssessContext } from './assess'
import { decide, decideVerdict, round } from './decide'
import { ruleById } from './rules'
import { sortShort } from './sorting'
import type {
  ActorId,
  ActorResult,
  ContextKey,
  ActorTable,
  DecisionRecord,
  DimensionVector,
  Initiative,
  InitiativeFeatures,
  InitiativeResult,
  MemberStance,
  Outcome,
  Scenario,
  SimulationResult,
  YearRecord,
} from './types'
import { DIMENSIONS, OUTCOMES } from './types'
import {
  attentionOf,
  compileAffinities,
  compileProfile,
  contextPath,
  identitySampler,
  outsiderActor,
  type AffinityMatrix,
  type Profile,
  type Sampler,
} from './world'

/** The model's version, stamped on every result and export. */
export const MODEL_VERSION = '1.0.0'

/** The data a run needs: the actor table and the agenda. */
export interface ModelData {
  actors: ActorTable
  initiatives: readonly Initiative[]
}

/** Options for one run. */
export interface SimulateOptions {
  /** The agenda to decide (default: the data's initiatives). */
  agenda?: readonly Initiative[]
  /** Decide each initiative for at most this many years from its proposal (default: to the scenario's end). */
  horizonYears?: number
  /** Draw values for a Monte Carlo run (default: the data's values). */
  sampler?: Sampler
  /**
   * Stop after the year this initiative is adopted or dropped (later years cannot change whether it
   * was adopted); used by searches that only need that initiative's fate.
   */
  stopWhenDecided?: string
  /** Keep the rule terms that explain stances (default true); Monte Carlo draws turn this off for speed. */
  explain?: boolean
}

/** Blocked decisions after which a proposal is dropped (vetoed). */
export const MAX_BLOCKED_YEARS = 5
/** Blocked decisions after which a membership application is dropped. */
export const MAX_BLOCKED_YEARS_MEMBERSHIP = 12
/** Share of substance lost past which an adopted proposal counts as diluted. */
export const DILUTED_AT = 0.25
/** Largest share of substance a blocked proposal loses in one year (when all objections are about substance). */
export const DILUTION_STEP = 0.12
/** Years after adoption during which a declaration is restated (and a new member may reserve). */
export const REAFFIRM_YEARS = 3
/** Years of decisions the throughput part of cohesion averages over. */
const THROUGHPUT_WINDOW = 3

interface ItemState {
  initiative: Initiative
  features: InitiativeFeatures
  dilution: number
  blocked: number
  endYear: number
  status: 'pending' | 'adopted' | 'vetoed'
  reservations: boolean
  yearDecided: number | null
  history: DecisionRecord[]
  final: DecisionRecord | null
  /** Every member that blocked it in any year, in order of first block (kept by the outcomes-only pass; the full run has them in `history`). */
  blockers: ActorId[]
  /** Where each voter of `final` sits in the run's actor order (parallel to its stances). */
  finalSlots: Int32Array
  notes: string[]
}

/** What one actor realised over the run: gains from adopted items, decisions won, vetoes cast. */
interface Tally {
  gain: number
  count: number
  wins: number
  decided: number
  vetoes: number
}

const STATUS_RANK = { 'dialogue-partner': 1, observer: 2, member: 3 } as const
type Status = keyof typeof STATUS_RANK

function collectIds(table: ActorTable, scenario: Scenario, agenda: readonly Initiative[]): ActorId[] {
  const known = table.actors.map((a) => a.id)
  const extra = new Set<ActorId>()
  const note = (id: ActorId | null | undefined): void => {
    if (id && !known.includes(id)) extra.add(id)
  }
  for (const e of scenario.events) if (e.kind !== 'context') note(e.actor)
  for (const i of agenda) {
    i.champions.forEach(note)
    note(i.features.leadPower)
    note(i.candidate?.actor)
    i.features.bilateralDispute?.parties.forEach(note)
  }
  return [...known, ...[...extra].sort()]
}

function dilute(f: InitiativeFeatures, step: number): InitiativeFeatures {
  const keep = 1 - step
  return {
    ...f,
    bindingness: f.bindingness * keep,
    pooledFunding: f.pooledFunding * Math.max(0, 1 - 1.5 * step),
    militaryComponent: f.militaryComponent * keep,
    sovereigntyCost: f.sovereigntyCost * keep,
    antiWesternSignal: f.antiWesternSignal * keep,
  }
}

/** Share (0–1) of the blockers' losses that watering down could soften (R-DILUTION). */
function dilutableShare(blockers: DecisionRecord['blockers']): number {
  let all = 0
  let soft = 0
  for (const b of blockers) {
    for (const t of b.terms) {
      if (t.contribution >= 0) continue
      all += -t.contribution
      if (ruleById(t.rule)?.dilutable) soft += -t.contribution
    }
  }
  return all === 0 ? 0 : soft / all
}

/** Add this year's blockers to those the item has met, keeping the order of first block. */
function noteBlockers(item: ItemState, blockers: DecisionRecord['blockers']): void {
  for (const b of blockers) if (!item.blockers.includes(b.actor)) item.blockers.push(b.actor)
}

/** No voters yet. */
const NO_SLOTS = new Int32Array(0)

/**
 * Each profile's place in the run's actor order. Typed, so every list of places has one shape:
 * plain arrays built in different ways took different shapes and sent the optimised loop back to
 * the interpreter again and again.
 */
function slotsOf(profiles: readonly Profile[], indexOf: ReadonlyMap<ActorId, number>): Int32Array {
  const slots = new Int32Array(profiles.length)
  for (let k = 0; k < profiles.length; k++) slots[k] = indexOf.get((profiles[k] as Profile).id) ?? 0
  return slots
}

function outcomeOf(item: ItemState): Outcome {
  switch (item.status) {
    case 'pending':
      return 'delayed'
    case 'vetoed':
      return 'vetoed'
    case 'adopted':
      if (item.dilution >= DILUTED_AT) return 'diluted'
      return item.reservations ? 'adopted-with-reservations' : 'adopted'
    default: {
      const unreachable: never = item.status
      throw new Error(`unknown status ${String(unreachable)}`)
    }
  }
}

/**
 * Run the scenario year by year and return cohesion, agenda outcomes and actor standings.
 * Same scenario, data, options and seed give the same result, byte for byte.
 */
export function simulate(scenario: Scenario, data: ModelData, options: SimulateOptions = {}): SimulationResult {
  return run(scenario, data, options, false) as SimulationResult
}

/** What a run without records keeps: cohesion by year and each initiative's fate. */
export interface RunOutcomes {
  /** Cohesion (0–100) per year, from the scenario's first year on; the same numbers `simulate` gives. */
  cohesion: number[]
  initiatives: Array<{ id: InitiativeResult['id']; outcome: Outcome; yearDecided: number | null; blockers: ActorId[] }>
}

/**
 * Run the scenario as `simulate` does, keeping only cohesion, outcomes and who blocked: no stances,
 * explanations or yearly records, so a Monte Carlo draw costs far less. Same inputs, same numbers
 * as `simulate` (a property test holds the two together).
 */
export function simulateOutcomes(scenario: Scenario, data: ModelData, options: Omit<SimulateOptions, 'explain'> = {}): RunOutcomes {
  return run(scenario, data, options, true) as RunOutcomes
}

/**
 * One run's state between the stages of a year. The loop is cut into stages (set-up, events, one
 * item's decision, standings), each a function of its own. As one function the loop took V8 60–190 ms
 * to optimise, and each deoptimisation that a new draw's values caused threw all of it away: a Monte
 * Carlo run's first few hundred draws ran mostly unoptimised. Now a deoptimisation costs one stage,
 * and the others stay optimised.
 */
interface RunState {
  scenario: Scenario
  lean: boolean
  explain: boolean
  ids: ActorId[]
  profiles: Map<ActorId, Profile>
  affinity: AffinityMatrix
  /** Each actor's place in `ids`: its row in `positions`, the order members are listed in. */
  indexOf: ReadonlyMap<ActorId, number>
  status: Map<ActorId, Status>
  memberSince: Map<ActorId, number>
  /** Positions: one row of DIMENSIONS per actor, in actor order. */
  positions: Float64Array
  driftScratch: Float64Array
  /** Every item, in order of proposal. */
  items: ItemState[]
  /** Items on the table and not yet closed, in proposal order; `nextItem` is the first not yet tabled. */
  open: ItemState[]
  nextItem: number
  /** What each actor realised, by its place in `ids` (arrays, not a Map: this is the run's hottest bookkeeping). */
  realised: Array<Tally | undefined>
  members: ActorId[]
  memberProfiles: Profile[]
  memberSlots: Int32Array
}

/** One year's decisions as cohesion reads them: outcome counts and the throughput scores of substantive items. */
interface YearTally {
  counts: Record<Outcome, number>
  scores: number[]
}

/** The yearly loop behind both; `lean` keeps outcomes only. */
function run(scenario: Scenario, data: ModelData, options: SimulateOptions, lean: boolean): SimulationResult | RunOutcomes {
  // Items proposed after the run ends are never on the table, so they are left out of the result.
  const agenda = (options.agenda ?? data.initiatives).filter((i) => i.yearProposed <= scenario.endYear)
  const state = prepare(scenario, data, agenda, options, lean)
  const { levers } = scenario
  const { status, memberSince, profiles } = state
  const contextIn = contextPath(scenario)
  const watched = options.stopWhenDecided === undefined ? undefined : state.items.find((i) => i.initiative.id === options.stopWhenDecided)
  const years: YearRecord[] = []
  const cohesion: number[] = []
  const recentScores: number[][] = []
  const eventsByYear = new Map<number, Scenario['events']>()
  for (const e of scenario.events) {
    const list = eventsByYear.get(e.year)
    if (list) list.push(e)
    else eventsByYear.set(e.year, [e])
  }
  // Members are listed in the run's actor order.
  const byPlace = (a: ActorId, b: ActorId): number => (state.indexOf.get(a) ?? 0) - (state.indexOf.get(b) ?? 0)

  for (let year = scenario.startYear; year <= scenario.endYear; year++) {
    // 1. Events: accessions and withdrawals take effect at the year's summit.
    const yearEvents = eventsByYear.get(year) ?? []
    const acceding = applyEvents(state, yearEvents, year)
    const membersChanged = yearEvents.some((e) => e.kind !== 'context') || year === scenario.startYear
    if (membersChanged) {
      state.members = sortShort([...status].filter(([, s]) => s === 'member').map(([id]) => id), byPlace)
      state.memberProfiles = state.members.map((id) => profiles.get(id)).filter((p): p is Profile => p !== undefined)
      state.memberSlots = slotsOf(state.memberProfiles, state.indexOf)
    }
    const context = contextIn(year)

    // 2. Drift: each member moves toward partners it is close to, and back toward its ideal (R-DRIFT).
    drift(state.memberProfiles, state.memberSlots, state.positions, state.affinity, state.driftScratch)

    // 3. Decide every pending initiative on the table this year.
    const ctx: AssessContext = {
      year,
      context,
      levers,
      affinity: state.affinity,
      members: state.members,
      isMemberOrAcceding: (id) => status.get(id) === 'member',
      isLaterMember: (id) => (memberSince.get(id) ?? scenario.startYear) > 2001 && !(profiles.get(id)?.foundingMember ?? false),
    }
    const tally: YearTally = { counts: emptyCounts(), scores: [] }
    decideYear(state, ctx, acceding, membersChanged, tally)

    // 4. Record metrics.
    recentScores.push(tally.scores)
    if (recentScores.length > THROUGHPUT_WINDOW) recentScores.shift()
    if (lean) cohesion.push(round(measureYear(state.memberProfiles, state.memberSlots, state.positions, recentScores).cohesion, 2))
    else years.push(recordYear(year, state.members, state.memberProfiles, state.memberSlots, state.positions, state.affinity, recentScores, tally.counts, context))
    if (watched && watched.status !== 'pending') break
  }

  const byAgenda = new Map(state.items.map((item) => [item.initiative, item]))
  const inAgendaOrder: ItemState[] = []
  for (const initiative of agenda) {
    const item = byAgenda.get(initiative)
    if (item) inAgendaOrder.push(item)
  }
  if (lean) {
    return {
      cohesion,
      initiatives: inAgendaOrder.map((item) => ({ id: item.initiative.id, outcome: outcomeOf(item), yearDecided: item.yearDecided, blockers: item.blockers })),
    }
  }
  const initiatives: InitiativeResult[] = inAgendaOrder.map((item) => ({
    id: item.initiative.id,
    outcome: outcomeOf(item),
    yearProposed: item.initiative.yearProposed,
    yearDecided: item.yearDecided,
    final: item.final,
    history: item.history,
    notes: item.notes,
  }))
  return { modelVersion: MODEL_VERSION, scenarioId: scenario.id, seed: scenario.seed, years, initiatives, actors: standings(state) }
}

/** Compile the run's actors, affinities and items, with every member's position at its ideal. */
function prepare(scenario: Scenario, data: ModelData, agenda: readonly Initiative[], options: SimulateOptions, lean: boolean): RunState {
  const sample = options.sampler ?? identitySampler
  const { levers } = scenario
  const ids = collectIds(data.actors, scenario, agenda)
  const byId = new Map(data.actors.actors.map((a) => [a.id, a]))
  const profiles = new Map<ActorId, Profile>()
  for (const id of ids) {
    const actor = byId.get(id)
    profiles.set(id, compileProfile(actor ?? outsiderActor(data.actors, id), levers, sample, actor !== undefined))
  }
  const affinity = compileAffinities(data.actors, ids, levers, sample)
  const dims = DIMENSIONS.length
  const positions = new Float64Array(ids.length * dims)
  ids.forEach((id, i) => profiles.get(id)?.ideal.forEach((x, d) => (positions[i * dims + d] = x)))

  const unknownIds = ids.filter((id) => !profiles.get(id)?.known)
  // Decided in order of proposal (stable for equal years), so the loop can stop at the first future item.
  const items: ItemState[] = [...agenda].sort((a, b) => a.yearProposed - b.yearProposed).map((initiative) => ({
    initiative,
    features: initiative.features,
    dilution: 0,
    blocked: 0,
    endYear: Math.min(scenario.endYear, options.horizonYears ? initiative.yearProposed + options.horizonYears - 1 : scenario.endYear),
    status: 'pending',
    reservations: false,
    yearDecided: null,
    history: [],
    final: null,
    blockers: [],
    finalSlots: NO_SLOTS,
    notes: unknownIds
      .filter(
        (id) =>
          initiative.champions.includes(id) ||
          initiative.features.leadPower === id ||
          initiative.candidate?.actor === id ||
          initiative.features.bilateralDispute?.parties.includes(id) === true,
      )
      .map((id) => `No profile for ${id}: the default profile for outside states was used.`),
  }))
  return {
    scenario,
    lean,
    explain: options.explain ?? true,
    ids,
    profiles,
    affinity,
    // The affinity matrix already maps each id to its place in `ids`.
    indexOf: affinity.index,
    status: new Map<ActorId, Status>(),
    memberSince: new Map<ActorId, number>(),
    positions,
    driftScratch: new Float64Array(ids.length * dims),
    items,
    open: [],
    nextItem: 0,
    realised: new Array<Tally | undefined>(ids.length),
    members: [],
    memberProfiles: [],
    memberSlots: NO_SLOTS,
  }
}

/** Apply a year's accessions and withdrawals; returns the states becoming members this year. */
function applyEvents(state: RunState, events: Scenario['events'], year: number): Set<ActorId> {
  const acceding = new Set<ActorId>()
  for (const e of events) {
    if (e.kind === 'accession') {
      const current = state.status.get(e.actor)
      if (!current || STATUS_RANK[e.status] > STATUS_RANK[current]) {
        state.status.set(e.actor, e.status)
        if (e.status === 'member') {
          acceding.add(e.actor)
          state.memberSince.set(e.actor, year)
        }
      }
    } else if (e.kind === 'withdrawal') {
      state.status.delete(e.actor)
      state.memberSince.delete(e.actor)
    }
  }
  return acceding
}

/** What an actor has realised so far (created at its first entry). */
function tallyAt(state: RunState, slot: number): Tally {
  return (state.realised[slot] ??= { gain: 0, count: 0, wins: 0, decided: 0, vetoes: 0 })
}

/** Table the year's new items and decide every open one, in proposal order; closed items leave the open list. */
function decideYear(state: RunState, ctx: AssessContext, acceding: ReadonlySet<ActorId>, membersChanged: boolean, tally: YearTally): void {
  const { items, open } = state
  const year = ctx.year
  // Items tabled by this year join the open list (in proposal order, so the order of decisions is kept).
  while (state.nextItem < items.length && (items[state.nextItem] as ItemState).initiative.yearProposed <= year) open.push(items[state.nextItem++] as ItemState)
  let kept = 0
  for (let i = 0; i < open.length; i++) {
    const item = open[i] as ItemState
    const init = item.initiative
    // Past its horizon, vetoed, or adopted and no longer restated: closed for good (years only grow).
    if (year > item.endYear || item.status === 'vetoed') continue
    if (item.status === 'adopted' && (init.form !== 'declaration' || year - (item.yearDecided ?? year) > REAFFIRM_YEARS)) continue
    open[kept++] = item
    if (item.status === 'adopted') {
      // R-REAFFIRM: declarations are restated for a few years; members who joined since may reserve.
      if (init.form === 'declaration' && membersChanged && year - (item.yearDecided ?? year) <= REAFFIRM_YEARS) reaffirm(state, item, ctx)
      continue
    }
    if (item.status === 'pending') decidePending(state, item, ctx, acceding, tally)
  }
  open.length = kept
}

/** Restate an adopted declaration before this year's members (R-REAFFIRM): any who do not simply join reserve. */
function reaffirm(state: RunState, item: ItemState, ctx: AssessContext): void {
  const init = item.initiative
  const rule = state.scenario.decisionRule
  if (state.lean) {
    const verdict = decideVerdict(init, item.features, state.memberProfiles, ctx, rule)
    noteBlockers(item, verdict.blockers)
    if (verdict.dissent) item.reservations = true
    return
  }
  const record = decide(init, item.features, state.memberProfiles, ctx, rule, item.dilution, true, state.explain)
  item.history.push(record)
  if (record.stances.some((s) => s.stance !== 'join')) {
    item.reservations = true
    item.final = { ...record, result: 'adopted-with-reservations' }
    item.finalSlots = state.memberSlots
  }
}

/** Decide a pending item this year: admitted by the scenario, shelved, blocked (and watered down), or adopted. */
function decidePending(state: RunState, item: ItemState, ctx: AssessContext, acceding: ReadonlySet<ActorId>, tally: YearTally): void {
  const { status, memberProfiles, lean } = state
  const { counts, scores } = tally
  const { year, levers, affinity } = ctx
  const init = item.initiative
  const candidate = init.candidate
  if (candidate) {
    const held = status.get(candidate.actor)
    if (held && STATUS_RANK[held] >= STATUS_RANK[candidate.status] && !acceding.has(candidate.actor)) {
      item.status = 'adopted'
      item.yearDecided = year
      item.notes.push(
        item.blocked > 0
          ? `${candidate.actor} was admitted by the scenario's accession settings by ${year}, although the members' stances shown blocked it.`
          : `${candidate.actor} already held this status in the scenario by ${year}.`,
      )
      counts.adopted++
      return
    }
  }
  const voters = candidate
    ? memberProfiles.filter((p) => !(p.id === candidate.actor || (init.form === 'membership' && acceding.has(p.id))))
    : memberProfiles
  const voterSlots = voters === memberProfiles ? state.memberSlots : slotsOf(voters, state.indexOf)
  // R-ATTENTION: a proposal whose member champions all look elsewhere is not pushed this year.
  let championAttention = -1
  for (const c of init.champions) if (status.get(c) === 'member') championAttention = Math.max(championAttention, attentionOf(c, year, levers))
  if (championAttention >= 0 && championAttention < 0.5) {
    if (!lean) item.history.push({ year, result: 'shelved', stances: [], blockers: [], dilution: round(item.dilution), reaffirmation: false })
    counts.delayed++
    // On the agenda but not pursued: counts against throughput like a blocked item.
    if (init.form !== 'membership') scores.push(0)
    return
  }
  const rule = state.scenario.decisionRule
  let record: DecisionRecord | null = null
  let result: DecisionRecord['result']
  let blockers: DecisionRecord['blockers']
  if (lean) {
    const verdict = decideVerdict(init, item.features, voters, ctx, rule)
    result = verdict.result
    blockers = verdict.blockers
    noteBlockers(item, blockers)
  } else {
    record = decide(init, item.features, voters, ctx, rule, item.dilution, false, state.explain, item.blocked > 0)
    result = record.result
    blockers = record.blockers
    item.history.push(record)
    item.final = record
    // Stances come in the voters' order, so the k-th stance is the k-th voter's.
    item.finalSlots = voterSlots
    for (let k = 0; k < record.stances.length; k++) {
      if ((record.stances[k] as MemberStance).stance === 'object') tallyAt(state, voterSlots[k] ?? 0).vetoes++
    }
  }
  if (result === 'blocked') {
    item.blocked++
    // R-VETO-FEEDBACK: each blocker's relations with the champions cool.
    for (const b of blockers) {
      for (const c of init.champions) affinity.set(b.actor, c, affinity.get(b.actor, c) - 0.03)
    }
    const limit = init.form === 'membership' ? MAX_BLOCKED_YEARS_MEMBERSHIP : MAX_BLOCKED_YEARS
    if (item.blocked >= limit) {
      item.status = 'vetoed'
      counts.vetoed++
    } else {
      counts.delayed++
      // R-DILUTION: the proposer waters down what the blockers objected to.
      if (init.form !== 'membership') {
        const step = DILUTION_STEP * dilutableShare(blockers)
        if (step > 0) {
          item.features = dilute(item.features, step)
          item.dilution = 1 - (1 - item.dilution) * (1 - step)
        }
      }
    }
    // Throughput measures the organization's substantive work: membership decisions are not scored.
    if (init.form !== 'membership') scores.push(0)
    return
  }
  item.status = 'adopted'
  item.yearDecided = year
  item.reservations = result === 'adopted-with-reservations'
  const outcome = outcomeOf(item)
  counts[outcome]++
  if (init.form !== 'membership') scores.push(outcome === 'adopted' ? 1 : 0.5)
  const stances = record?.stances ?? []
  for (let k = 0; k < stances.length; k++) {
    const s = stances[k] as MemberStance
    const r = tallyAt(state, voterSlots[k] ?? 0)
    r.gain += s.stance === 'join' ? s.gain : s.stance === 'reservation' ? s.optOutLoss : s.gain
    r.count++
  }
}

/** Each actor's satisfaction, influence and vetoes over the run, in actor order. */
function standings(state: RunState): ActorResult[] {
  const { realised, ids } = state
  // Influence: how often the final outcome went the way a member's stance pointed.
  for (const item of state.items) {
    const final = item.final
    if (!final || item.status === 'pending') continue
    const adopted = item.status === 'adopted'
    // Index loops here and in the tallies: this is the run's hottest bookkeeping.
    for (let k = 0; k < final.stances.length; k++) {
      const r = realised[item.finalSlots[k] ?? -1]
      if (!r) continue
      r.decided++
      const objected = (final.stances[k] as MemberStance).stance === 'object'
      if (adopted !== objected) r.wins++
    }
  }
  const actors: ActorResult[] = []
  realised.forEach((r, slot) => {
    const id = ids[slot]
    if (!r || id === undefined) return
    actors.push({
      actor: id,
      satisfaction: round(50 + 50 * Math.tanh(r.count > 0 ? r.gain / r.count : 0), 2),
      influence: round(r.decided > 0 ? (100 * r.wins) / r.decided : 0, 2),
      vetoes: r.vetoes,
    })
  })
  return actors
}

/** Cohesion and its parts in one year, with the capability-weighted centre of members' positions. */
interface YearMeasure {
  cohesion: number
  convergence: number
  throughput: number
  room: number
  /** The scratch `MEASURE.centre`: read it before the next measure overwrites it. */
  centre: Float64Array
}

/** Scratch of `measureYear`, one slot per dimension (the model is single-threaded). */
const MEASURE = {
  meanSalience: new Float64Array(DIMENSIONS.length),
  centre: new Float64Array(DIMENSIONS.length),
  low: new Float64Array(DIMENSIONS.length),
  high: new Float64Array(DIMENSIONS.length),
}

/** Measure a year; `slots` holds each profile's place in the run's actor order (its row in `positions`). */
function measureYear(profiles: Profile[], slots: Int32Array, positions: Float64Array, recentScores: number[][]): YearMeasure {
  const dims = DIMENSIONS.length
  const n = profiles.length
  let capTotal = 0
  for (const p of profiles) capTotal += p.capability
  if (capTotal === 0) capTotal = 1
  // Typed: plain arrays boxed every number stored in them while the loop ran unoptimised. Reused
  // from year to year (the caller reads `centre` before the next measure).
  const { meanSalience, centre, low, high } = MEASURE
  meanSalience.fill(0)
  centre.fill(0)
  low.fill(Infinity)
  high.fill(-Infinity)
  profiles.forEach((p, k) => {
    const row = (slots[k] ?? 0) * dims
    for (let d = 0; d < dims; d++) {
      const x = positions[row + d] ?? 0
      meanSalience[d] = (meanSalience[d] ?? 0) + (p.salience[d] ?? 0) / n
      centre[d] = (centre[d] ?? 0) + (p.capability * x) / capTotal
      low[d] = Math.min(low[d] ?? x, x)
      high[d] = Math.max(high[d] ?? x, x)
    }
  })
  let salTotal = 0
  for (const s of meanSalience) salTotal += s
  if (salTotal === 0) salTotal = 1
  // Convergence: capability- and salience-weighted mean distance of members from the centre.
  let dispersion = 0
  profiles.forEach((p, k) => {
    const row = (slots[k] ?? 0) * dims
    let distance = 0
    for (let d = 0; d < dims; d++) distance += (meanSalience[d] ?? 0) * Math.abs((positions[row + d] ?? 0) - (centre[d] ?? 0))
    dispersion += (p.capability * distance) / salTotal / capTotal
  })
  const convergence = clamp(100 * (1 - dispersion / 40))
  // Room: 100 minus the salience-weighted width of the zone every member could veto (the range of positions).
  let width = 0
  if (n > 0) for (let d = 0; d < dims; d++) width += ((meanSalience[d] ?? 0) * ((high[d] ?? 0) - (low[d] ?? 0))) / salTotal
  const room = clamp(100 - width)
  let scored = 0
  let total = 0
  for (const list of recentScores) for (const x of list) {
    total += x
    scored++
  }
  const throughput = scored ? clamp((100 * total) / scored) : 50
  const cohesion = 0.4 * convergence + 0.35 * throughput + 0.25 * room
  return { cohesion, convergence, throughput, room, centre }
}

function recordYear(
  year: number,
  members: ActorId[],
  profiles: Profile[],
  slots: Int32Array,
  positions: Float64Array,
  affinity: AffinityMatrix,
  recentScores: number[][],
  counts: Record<Outcome, number>,
  context: YearRecord['context'],
): YearRecord {
  const m = measureYear(profiles, slots, positions, recentScores)
  return {
    year,
    members,
    cohesion: round(m.cohesion, 2),
    parts: { convergence: round(m.convergence, 2), throughput: round(m.throughput, 2), room: round(m.room, 2) },
    counts,
    centre: roundedRecord(DIMENSIONS, (_, i) => m.centre[i] ?? 0, 2) as DimensionVector,
    blocs: blocsOf(profiles, slots, positions, affinity),
    context: roundedRecord(Object.keys(context) as ContextKey[], (k) => context[k], 4) as YearRecord['context'],
  }
}

/** Outcome counts for one year, all zero, in the order of OUTCOMES. */
function emptyCounts(): Record<Outcome, number> {
  const counts = {} as Record<Outcome, number>
  for (const o of OUTCOMES) counts[o] = 0
  return counts
}

/** Build `{ key: rounded value }` in the keys' order (a loop: Object.fromEntries is slow on this hot path). */
function roundedRecord<K extends string>(keys: readonly K[], value: (key: K, index: number) => number, places: number): Record<K, number> {
  const out = {} as Record<K, number>
  keys.forEach((k, i) => (out[k] = round(value(k, i), places)))
  return out
}

function clamp(x: number): number {
  return Math.max(0, Math.min(100, x))
}

/** Group members into blocs: linked when friendly (affinity ≥ 0.3) and close (mean distance < 20). */
function blocsOf(profiles: Profile[], slots: Int32Array, positions: Float64Array, affinity: AffinityMatrix): ActorId[][] {
  const dims = DIMENSIONS.length
  const parent = profiles.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i
    return i
  }
  for (let i = 0; i < profiles.length; i++) {
    for (let j = i + 1; j < profiles.length; j++) {
      const a = profiles[i]
      const b = profiles[j]
      if (!a || !b) continue
      const ra = (slots[i] ?? 0) * dims
      const rb = (slots[j] ?? 0) * dims
      let distance = 0
      for (let d = 0; d < dims; d++) distance += Math.abs((positions[ra + d] ?? 0) - (positions[rb + d] ?? 0)) / dims
      if (affinity.get(a.id, b.id) >= 0.3 && distance < 20) parent[find(j)] = find(i)
    }
  }
  const groups = new Map<number, ActorId[]>()
  profiles.forEach((p, i) => {
    const root = find(i)
    const group = groups.get(root)
    if (group) group.push(p.id)
    else groups.set(root, [p.id])
  })
  return [...groups.values()]
}

/** Scratch of `drift`: one member's pull, one slot per dimension. */
const PULL = new Float64Array(DIMENSIONS.length)

/**
 * Move each member a tenth of the way toward the capability- and affinity-weighted mean of its
 * friends' positions (hostile pairs exert no pull), and a fifth of the way back to its ideal.
 * `rows` holds each member's place in the run's actor order (the same places the year's votes use).
 */
function drift(members: Profile[], rows: Int32Array, positions: Float64Array, affinity: AffinityMatrix, next: Float64Array): void {
  const dims = DIMENSIONS.length
  const n = members.length
  const pull = PULL
  for (let i = 0; i < n; i++) {
    const p = members[i]
    const ri = rows[i] ?? 0
    if (!p) continue
    pull.fill(0)
    let weightSum = 0
    for (let j = 0; j < n; j++) {
      const q = members[j]
      if (j === i || !q) continue
      const w = Math.max(0, affinity.at(ri, rows[j] ?? 0)) * q.capability
      if (w === 0) continue
      weightSum += w
      const rj = (rows[j] ?? 0) * dims
      for (let d = 0; d < dims; d++) pull[d] = (pull[d] ?? 0) + w * ((positions[rj + d] ?? 0) - (positions[ri * dims + d] ?? 0))
    }
    for (let d = 0; d < dims; d++) {
      const x = positions[ri * dims + d] ?? 0
      next[i * dims + d] = x + (weightSum > 0 ? (0.1 * (pull[d] ?? 0)) / weightSum : 0) + 0.2 * ((p.ideal[d] ?? 0) - x)
    }
  }
  for (let i = 0; i < n; i++) {
    const ri = rows[i] ?? 0
    for (let d = 0; d < dims; d++) positions[ri * dims + d] = next[i * dims + d] ?? 0
  }
}
