/**
 * Schemas for everything that enters the model: initiatives (the contract format), actors,
 * scenarios and sources. Each is checked on load; every problem is reported at once with its path.
 */
import { z } from 'zod'
import { isAssignedAlpha3 } from './iso3166'
import {
  CANDIDATE_STATUSES,
  CONTEXT_KEYS,
  DIMENSIONS,
  DOMAINS,
  FORMS,
  OVERLAPS,
  REGIONAL_FOCI,
  type ActorTable,
  type Initiative,
  type Scenario,
} from './types'

/** A place where input broke the schema, with a path like `initiatives[3].features.bindingness`. */
export interface InputIssue {
  path: string
  message: string
}

/** Report an input that failed validation; `issues` names every bad field. */
export class InputError extends Error {
  readonly issues: InputIssue[]
  constructor(what: string, issues: InputIssue[]) {
    super(`${what} is invalid:\n${issues.map((i) => `  - ${i.path || '(top level)'}: ${i.message}`).join('\n')}`)
    this.name = 'InputError'
    this.issues = issues
  }
}

/** Turn a path of keys and indices into `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}

function issuesOf(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => {
    const base = formatPath(issue.path)
    if (issue.code === 'unrecognized_keys') {
      return { path: base, message: `unknown field(s): ${issue.keys.join(', ')}` }
    }
    return { path: base, message: issue.message }
  })
}

/** Validate `input` against `schema`, throwing an `InputError` that lists every bad field. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input)
  if (!result.success) throw new InputError(what, issuesOf(result.error))
  return result.data
}

/** Validate without throwing: the value, or the list of issues. */
export function checkWith<T>(schema: z.ZodType<T>, input: unknown): { ok: true; value: T } | { ok: false; issues: InputIssue[] } {
  const result = schema.safeParse(input)
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: issuesOf(result.error) }
}

const unit = z.number().min(0).max(1)
const signed = z.number().min(-1).max(1)

/** An assigned ISO 3166-1 alpha-3 code. */
export const actorCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3)')
  .refine(isAssignedAlpha3, { message: 'is not an assigned ISO 3166-1 alpha-3 code' })

const kebab = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits and hyphens)')

/** Features of an initiative, as in the contract; unknown fields are errors. */
export const featuresSchema = z.strictObject({
  bindingness: unit,
  pooledFunding: unit,
  leadPower: actorCodeSchema.nullable(),
  militaryComponent: unit,
  antiWesternSignal: signed,
  sovereigntyCost: unit,
  territorialNorm: signed,
  bilateralDispute: z
    .strictObject({
      parties: z.tuple([actorCodeSchema, actorCodeSchema]),
      favors: actorCodeSchema.nullable(),
    })
    .refine((d) => d.parties[0] !== d.parties[1], { message: 'the two parties must differ', path: ['parties'] })
    .refine((d) => d.favors === null || d.parties.includes(d.favors), {
      message: 'must be one of the parties or null',
      path: ['favors'],
    })
    .nullable(),
  overlaps: z.array(z.enum(OVERLAPS)).refine((a) => new Set(a).size === a.length, { message: 'must not repeat a value' }),
  regionalFocus: z.enum(REGIONAL_FOCI),
})

/** One initiative in the contract format. */
export const initiativeSchema = z
  .strictObject({
    id: kebab,
    title: z.string().min(1).max(300),
    yearProposed: z.number().int().min(1996).max(2060),
    domain: z.enum(DOMAINS),
    form: z.enum(FORMS),
    champions: z.array(actorCodeSchema).min(1),
    features: featuresSchema,
    candidate: z.strictObject({ actor: actorCodeSchema, status: z.enum(CANDIDATE_STATUSES) }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.form === 'membership' && !value.candidate) {
      ctx.addIssue({ code: 'custom', path: ['candidate'], message: 'is required when form is "membership"' })
    }
    if (value.form !== 'membership' && value.candidate) {
      ctx.addIssue({ code: 'custom', path: ['candidate'], message: 'is only allowed when form is "membership"' })
    }
  }) satisfies z.ZodType<Initiative>

/**
 * One initiative or an array of them, with unique ids. A single object is read as a list of one, so
 * every error names its field (`[0].features.bindingness`) instead of a vague union failure.
 */
