/**
 * Types shared by every part of the model. Everything here is plain data: serialisable to JSON,
 * with no classes and no functions, so a scenario or a result can travel through a URL, a file
 * or a Web Worker message unchanged.
 */

/** Name an actor by its ISO 3166-1 alpha-3 code (e.g. `CHN`, `RUS`). */
export type ActorId = string & { readonly __brand?: 'ActorId' }
/** Name an initiative; the model never reads its meaning. */
export type InitiativeId = string & { readonly __brand?: 'InitiativeId' }
/** Name a claim from the source texts (e.g. `RU-03`). */
export type ClaimId = string
/** Name a rule of the model (e.g. `R-FUNDING`). */
export type RuleId = string

export const DOMAINS = ['security', 'economic', 'humanitarian', 'political', 'institutional', 'enlargement'] as const
export type Domain = (typeof DOMAINS)[number]

export const FORMS = ['declaration', 'agreement', 'institution', 'operation', 'membership'] as const
export type Form = (typeof FORMS)[number]

export const OVERLAPS = ['CSTO', 'EAEU', 'EDB', 'BRI', 'CPEC'] as const
export type Overlap = (typeof OVERLAPS)[number]

export const REGIONAL_FOCI = ['central-asia', 'afghanistan', 'south-asia', 'middle-east', 'eurasia', 'global'] as const
export type RegionalFocus = (typeof REGIONAL_FOCI)[number]

export const CANDIDATE_STATUSES = ['member', 'observer', 'dialogue-partner'] as const
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number]

/** Describe an initiative by the features the model judges it on (see the initiatives contract). */
export interface InitiativeFeatures {
  /** 0 a declaration of intent … 1 binding obligations or a body with powers. */
  bindingness: number
  /** 0–1: how much common government money it needs. */
  pooledFunding: number
  /** Whose leadership or institution it would entrench, or null. */
  leadPower: ActorId | null
  /** 0–1: share of military (not police or intelligence) cooperation. */
  militaryComponent: number
  /** −1–1: +1 aimed against US/NATO presence; −1 reaching out to them. */
  antiWesternSignal: number
  /** 0–1: intrusion into members' internal affairs or transfer of authority. */
  sovereigntyCost: number
  /** −1–1: +1 upholds territorial integrity; −1 endorses a separation or annexation. */
  territorialNorm: number
  /** A dispute between two states put on the agenda, and whose side the text takes. */
  bilateralDispute: { parties: [ActorId, ActorId]; favors: ActorId | null } | null
  /** Institutions or projects it touches or competes with. */
  overlaps: Overlap[]
  /** Where it acts. */
  regionalFocus: RegionalFocus
}

/** Put a proposal before the SCO, in the format of the initiatives contract. */
export interface Initiative {
  id: InitiativeId
  title: string
  yearProposed: number
  domain: Domain
  form: Form
  champions: ActorId[]
  features: InitiativeFeatures
  candidate?: { actor: ActorId; status: CandidateStatus }
}

/** Name the policy dimensions on which actors hold positions (each 0–100). */
export const DIMENSIONS = ['security', 'economic', 'stance', 'sovereignty', 'openness'] as const
export type Dimension = (typeof DIMENSIONS)[number]
export type DimensionVector = Record<Dimension, number>

/** Weigh each initiative feature for one actor; positive likes more of the feature. Units: utility per unit of feature. */
export interface InterestWeights {
  /** Value of security cooperation (counter-terrorism, borders) per unit of threat. */
  security: number
  /** Aversion to military (not police) cooperation in the SCO. */
  military: number
  /** Value of economic institutionalisation (trade, projects). */
  economic: number
  /** Attitude to pooled government funding (negative: refuses to pay in). */
  pooledFunding: number
  /** Value of humanitarian cooperation (education, culture). */
  humanitarian: number
  /** Attitude to anti-Western signals (negative: wants no anti-Western line). */
  antiWestern: number
  /** Aversion to intrusions on sovereignty. */
  sovereignty: number
  /** Value of upholding territorial integrity against separatism. */
  territorial: number
  /** Value of the organization itself: the "Shanghai spirit" baseline for joining consensus. */
  cooperation: number
}

/** Cite the claims a value rests on. */
export interface Cited<T> {
  value: T
  claims: ClaimId[]
  note?: string
}

