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
  ideal: readonly number[]
  salience: readonly number[]
  interests: Record<keyof InterestWeights, Weight>
  tolerance: number
  dominanceAversion: Map<string, number>
  overlap: Map<Overlap, Weight>
  region: Map<RegionalFocus, number>
  openness: ReadonlyArray<readonly [number, number]>
  paired: ReadonlyMap<ActorId, ActorId>
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

/**
 * What a profile takes from an actor whatever the levers and draws: the order of its cited values
 * and their input paths (the order a draw samples them in), its vectors, openness path and paired
 * accessions. The data never change while the app runs, so this is built once per actor rather than
 * on every run and every Monte Carlo draw; profiles share these read-only parts.
 */
interface ActorFrame {
  /** Input path of each interest weight, in the order of INTEREST_KEYS. */
  interestPaths: readonly string[]
  dominance: ReadonlyArray<readonly [leader: string, cited: CitedNumber, path: string]>
  overlaps: ReadonlyArray<readonly [key: Overlap, cited: CitedNumber, path: string]>
  regions: ReadonlyArray<readonly [key: RegionalFocus, cited: CitedNumber, path: string]>
  tolerancePath: string
  ideal: readonly number[]
  salience: readonly number[]
  openness: ReadonlyArray<readonly [number, number]>
  paired: ReadonlyMap<ActorId, ActorId>
}

const FRAMES = new WeakMap<Actor, ActorFrame>()

function frameOf(actor: Actor): ActorFrame {
  const known = FRAMES.get(actor)
  if (known) return known
  const p = `actors.${actor.id}`
  const frame: ActorFrame = {
    interestPaths: INTEREST_KEYS.map((key) => `${p}.interests.${key}`),
    dominance: Object.entries(actor.dominanceAversion).map(([leader, c]) => [leader, c, `${p}.dominanceAversion.${leader}`] as const),
    overlaps: (Object.entries(actor.overlapAttitudes) as Array<[Overlap, CitedNumber]>).map(([key, c]) => [key, c, `${p}.overlapAttitudes.${key}`] as const),
    regions: (Object.entries(actor.regionalInterest) as Array<[RegionalFocus, CitedNumber]>).map(([key, c]) => [key, c, `${p}.regionalInterest.${key}`] as const),
    tolerancePath: `${p}.tolerance`,
    ideal: vector(actor.ideal.value),
    salience: vector(actor.salience.value),
    openness: Object.entries(actor.enlargementOpenness.value)
      .map(([year, value]) => [Number(year), value] as const)
      .sort((a, b) => a[0] - b[0]),
    paired: new Map(Object.entries(actor.pairedAccession).map(([candidate, c]) => [candidate, c.value])),
  }
  FRAMES.set(actor, frame)
  return frame
}

/** Compile one actor with levers applied and values drawn through `sample`. */
export function compileProfile(actor: Actor, levers: Levers, sample: Sampler, known = true): Profile {
  const m = leverMultipliers(actor, levers)
  const frame = frameOf(actor)
  // Values are drawn in a fixed order (interests, dominance, overlaps, regions, tolerance): a draw's
  // random stream depends on it.
  const interests = {} as Record<keyof InterestWeights, Weight>
  for (let i = 0; i < INTEREST_KEYS.length; i++) {
    const key = INTEREST_KEYS[i] as keyof InterestWeights
    let mult = 1
    if (key === 'security') mult = m.security
    else if (key === 'pooledFunding') mult = m.pooledFunding
    else if (key === 'economic') mult = m.economic
    else if (key === 'antiWestern' && actor.interests.antiWestern.value < 0) mult = m.hedging
    interests[key] = weight(actor.interests[key], frame.interestPaths[i] as string, sample, mult)
  }
  // Index loops: destructuring each entry would step through an iterator, allocating, on every draw.
  const dominanceAversion = new Map<string, number>()
  for (let i = 0; i < frame.dominance.length; i++) {
    const entry = frame.dominance[i] as ActorFrame['dominance'][number]
    dominanceAversion.set(entry[0], sample(entry[2], entry[1].value, entry[1].range) * m.hedging * m.dominance(entry[0]))
  }
  const overlap = new Map<Overlap, Weight>()
  for (let i = 0; i < frame.overlaps.length; i++) {
    const entry = frame.overlaps[i] as ActorFrame['overlaps'][number]
    overlap.set(entry[0], weight(entry[1], entry[2], sample))
  }
  const region = new Map<RegionalFocus, number>()
  for (let i = 0; i < frame.regions.length; i++) {
    const entry = frame.regions[i] as ActorFrame['regions'][number]
    region.set(entry[0], sample(entry[2], entry[1].value, entry[1].range))
  }
  const { openness, paired } = frame
  return {
    id: actor.id,
    name: actor.name,
    known,
    groups: actor.groups,
    capability: actor.capability,
    population: actor.population,
    ideal: frame.ideal,
    salience: frame.salience,
    interests,
    tolerance: Math.max(0, sample(frame.tolerancePath, actor.tolerance.value, actor.tolerance.range)),
    dominanceAversion,
    overlap,
    region,
    openness,
    paired,
    foundingMember: actor.accession.member === 2001,
  }
}

/** Outsider actors built so far, by table and id (frozen, so every run and draw can share them). */
const OUTSIDERS = new WeakMap<ActorTable, Map<ActorId, Actor>>()

/**
 * Build the actor for a state with no entry in the actor table: the documented outsider default.
 * Built once per table and state: a new object on every run also missed `frameOf`'s cache, and
 * rebuilt the outsider's frame on every run and every Monte Carlo draw.
 */
export function outsiderActor(table: ActorTable, id: ActorId): Actor {
  let byId = OUTSIDERS.get(table)
  if (!byId) OUTSIDERS.set(table, (byId = new Map()))
  let actor = byId.get(id)
  if (!actor) {
    actor = Object.freeze({
      ...table.defaultOutsider,
      id,
      name: id,
      groups: ['outsider'],
      accession: { member: null, observer: null, dialoguePartner: null },
    })
    byId.set(id, actor)
  }
  return actor
}

/** Read an actor's openness to enlargement in a year (stepwise path). */
export function opennessIn(profile: Profile, year: number): number {
  let value = 0
  // An index loop: destructuring each pair went through the iterator protocol, allocating on every step.
  for (let i = 0; i < profile.openness.length; i++) {
    const step = profile.openness[i] as readonly [number, number]
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
  /** The last actor read from and its row: reads come in runs for one member (its champions, its rivals). */
  private lastActor: ActorId | null = null
  private lastRow: number | undefined = undefined
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
    if (a !== this.lastActor) {
      this.lastActor = a
      this.lastRow = this.index.get(a)
    }
    const i = this.lastRow
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
