/** Shared test helpers: real project data, and initiatives built from a few features. */
import { loadProjectData, type Initiative, type InitiativeFeatures } from '../../models/index'

export const data = loadProjectData()

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