export const initiativeInputSchema = z.preprocess(
  (value) => (Array.isArray(value) ? value : [value]),
  z.array(initiativeSchema).min(1, 'must hold at least one initiative').superRefine((list, ctx) => {
    const seen = new Set<string>()
    list.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `repeats the id "${item.id}"` })
      seen.add(item.id)
    })
  }),
)

const claimId = z.string().regex(/^(ORG|RU|CN|CA|EN|EX)-\d{2}$/, 'must be a claim id such as RU-03')
const claims = z.array(claimId).min(1, 'must cite at least one claim')
const rangeSchema = z.tuple([z.number(), z.number()]).refine(([a, b]) => a <= b, { message: 'low must not exceed high' })

const citedNumber = z.strictObject({
  value: z.number(),
  claims,
  note: z.string().optional(),
  shift: z.strictObject({ context: z.enum(CONTEXT_KEYS), perUnit: z.number(), claims }).optional(),
  range: rangeSchema.optional(),
})

const dimensionVector = z.strictObject(
  Object.fromEntries(DIMENSIONS.map((d) => [d, z.number().min(0).max(100)])) as Record<
    (typeof DIMENSIONS)[number],
    z.ZodNumber
  >,
)
const salienceVector = z.strictObject(
  Object.fromEntries(DIMENSIONS.map((d) => [d, unit])) as Record<(typeof DIMENSIONS)[number], z.ZodNumber>,
)

const interests = z.strictObject({
  security: citedNumber,
  military: citedNumber,
  economic: citedNumber,
  pooledFunding: citedNumber,
  humanitarian: citedNumber,
  antiWestern: citedNumber,
  sovereignty: citedNumber,
  territorial: citedNumber,
  cooperation: citedNumber,
})

const profileFields = {
  capability: unit,
  capabilitySource: z.string().min(10),
  population: z.number().positive(),
  ideal: z.strictObject({ value: dimensionVector, claims, note: z.string().optional() }),
  salience: z.strictObject({ value: salienceVector, claims, note: z.string().optional() }),
  interests,
  tolerance: citedNumber,
  dominanceAversion: z.record(z.string().regex(/^([A-Z]{3}|\*)$/), citedNumber),
  overlapAttitudes: z.partialRecord(z.enum(OVERLAPS), citedNumber),
  regionalInterest: z.partialRecord(z.enum(REGIONAL_FOCI), citedNumber),
  enlargementOpenness: z.strictObject({
    value: z.record(z.string().regex(/^\d{4}$/), signed),
    claims,
    note: z.string().optional(),
  }),
  pairedAccession: z.record(actorCodeSchema, z.strictObject({ value: actorCodeSchema, claims, note: z.string().optional() })),
}

const yearOrNull = z.number().int().min(1996).max(2060).nullable()

/** The actor table in `data/actors.json`. */
export const actorTableSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    actors: z.array(
      z.strictObject({
        id: actorCodeSchema,
        name: z.string().min(1),
        groups: z.array(z.string()),
        ...profileFields,
        accession: z.strictObject({ member: yearOrNull, observer: yearOrNull, dialoguePartner: yearOrNull }),
      }),
    ),
    affinities: z.array(
      z.strictObject({
        pair: z.tuple([actorCodeSchema, actorCodeSchema]),
        value: signed,
        range: rangeSchema.optional(),
        claims,
        note: z.string().optional(),
      }),
    ),
    defaultOutsider: z.strictObject(profileFields),
  })
  .superRefine((table, ctx) => {
    const ids = new Set<string>()
    table.actors.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: 'custom', path: ['actors', i, 'id'], message: `repeats ${a.id}` })
      ids.add(a.id)
    })
    const pairs = new Set<string>()
    table.affinities.forEach((a, i) => {
      const key = [...a.pair].sort().join('|')
      if (pairs.has(key)) ctx.addIssue({ code: 'custom', path: ['affinities', i, 'pair'], message: `repeats ${key}` })
      pairs.add(key)
      a.pair.forEach((code, j) => {
        if (!ids.has(code)) ctx.addIssue({ code: 'custom', path: ['affinities', i, 'pair', j], message: `${code} has no actor entry` })
      })
    })
  }) satisfies z.ZodType<ActorTable>

