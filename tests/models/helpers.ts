/** Shared test helpers: real project data, and initiatives built from a few features. */
import { loadProjectData, type ActorId, type Initiative, type InitiativeFeatures, type Levers } from '../../models/index'
import type { AssessContext } from '../../models/assess'
import { compileAffinities, compileProfile, contextPath, identitySampler, type Profile } from '../../models/world'

export const data = loadProjectData()

/** Every actor in the data, in table order. */
export const actorIds: ActorId[] = data.actors.actors.map((a) => a.id)

/** The founding members (2001). */
export const FOUNDERS: readonly ActorId[] = ['CHN', 'RUS', 'KAZ', 'KGZ', 'TJK', 'UZB']

/** Compile one actor's profile with the data's values and the given levers. */
export function profileOf(id: ActorId, levers: Levers = data.baseline.levers): Profile {
  const actor = data.actors.actors.find((a) => a.id === id)
  if (!actor) throw new Error(`no actor ${id}`)
  return compileProfile(actor, levers, identitySampler)
}

/**
 * The context an assessment reads in one year of the baseline, with the given members voting.
 * `laterMembers` says who counts as having joined after the founding (default: everyone but the founders).
 */
export function assessContext(
  year: number,
  members: readonly ActorId[] = FOUNDERS,
  { levers = data.baseline.levers, laterMembers = (id: ActorId) => !FOUNDERS.includes(id) }: { levers?: Levers; laterMembers?: (id: ActorId) => boolean } = {},
): AssessContext {
  return {
    year,
    context: contextPath(data.baseline)(year),
    levers,
    affinity: compileAffinities(data.actors, actorIds, levers, identitySampler),
    members,
    isMemberOrAcceding: (id) => members.includes(id),
    isLaterMember: laterMembers,
  }
}

/** Build an initiative with neutral features, overridden where a test cares. */
export function initiative(overrides: Partial<Omit<Initiative, 'features'>> & { features?: Partial<InitiativeFeatures> } = {}): Initiative {
  const { features, ...rest } = overrides
  return {
    id: 'test-initiative',
    title: 'Test initiative',
    yearProposed: 2010,
    domain: 'economic',
    form: 'agreement',
    champions: ['KAZ'],
    ...rest,
    features: {
      bindingness: 0.5,
      pooledFunding: 0,
      leadPower: null,
      militaryComponent: 0,
      antiWesternSignal: 0,
      sovereigntyCost: 0,
      territorialNorm: 0,
      bilateralDispute: null,
      overlaps: [],
      regionalFocus: 'central-asia',
      ...features,
    },
  }
}