/**
 * A cited number that may move with the context: `value + shift.perUnit × context[shift.context]`
 * (e.g. Russia's taste for anti-Western signals grows with its confrontation with the West, RU-10).
 * `range` gives the plausible low and high for Monte Carlo; absent, ±25% of |value| is used.
 */
export interface CitedNumber extends Cited<number> {
  shift?: { context: ContextKey; perUnit: number; claims: ClaimId[] }
  range?: [number, number]
}

/** Describe one state: its weight, interests and history, every interest citing its claims. */
export interface Actor {
  id: ActorId
  name: string
  /** Groups the levers address (e.g. `central-asia`), and which founders it belongs with. */
  groups: string[]
  /** 0–1 composite of economic and military weight; see `capabilitySource`. */
  capability: number
  /** How capability was composed, with the figures' year and source. */
  capabilitySource: string
  /** Population in millions (for population-weighted voting). */
  population: number
  /** Ideal point on each dimension (0–100). */
  ideal: Cited<DimensionVector>
  /** Salience of each dimension (0–1). */
  salience: Cited<DimensionVector>
  /** Interest weights on initiative features. */
  interests: Record<keyof InterestWeights, CitedNumber>
  /** Loss (utility units) it swallows for consensus before objecting. */
  tolerance: CitedNumber
  /** Aversion to entrenching another power's leadership, by leader; `*` is the default for any other. */
  dominanceAversion: Record<string, CitedNumber>
  /** Attitude to initiatives touching another institution or project. */
  overlapAttitudes: Partial<Record<Overlap, CitedNumber>>
  /** Interest in each region the SCO may act in (salience of `regionalFocus`). */
  regionalInterest: Partial<Record<RegionalFocus, CitedNumber>>
  /** Openness to admitting new members, possibly changing over time (year → value, stepwise). */
  enlargementOpenness: Cited<Record<string, number>>
  /** Accept a candidate only if its counterpart joins too (e.g. Russia: Pakistan only with India). */
  pairedAccession: Record<string, Cited<ActorId>>
  /** Year it became a member, observer or dialogue partner, as it happened. */
  accession: { member: number | null; observer: number | null; dialoguePartner: number | null }
}

/** State how warm (+1) or hostile (−1) a pair of actors is, with its claims. */
export interface Affinity {
  pair: [ActorId, ActorId]
  value: number
  range?: [number, number]
  claims: ClaimId[]
  note?: string
}

/** Hold every actor and every relationship the model knows. */
export interface ActorTable {
  schemaVersion: 1
  actors: Actor[]
  affinities: Affinity[]
  /** Profile given to any state with no entry: no vote, neutral interests. */
  defaultOutsider: Omit<Actor, 'id' | 'name' | 'accession' | 'groups'>
}

/** Choose how the SCO decides. */
export type DecisionRule =
  | { kind: 'consensus' }
  | { kind: 'consensus-opt-out' }
  | { kind: 'qualified-majority'; weighting: 'states' | 'capability' | 'population'; threshold: number; unanimityForMembership: boolean }

/** Name the numeric levers a user moves; each is a multiplier or level documented in `LEVERS`. */
export interface Levers {
  /** Russia's emphasis on security cooperation (0–2, 1 = as the texts describe). */
  russiaSecurityEmphasis: number
  /** Russia's resistance to Chinese-led economic institutions (0–2). */
  russiaEconomicResistance: number
  /** China's economic push in the SCO (0–2). */
  chinaEconomicPush: number
  /** China's attention to the SCO versus the Belt and Road (0–1; 1 = undivided). Applied from `chinaAttentionFrom`. */
  chinaAttention: number
  /** Year from which the Belt and Road draws China's attention away. */
  chinaAttentionFrom: number
  /** Russia–China alignment (−1 rift … 1 entente). */
  russiaChinaAlignment: number
  /** How strongly the Central Asian states hedge between the big powers (0–2). */
  centralAsianHedging: number
  /** India–Pakistan tension (0–2, 1 = as the texts describe). */
  indiaPakistanTension: number
  /** Russia–West confrontation (0–1), overriding the baseline path when `russiaWestOverride` is true. */
  russiaWestConfrontation: number
  russiaWestOverride: boolean
  /** US military presence in Central Asia (0–1), overriding the baseline path when `usPresenceOverride` is true. */
  usPresence: number
  usPresenceOverride: boolean
  /** Threat from Afghanistan (0–2 multiplier of the baseline path). */
  afghanThreat: number
  /** Institutional reform after enlargement (0–1): how much of the enlargement strain is fixed. */
  institutionalReform: number
}