/** The numeric and switch levers of a scenario. */
export const leversSchema = z.strictObject({
  russiaSecurityEmphasis: z.number().min(0).max(2),
  russiaEconomicResistance: z.number().min(0).max(2),
  chinaEconomicPush: z.number().min(0).max(2),
  chinaAttention: unit,
  chinaAttentionFrom: z.number().int().min(2001).max(2060),
  russiaChinaAlignment: signed,
  centralAsianHedging: z.number().min(0).max(2),
  indiaPakistanTension: z.number().min(0).max(2),
  russiaWestConfrontation: unit,
  russiaWestOverride: z.boolean(),
  usPresence: unit,
  usPresenceOverride: z.boolean(),
  afghanThreat: z.number().min(0).max(2),
  institutionalReform: unit,
})

/** How the SCO decides. */
export const decisionRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('consensus') }),
  z.strictObject({ kind: z.literal('consensus-opt-out') }),
  z.strictObject({
    kind: z.literal('qualified-majority'),
    weighting: z.enum(['states', 'capability', 'population']),
    threshold: z.number().min(0.5).max(1),
    unanimityForMembership: z.boolean(),
  }),
])

const year = z.number().int().min(1996).max(2060)

/** One event of a scenario: an accession, a withdrawal, or a context value from a year on. */
export const scenarioEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('accession'), year, actor: actorCodeSchema, status: z.enum(CANDIDATE_STATUSES) }),
  z.strictObject({ kind: z.literal('withdrawal'), year, actor: actorCodeSchema }),
  z.strictObject({ kind: z.literal('context'), year, key: z.enum(CONTEXT_KEYS), value: z.number().min(0).max(2) }),
])

/** A scenario file in `data/scenarios/`. */
export const scenarioSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    id: kebab,
    title: z.string().min(1).max(200),
    description: z.string().max(2000),
    startYear: year,
    endYear: year,
    seed: z.number().int().min(0).max(2 ** 31 - 1),
    events: z.array(scenarioEventSchema),
    levers: leversSchema,
    decisionRule: decisionRuleSchema,
    claims: z.array(claimId),
  })
  .refine((s) => s.endYear >= s.startYear, { message: 'must not be before startYear', path: ['endYear'] })
  .refine((s) => s.endYear - s.startYear <= 80, { message: 'a run covers at most 80 years', path: ['endYear'] }) satisfies z.ZodType<Scenario>

/** The publications and claims in `data/sources.json`. */
export const sourcesSchema = z.strictObject({
  schemaVersion: z.literal(1),
  publications: z.array(
    z.strictObject({
      id: kebab,
      short: z.string(),
      authors: z.string(),
      title: z.string(),
      container: z.string(),
      year: z.number().int(),
      doi: z.string().nullable(),
      viewpoint: z.string(),
    }),
  ),
  claims: z.array(
    z.strictObject({
      id: claimId,
      topic: z.enum(['organization', 'russia', 'china', 'central-asia', 'enlargement', 'external']),
      publications: z.array(kebab).min(1),
      paraphrase: z.string().min(10),
      passage: z.string(),
    }),
  ),
})
export type Sources = z.infer<typeof sourcesSchema>

const provenanceSchema = z.strictObject({ kind: z.enum(['historical', 'hypothetical']), note: z.string(), claims: z.array(claimId).min(1) })

/**
 * The agenda file `data/initiatives.json`: contract-format initiatives with their provenance, and
 * recurring business (a summit declaration every year, exercises, programmes) expanded on load
 * into one initiative per occurrence, with ids `<id>-<year>`.
 */
export const initiativeFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  initiatives: z.array(initiativeSchema),
  provenance: z.record(z.string(), provenanceSchema),
  recurring: z.array(
    z
      .strictObject({
        every: z.number().int().min(1).max(10),
        from: z.number().int().min(1996).max(2060),
        to: z.number().int().min(1996).max(2060),
        initiative: initiativeSchema,
        provenance: provenanceSchema,
      })
      .refine((r) => r.to >= r.from, { message: 'must not be before from', path: ['to'] }),
  ),
})
export type InitiativeFile = z.infer<typeof initiativeFileSchema>
