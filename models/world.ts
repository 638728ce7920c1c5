/**
 * Compile data and levers into the numbers one run works with: actor profiles with levers applied,
 * an affinity matrix, and the context path year by year. Nothing here decides anything.
 */
import type {
  Actor,
  ActorId,
  ActorTable,
  CitedNumber,
  ContextKey,
  DimensionVector,
  InterestWeights,
  Levers,
  Overlap,
  RegionalFocus,
  Scenario,
} from './types'
import { CONTEXT_KEYS, DIMENSIONS } from './types'

/** A cited number resolved for one run: base value, optional context shift, claims kept for explanation. */
export interface Weight {
  base: number
  shift: { context: ContextKey; perUnit: number } | null
}

/** One actor's numbers for a run, levers applied. */
export interface Profile {
  id: ActorId
  name: string
  known: boolean
  groups: readonly string[]
  capability: number
  population: number
  ideal: number[]
  salience: number[]
  interests: Record<keyof InterestWeights, Weight>
  tolerance: number
  dominanceAversion: Map<string, number>
  overlap: Map<Overlap, Weight>
  region: Map<RegionalFocus, number>
  openness: Array<[number, number]>
  paired: Map<ActorId, ActorId>
  foundingMember: boolean
}

/** Perturb a cited number (Monte Carlo); the identity for a plain run. */
export type Sampler = (path: string, value: number, range: [number, number] | undefined) => number

export const identitySampler: Sampler = (_path, value) => value

const INTEREST_KEYS: readonly (keyof InterestWeights)[] = [
  'security',
  'military',
  'economic',
  'pooledFunding',
  'humanitarian',
  'antiWestern',
  'sovereignty',
  'territorial',
  'cooperation',
]

function weight(c: CitedNumber, path: string, sample: Sampler, multiplier = 1): Weight {
  return {
    base: sample(path, c.value, c.range) * multiplier,
    shift: c.shift ? { context: c.shift.context, perUnit: c.shift.perUnit } : null,
  }
}

/** Read a weight in a year's context. */
export function valueOf(w: Weight, context: Record<ContextKey, number>): number {
  return w.shift ? w.base + w.shift.perUnit * context[w.shift.context] : w.base
}

function vector(v: DimensionVector): number[] {
  return DIMENSIONS.map((d) => v[d])
}

/**
 * Multipliers each lever applies to one actor's interests. Levers name Russia, China and the
 * Central Asian group because the texts do: each multiplier documents the claim it moves.
 */
function leverMultipliers(actor: Pick<Actor, 'id' | 'groups'>, levers: Levers) {
  const isRussia = actor.id === 'RUS'
  const isChina = actor.id === 'CHN'
  const isCentralAsian = actor.groups.includes('central-asia')
  const rcFactor = 1.25 - 0.5 * levers.russiaChinaAlignment
  return {
    // RU-01: Russia's security emphasis.
    security: isRussia ? levers.russiaSecurityEmphasis : 1,
    // RU-03: Russia's refusal to pay into common funds.
    pooledFunding: isRussia ? levers.russiaEconomicResistance : isChina ? levers.chinaEconomicPush : 1,
    // CN-02: China's economic push.
    economic: isChina ? levers.chinaEconomicPush : 1,
    // CA-01, CA-05: Central Asian hedging scales their aversion to any dominant power and to anti-Western lines.
    hedging: isCentralAsian ? levers.centralAsianHedging : 1,
    // RU-02, RU-05 and ORG-07: Russia–China alignment softens (or a rift sharpens) their mutual wariness.
    dominance: (other: string) =>
      (isRussia && other === 'CHN') || (isChina && other === 'RUS')
        ? rcFactor * (isRussia ? levers.russiaEconomicResistance : 1)
        : 1,
  }
}

/** Compile one actor with levers applied and values drawn through `sample`. */
export function compileProfile(actor: Actor, levers: Levers, sample: Sampler, known = true): Profile {
  const m = leverMultipliers(actor, levers)
  const p = `actors.${actor.id}`
  const interests = {} as Record<keyof InterestWeights, Weight>
  for (const key of INTEREST_KEYS) {
    let mult = 1
    if (key === 'security') mult = m.security
    else if (key === 'pooledFunding') mult = m.pooledFunding
    else if (key === 'economic') mult = m.economic
    else if (key === 'antiWestern' && actor.interests.antiWestern.value < 0) mult = m.hedging
    interests[key] = weight(actor.interests[key], `${p}.interests.${key}`, sample, mult)
  }
  const dominanceAversion = new Map<string, number>()
  for (const [leader, c] of Object.entries(actor.dominanceAversion)) {
    dominanceAversion.set(leader, sample(`${p}.dominanceAversion.${leader}`, c.value, c.range) * m.hedging * m.dominance(leader))
  }
  const overlap = new Map<Overlap, Weight>()
  for (const [key, c] of Object.entries(actor.overlapAttitudes) as Array<[Overlap, CitedNumber]>) {
    overlap.set(key, weight(c, `${p}.overlapAttitudes.${key}`, sample))
  }
  const region = new Map<RegionalFocus, number>()
  for (const [key, c] of Object.entries(actor.regionalInterest) as Array<[RegionalFocus, CitedNumber]>) {
    region.set(key, sample(`${p}.regionalInterest.${key}`, c.value, c.range))
  }
  const openness = Object.entries(actor.enlargementOpenness.value)
    .map(([year, value]) => [Number(year), value] as [number, number])
    .sort((a, b) => a[0] - b[0])
  const paired = new Map<ActorId, ActorId>()
  for (const [candidate, c] of Object.entries(actor.pairedAccession)) paired.set(candidate, c.value)
  return {
    id: actor.id,
    name: actor.name,
    known,
    groups: actor.groups,
    capability: actor.capability,
    population: actor.population,
    ideal: vector(actor.ideal.value),
    salience: vector(actor.salience.value),
    interests,
    tolerance: Math.max(0, sample(`${p}.tolerance`, actor.tolerance.value, actor.tolerance.range)),
    dominanceAversion,
    overlap,
    region,
    openness,
    paired,
    foundingMember: actor.accession.member === 2001,
  }
}

