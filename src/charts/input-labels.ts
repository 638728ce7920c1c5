/**
 * Name a Monte Carlo input in the user's words and find the claims it encodes. Inputs are recorded
 * by path, as the model draws them: `levers.<key>`, `actors.<ID>.<group>.<key>` (interests,
 * dominanceAversion, overlapAttitudes, regionalInterest), `actors.<ID>.tolerance` and
 * `affinities.<A>-<B>`. Levers cite the claims in the model's lever list; actor values and
 * affinities cite theirs in `data/actors.json`.
 */
import { LEVERS, type ActorTable, type ClaimId, type NumericLeverKey } from '../../models/index'
import type { ChartText } from './chart-text'

/** What kind of number an input is. */
export type InputKind = 'lever' | 'interest' | 'dominance' | 'overlap' | 'region' | 'tolerance' | 'affinity' | 'unknown'

/** One input, parsed from its path, with the claims it encodes. */
export interface InputInfo {
  path: string
  kind: InputKind
  /** The actor whose value it is (or the first of an affinity's pair). */
  actor: string | null
  /** The other actor of an affinity, the leader of a dominance aversion (`*`: any other). */
  other: string | null
  /** The interest, institution or region. */
  key: string | null
  claims: ClaimId[]
}

const LEVER_KEYS = new Set<string>(LEVERS.map((l) => l.key))
const ACTOR_GROUPS: Record<string, InputKind> = {
  interests: 'interest',
  dominanceAversion: 'dominance',
  overlapAttitudes: 'overlap',
  regionalInterest: 'region',
}

/** Parse an input's path and find its claims in the actor table and the lever list. */
export function describeInput(path: string, table: ActorTable): InputInfo {
  const parts = path.split('.')
  const none: InputInfo = { path, kind: 'unknown', actor: null, other: null, key: null, claims: [] }
  if (parts[0] === 'levers' && parts.length === 2 && LEVER_KEYS.has(parts[1] ?? '')) {
    const lever = LEVERS.find((l) => l.key === parts[1])
    return { ...none, kind: 'lever', key: parts[1] ?? null, claims: [...(lever?.claims ?? [])] }
  }
  if (parts[0] === 'affinities' && parts.length === 2) {
    const [a, b] = (parts[1] ?? '').split('-')
    if (!a || !b) return none
    const entry = table.affinities.find((x) => x.pair[0] === a && x.pair[1] === b)
    return { ...none, kind: 'affinity', actor: a, other: b, claims: [...(entry?.claims ?? [])] }
  }
  if (parts[0] === 'actors' && parts.length >= 3) {
    const id = parts[1] ?? ''
    const profile = table.actors.find((x) => x.id === id) ?? table.defaultOutsider
    if (parts[2] === 'tolerance' && parts.length === 3) return { ...none, kind: 'tolerance', actor: id, claims: [...profile.tolerance.claims] }
    const kind = ACTOR_GROUPS[parts[2] ?? '']
    const key = parts[3]
    if (!kind || key === undefined || parts.length !== 4) return none
    const group = profile[parts[2] as 'interests' | 'dominanceAversion' | 'overlapAttitudes' | 'regionalInterest'] as Record<string, { claims: ClaimId[] } | undefined>
    const claims = [...(group[key]?.claims ?? [])]
    if (kind === 'dominance') return { ...none, kind, actor: id, other: key, claims }
    return { ...none, kind, actor: id, key, claims }
  }
  return none
}

/** Say what an input is, in the user's words ("Russia: weight on common government money"). */
export function inputLabel(info: InputInfo, text: ChartText, actorName: (id: string) => string): string {
  const actor = info.actor ? actorName(info.actor) : ''
  switch (info.kind) {
    case 'lever':
      return text.t('uncertainty.input.lever', { lever: text.t(`levers.lever.${info.key as NumericLeverKey}.label`) })
    case 'interest':
      return text.t(`uncertainty.input.interest.${info.key ?? ''}`, { actor })
    case 'dominance':
      return info.other === '*'
        ? text.t('uncertainty.input.dominanceAny', { actor })
        : text.t('uncertainty.input.dominance', { actor, leader: actorName(info.other ?? '') })
    case 'overlap':
      return text.t('uncertainty.input.overlap', { actor, institution: text.t(`uncertainty.institution.${info.key ?? ''}`) })
    case 'region':
      return text.t('uncertainty.input.region', { actor, region: text.t(`uncertainty.region.${info.key ?? ''}`) })
    case 'tolerance':
      return text.t('uncertainty.input.tolerance', { actor })
    case 'affinity':
      return text.t('uncertainty.input.affinity', { a: actor, b: actorName(info.other ?? '') })
    case 'unknown':
      return info.path
    default:
      return assertNever(info.kind)
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected input kind ${String(value)}`)
}
