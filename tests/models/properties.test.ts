import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide } from '../../models/decide'
import { OVERLAPS, REGIONAL_FOCI, DOMAINS, FORMS, drawSampler, simulate, simulateOutcomes, setLever, LEVERS, type DecisionRule, type Initiative } from '../../models/index'
import { actorIds, assessContext, data, initiative, profileOf } from './helpers'

const ids = actorIds
const voterPool = ids.filter((id) => id !== 'KAZ')

const featuresArb = fc.record({
  bindingness: fc.double({ min: 0, max: 1, noNaN: true }),
  pooledFunding: fc.double({ min: 0, max: 1, noNaN: true }),
  leadPower: fc.constantFrom(null, 'CHN', 'RUS', 'IND', 'KAZ'),
  militaryComponent: fc.double({ min: 0, max: 1, noNaN: true }),
  antiWesternSignal: fc.double({ min: -1, max: 1, noNaN: true }),
  sovereigntyCost: fc.double({ min: 0, max: 1, noNaN: true }),
  territorialNorm: fc.double({ min: -1, max: 1, noNaN: true }),
  overlaps: fc.subarray([...OVERLAPS]),
  regionalFocus: fc.constantFrom(...REGIONAL_FOCI),
})
const initiativeArb = fc
  .record({
    features: featuresArb,
    domain: fc.constantFrom(...DOMAINS.filter((d) => d !== 'enlargement')),
    form: fc.constantFrom(...FORMS.filter((f) => f !== 'membership')),
    champion: fc.constantFrom(...ids),
    year: fc.integer({ min: 2001, max: 2035 }),
  })
  .map(({ features, domain, form, champion, year }) =>
    initiative({ domain, form, champions: [champion], yearProposed: year, features: { ...features, bilateralDispute: null } }),
  )

function setting(year: number, members: string[], levers = data.baseline.levers) {
  const profiles = members.map((id) => profileOf(id, levers))
  return { profiles, ctx: assessContext(year, members, { levers, laterMembers: () => false }) }
}
const decideWith = (init: Initiative, members: string[], rule: DecisionRule = { kind: 'consensus' }) => {
  const { profiles, ctx } = setting(init.yearProposed, members)
  return decide(init, init.features, profiles, ctx, rule, 0)
}

describe('veto players (Tsebelis): under consensus, adding a member never unblocks a decision in the same year', () => {
  it('holds for random initiatives and random member sets', () => {
    fc.assert(
      fc.property(initiativeArb, fc.subarray(voterPool, { minLength: 2 }), fc.constantFrom(...voterPool), (init, members, extra) => {
        fc.pre(!members.includes(extra))
        const before = decideWith(init, members)
        const after = decideWith(init, [...members, extra])
        if (before.result === 'blocked') expect(after.result).toBe('blocked')
      }),
      { numRuns: 300 },
    )
  })
})

describe('deciding an item expected to be blocked gives the same record', () => {
  it('holds for random initiatives, member sets and decision rules, with and without explanations', () => {
    const rules: DecisionRule[] = [{ kind: 'consensus' }, { kind: 'consensus-opt-out' }, { kind: 'qualified-majority', threshold: 0.67, weighting: 'states', unanimityForMembership: true }]
    fc.assert(
      fc.property(initiativeArb, fc.subarray(voterPool, { minLength: 2 }), fc.constantFrom(...rules), fc.boolean(), (init, members, rule, explain) => {
        const { profiles, ctx } = setting(init.yearProposed, members)
        const usual = decide(init, init.features, profiles, ctx, rule, 0.1, false, explain)
        const expectingBlock = decide(init, init.features, profiles, ctx, rule, 0.1, false, explain, true)
        expect(expectingBlock).toEqual(usual)
      }),
    )
  })
})