/** Build a profile for a state with no entry in the actor table: the documented outsider default. */
export function outsiderActor(table: ActorTable, id: ActorId): Actor {
  return {
    ...table.defaultOutsider,
    id,
    name: id,
    groups: ['outsider'],
    accession: { member: null, observer: null, dialoguePartner: null },
  }
}

/** Read an actor's openness to enlargement in a year (stepwise path). */
export function opennessIn(profile: Profile, year: number): number {
  let value = 0
  // An index loop: destructuring each pair went through the iterator protocol, allocating on every step.
  for (let i = 0; i < profile.openness.length; i++) {
    const step = profile.openness[i] as [number, number]
    if (year >= step[0]) value = step[1]
    else break
  }
  return value
}

/** Hold pairwise affinities (−1…1) in a symmetric matrix indexed by actor order. */
export class AffinityMatrix {
  readonly index: Map<ActorId, number>
  readonly values: Float64Array
  readonly size: number
  constructor(ids: readonly ActorId[]) {
    this.size = ids.length
    this.index = new Map(ids.map((id, i) => [id, i]))
    this.values = new Float64Array(this.size * this.size)
  }
  /** Read by actor index (the order of the ids given to the constructor). */
  at(i: number, j: number): number {
    return i === j ? 0 : (this.values[i * this.size + j] ?? 0)
  }
  get(a: ActorId, b: ActorId): number {
    const i = this.index.get(a)
    const j = this.index.get(b)
    if (i === undefined || j === undefined || i === j) return 0
    return this.values[i * this.size + j] ?? 0
  }
  set(a: ActorId, b: ActorId, value: number): void {
    const i = this.index.get(a)
    const j = this.index.get(b)
    if (i === undefined || j === undefined || i === j) return
    const v = Math.max(-1, Math.min(1, value))
    this.values[i * this.size + j] = v
    this.values[j * this.size + i] = v
  }
}

/** Say whether `x` and `y` are the states `a` and `b`, in either order. */
const isPair = (x: ActorId, y: ActorId, a: ActorId, b: ActorId): boolean => (x === a && y === b) || (x === b && y === a)

/** Build the affinity matrix with the India–Pakistan and Russia–China levers applied. */
export function compileAffinities(table: ActorTable, ids: readonly ActorId[], levers: Levers, sample: Sampler): AffinityMatrix {
  const matrix = new AffinityMatrix(ids)
  for (const a of table.affinities) {
    const [x, y] = a.pair
    let value = sample(`affinities.${x}-${y}`, a.value, a.range)
    // EN-04: India–Pakistan tension scales their hostility.
    if (isPair(x, y, 'IND', 'PAK')) value = value * levers.indiaPakistanTension
    // ORG-07, RU-05: Russia–China alignment is the lever's value.
    if (isPair(x, y, 'CHN', 'RUS')) value = levers.russiaChinaAlignment
    matrix.set(x, y, value)
  }
  return matrix
}

/** The context path: stepwise values per year from the scenario's context events, levers applied. */
export function contextPath(scenario: Scenario): (year: number) => Record<ContextKey, number> {
  const events = scenario.events
    .filter((e): e is Extract<typeof e, { kind: 'context' }> => e.kind === 'context')
    .slice()
    .sort((a, b) => a.year - b.year || CONTEXT_KEYS.indexOf(a.key) - CONTEXT_KEYS.indexOf(b.key))
  const { levers } = scenario
  return (year) => {
    const ctx: Record<ContextKey, number> = { russiaWest: 0, usPresence: 0, afghanThreat: 0.5, briSalience: 0 }
    for (const e of events) {
      if (e.year > year) break
      ctx[e.key] = e.value
    }
    if (levers.russiaWestOverride) ctx.russiaWest = levers.russiaWestConfrontation
    if (levers.usPresenceOverride) ctx.usPresence = levers.usPresence
    // EX-01: the Afghanistan lever scales the historical threat path.
    ctx.afghanThreat = Math.min(2, ctx.afghanThreat * levers.afghanThreat)
    return ctx
  }
}

/** Attention an actor gives the SCO in a year (China's fades as the Belt and Road grows, CN-05). */
export function attentionOf(id: ActorId, year: number, levers: Levers): number {
  if (id === 'CHN' && year >= levers.chinaAttentionFrom) return levers.chinaAttention
  return 1
}