/** Say that in a year something changes: a state joins or leaves, or a context path is set. */
export type ScenarioEvent =
  | { kind: 'accession'; year: number; actor: ActorId; status: CandidateStatus }
  | { kind: 'withdrawal'; year: number; actor: ActorId }
  | { kind: 'context'; year: number; key: ContextKey; value: number }

export const CONTEXT_KEYS = ['russiaWest', 'usPresence', 'afghanThreat', 'briSalience'] as const
export type ContextKey = (typeof CONTEXT_KEYS)[number]

/** Describe a whole scenario: who is in when, the context path, levers, rule and horizon. */
export interface Scenario {
  schemaVersion: 1
  id: string
  title: string
  description: string
  startYear: number
  endYear: number
  seed: number
  events: ScenarioEvent[]
  levers: Levers
  decisionRule: DecisionRule
  /** Claims this scenario explores (for the picker and lessons). */
  claims: ClaimId[]
}

/** Say what a member does with an initiative. */
export type Stance = 'join' | 'reservation' | 'object'

/** Say how an initiative ended (or stands) at the end of its horizon. */
export const OUTCOMES = ['adopted', 'adopted-with-reservations', 'diluted', 'delayed', 'vetoed'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** One named contribution to a member's gain: which rule fired, on which claims, how much. */
export interface RuleTerm {
  rule: RuleId
  claims: ClaimId[]
  contribution: number
}

/** One member's reading of an initiative in one year. */
export interface MemberStance {
  actor: ActorId
  stance: Stance
  /** Gain from adoption (utility units); positive favours it. */
  gain: number
  /** Loss it would still bear if others went ahead without it. */
  optOutLoss: number
  tolerance: number
  /**
   * The rule terms behind the gain: kept for every member when the item passes, and for objectors
   * and reservations when it is blocked (a joiner's reasons in a blocked year are left empty).
   */
  terms: RuleTerm[]
}

/** Name an objector, how far it was from accepting, and why. */
export interface Blocker {
  actor: ActorId
  /** How much more gain it would have needed to accept (utility units, > 0). */
  shortfall: number
  terms: RuleTerm[]
}

/** Record one year's decision on one initiative. */
export interface DecisionRecord {
  year: number
  /** `shelved`: no champion pushed it this year (e.g. China's attention elsewhere, CN-05). */
  result: 'adopted' | 'adopted-with-reservations' | 'blocked' | 'shelved'
  /** True when this is the yearly restatement of a declaration already adopted. */
  reaffirmation: boolean
  stances: MemberStance[]
  blockers: Blocker[]
  /** 0 (as tabled) … 1 (nothing left): how much the proposal has been watered down. */
  dilution: number
}

/** Give the fate of one initiative over the run. */
export interface InitiativeResult {
  id: InitiativeId
  outcome: Outcome
  yearProposed: number
  yearDecided: number | null
  /** The decision in the last year it was on the table (or re-affirmed). */
  final: DecisionRecord | null
  /** Every year's decision, in order. */
  history: DecisionRecord[]
  /** Notes such as "default profile used for GEO". */
  notes: string[]
}

/** Give the organization's state in one year. */
export interface YearRecord {
  year: number
  members: ActorId[]
  /** Headline cohesion, 0–100. */
  cohesion: number
  /**
   * Parts of cohesion, each 0–100: how close members' positions are (convergence), the share of
   * non-membership decisions adopted over the last three years (throughput, reservations and diluted adoptions count half), and how much room the veto players
   * leave for any change (room: 100 minus the width of the zone of gridlock).
   */
  parts: { convergence: number; throughput: number; room: number }
  counts: Record<Outcome, number>
  /** Mean position of members (capability-weighted). */
  centre: DimensionVector
  /** Number of blocs (clusters of members whose positions and affinities hold together). */
  blocs: ActorId[][]
  context: Record<ContextKey, number>
}

/** Give one actor's standing over the run. */
export interface ActorResult {
  actor: ActorId
  /** 0–100: how close outcomes landed to what it wanted. */
  satisfaction: number
  /** 0–100: how often decided outcomes went its way. */
  influence: number
  /** Times it objected. */
  vetoes: number
}

/** Everything one run produces. */
export interface SimulationResult {
  modelVersion: string
  scenarioId: string
  seed: number
  years: YearRecord[]
  initiatives: InitiativeResult[]
  actors: ActorResult[]
}