describe('qualified majority never adopts less than consensus in the same year', () => {
  it('holds for random initiatives, members, weightings and thresholds', () => {
    fc.assert(
      fc.property(
        initiativeArb,
        fc.subarray(voterPool, { minLength: 2 }),
        fc.constantFrom('states', 'capability', 'population'),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (init, members, weighting, threshold) => {
          const consensus = decideWith(init, members)
          const majority = decideWith(init, members, { kind: 'qualified-majority', weighting, threshold, unanimityForMembership: true })
          if (consensus.result !== 'blocked') expect(majority.result).not.toBe('blocked')
        },
      ),
      { numRuns: 300 },
    )
  })
})

const leverArb = fc.record(
  Object.fromEntries(LEVERS.map((l) => [l.key, fc.integer({ min: 0, max: Math.round((l.max - l.min) / l.step) }).map((k) => l.min + k * l.step)])),
)

describe('cohesion and its parts stay within 0–100 for any lever setting', () => {
  it('holds across random levers', () => {
    fc.assert(
      fc.property(leverArb, (values) => {
        let levers = data.baseline.levers
        for (const [key, value] of Object.entries(values)) levers = setLever(levers, key as never, value)
        const result = simulate({ ...data.baseline, levers }, data)
        for (const y of result.years) {
          for (const v of [y.cohesion, y.parts.convergence, y.parts.throughput, y.parts.room]) {
            expect(v).toBeGreaterThanOrEqual(0)
            expect(v).toBeLessThanOrEqual(100)
          }
        }
        for (const a of result.actors) {
          expect(a.satisfaction).toBeGreaterThanOrEqual(0)
          expect(a.satisfaction).toBeLessThanOrEqual(100)
          expect(a.influence).toBeGreaterThanOrEqual(0)
          expect(a.influence).toBeLessThanOrEqual(100)
        }
      }),
      { numRuns: 25 },
    )
  })
})

describe('determinism: the same scenario and seed give the same bytes', () => {
  it('holds across random levers', () => {
    fc.assert(
      fc.property(leverArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (values, seed) => {
        let levers = data.baseline.levers
        for (const [key, value] of Object.entries(values)) levers = setLever(levers, key as never, value)
        const scenario = { ...data.baseline, levers, seed }
        expect(JSON.stringify(simulate(scenario, data))).toBe(JSON.stringify(simulate(scenario, data)))
      }),
      { numRuns: 10 },
    )
  })
})

describe('a run that keeps outcomes only gives what the full run gives', () => {
  const ruleArb: fc.Arbitrary<DecisionRule> = fc.oneof(
    fc.constant<DecisionRule>({ kind: 'consensus' }),
    fc.constant<DecisionRule>({ kind: 'consensus-opt-out' }),
    fc.record({
      kind: fc.constant('qualified-majority' as const),
      weighting: fc.constantFrom('states' as const, 'capability' as const, 'population' as const),
      threshold: fc.double({ min: 0.5, max: 1, noNaN: true }),
      unanimityForMembership: fc.boolean(),
    }),
  )
  it('matches cohesion, outcomes, years decided and blockers, with and without drawn values', () => {
    fc.assert(
      fc.property(leverArb, ruleArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.option(fc.nat(10_000)), (values, decisionRule, seed, draw) => {
        let levers = data.baseline.levers
        for (const [key, value] of Object.entries(values)) levers = setLever(levers, key as never, value)
        const scenario = { ...data.baseline, levers, decisionRule, seed }
        const sampler = () => (draw === null ? undefined : drawSampler(seed, draw))
        const full = simulate(scenario, data, { explain: false, sampler: sampler() })
        const lean = simulateOutcomes(scenario, data, { sampler: sampler() })
        expect(lean.cohesion).toEqual(full.years.map((y) => y.cohesion))
        expect(lean.initiatives).toEqual(
          full.initiatives.map((i) => ({
            id: i.id,
            outcome: i.outcome,
            yearDecided: i.yearDecided,
            // Every member that blocked it in any year (restatements included), in order of first block.
            blockers: [...new Set(i.history.flatMap((h) => h.blockers.map((b) => b.actor)))],
          })),
        )
      }),
      { numRuns: 30 },
    )
  })
})
