/**
 * The whole scenario in a link: what differs from the historical baseline (levers, membership,
 * decision rule, last year, seed), the selected initiative, the user's own initiatives and pinned
 * runs, as versioned JSON compressed into the URL's fragment (`#v1=…`). Decoding validates every
 * field with the schema library; a damaged or hostile link is refused with a message naming what
 * is wrong, and nothing is applied.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'
import { z } from 'zod'
import {
  checkWith,
  decisionRuleSchema,
  initiativeSchema,
  leversSchema,
  scenarioSchema,
  type ActorId,
  type InputIssue,
  type Scenario,
} from '../../models/index'

/** The version written into every link; older versions are migrated on read. */
export const LINK_VERSION = 1

const actorCode = z.string().regex(/^[A-Z]{3}$/)
const name = z.string().min(1).max(80)

/** What differs from the baseline: the compact form stored in links and in the browser. */
export const scenarioDeltaSchema = z.strictObject({
  /** Preset it started from (for its title), or absent for the baseline. */
  p: z.string().regex(/^[a-z0-9-]{1,60}$/).optional(),
  /** Levers that differ. */
  l: leversSchema.partial().optional(),
  /** Full-membership year by actor; null: never a member. */
  m: z.record(actorCode, z.number().int().min(1996).max(2060).nullable()).optional(),
  /** Decision rule, if not consensus. */
  r: decisionRuleSchema.optional(),
  /** Last year of the run. */
  e: z.number().int().min(2025).max(2060).optional(),
  /** Seed. */
  s: z.number().int().min(0).max(2 ** 31 - 1).optional(),
})
export type ScenarioDelta = z.infer<typeof scenarioDeltaSchema>

/** A pinned run as stored: a name and its scenario's delta. */
export const pinnedRunSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), name, d: scenarioDeltaSchema })
export type StoredRun = z.infer<typeof pinnedRunSchema>

/** Everything a link carries. */
export const linkPayloadSchema = z.strictObject({
  v: z.literal(LINK_VERSION),
  d: scenarioDeltaSchema,
  sel: z.string().max(120).nullable().optional(),
  i: z.array(initiativeSchema).max(20).optional(),
  pins: z.array(pinnedRunSchema).max(4).optional(),
})
export type LinkPayload = z.infer<typeof linkPayloadSchema>

function memberYears(s: Scenario): Map<ActorId, number> {
  const out = new Map<ActorId, number>()
  for (const e of s.events) if (e.kind === 'accession' && e.status === 'member') out.set(e.actor, e.year)
  return out
}

/** Describe a scenario by what differs from the baseline. */
export function toDelta(scenario: Scenario, baseline: Scenario, presetId?: string): ScenarioDelta {
  const delta: ScenarioDelta = {}
  if (presetId && presetId !== baseline.id) delta.p = presetId
  const levers: Partial<Scenario['levers']> = {}
  for (const key of Object.keys(baseline.levers) as Array<keyof Scenario['levers']>) {
    if (scenario.levers[key] !== baseline.levers[key]) (levers as Record<string, unknown>)[key] = scenario.levers[key]
  }
  if (Object.keys(levers).length) delta.l = levers
  const mine = memberYears(scenario)
  const theirs = memberYears(baseline)
  const members: Record<ActorId, number | null> = {}
  for (const actor of [...new Set([...mine.keys(), ...theirs.keys()])].sort()) {
    const year = mine.get(actor) ?? null
    if (year !== (theirs.get(actor) ?? null)) members[actor] = year
  }
  if (Object.keys(members).length) delta.m = members
  if (JSON.stringify(scenario.decisionRule) !== JSON.stringify(baseline.decisionRule)) delta.r = scenario.decisionRule
  if (scenario.endYear !== baseline.endYear) delta.e = scenario.endYear
  if (scenario.seed !== baseline.seed) delta.s = scenario.seed
  return delta
}

/** Rebuild a scenario from its delta; the result is validated like any scenario. */
export function fromDelta(
  delta: ScenarioDelta,
  baseline: Scenario,
  title: (presetId: string | undefined) => Pick<Scenario, 'id' | 'title' | 'description'>,
): { ok: true; scenario: Scenario } | { ok: false; issues: InputIssue[] } {
  let events = baseline.events
  for (const [actor, year] of Object.entries(delta.m ?? {})) {
    events = events.filter((e) => !(e.kind === 'accession' && e.actor === actor && e.status === 'member'))
    if (year !== null) events = [...events, { kind: 'accession', year, actor, status: 'member' }]
  }
  const scenario: Scenario = {
    ...baseline,
    ...title(delta.p),
    events: [...events].sort((a, b) => a.year - b.year),
    levers: { ...baseline.levers, ...delta.l },
    decisionRule: delta.r ?? baseline.decisionRule,
    endYear: delta.e ?? baseline.endYear,
    seed: delta.s ?? baseline.seed,
  }
  const checked = checkWith(scenarioSchema, scenario)
  return checked.ok ? { ok: true, scenario: checked.value } : { ok: false, issues: checked.issues }
}

/** Encode a payload as the URL fragment `v1=…`. */
export function encodeLink(payload: Omit<LinkPayload, 'v'>): string {
  return `v${LINK_VERSION}=${compressToEncodedURIComponent(JSON.stringify({ v: LINK_VERSION, ...payload }))}`
}

/** Decode a URL fragment (with or without `#`); every problem is named, nothing is trusted. */
export function decodeLink(fragment: string): { ok: true; payload: LinkPayload } | { ok: false; issues: InputIssue[] } {
  const text = fragment.replace(/^#/, '')
  const match = /^v(\d+)=(.*)$/s.exec(text)
  if (!match) return { ok: false, issues: [{ path: 'link', message: 'is not a scenario link (expected #v1=…)' }] }
  if (Number(match[1]) !== LINK_VERSION) {
    return { ok: false, issues: [{ path: 'link', message: `has version ${match[1]}; this app reads version ${LINK_VERSION}` }] }
  }
  let json: string | null = null
  try {
    json = decompressFromEncodedURIComponent(match[2] ?? '')
  } catch {
    // lz-string throws on some malformed input instead of returning null.
    json = null
  }
  if (!json) return { ok: false, issues: [{ path: 'link', message: 'is damaged: it could not be decompressed' }] }
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return { ok: false, issues: [{ path: 'link', message: 'is damaged: its contents are not JSON' }] }
  }
  const checked = checkWith(linkPayloadSchema, parsed)
  return checked.ok ? { ok: true, payload: checked.value } : { ok: false, issues: checked.issues }
}
