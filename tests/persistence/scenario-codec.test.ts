import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LEVERS, loadProjectData, scenarioFor, setLever, type Scenario } from '../../models/index'
import { decodeLink, encodeLink, fromDelta, toDelta } from '../../src/persistence/scenario-codec'

const data = loadProjectData()
const titleOf = (p: string | undefined) => {
  const s = p ? scenarioFor(p, data) : data.baseline
  return { id: s?.id ?? 'custom', title: s?.title ?? 'Custom', description: s?.description ?? '' }
}
const roundTrip = (scenario: Scenario, presetId?: string): Scenario => {
  const link = encodeLink({ d: toDelta(scenario, data.baseline, presetId) })
  const decoded = decodeLink(`#${link}`)
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues))
  const rebuilt = fromDelta(decoded.payload.d, data.baseline, titleOf)
  if (!rebuilt.ok) throw new Error(JSON.stringify(rebuilt.issues))
  return rebuilt.scenario
}
const essence = (s: Scenario) => ({
  levers: s.levers,
  rule: s.decisionRule,
  end: s.endYear,
  seed: s.seed,
  members: s.events.filter((e) => e.kind === 'accession' && e.status === 'member').map((e) => JSON.stringify(e)).sort(),
})

describe('scenario links', () => {
  it.each([data.baseline.id, ...data.presets.map((p) => p.id)])('round-trip the preset %s', (id) => {
    const scenario = scenarioFor(id, data)
    if (!scenario) throw new Error(id)
    const back = roundTrip(scenario, id)
    expect(essence(back)).toEqual(essence(scenario))
    expect(back.title).toBe(scenario.title)
  })

  it('round-trip any valid scenario (property)', () => {
    const candidates = ['IND', 'PAK', 'IRN', 'BLR', 'MNG', 'AFG', 'TKM', 'TUR']
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...LEVERS.map((l) => l.key)), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 5 }),
        fc.dictionary(fc.constantFrom(...candidates), fc.option(fc.integer({ min: 2001, max: 2035 }))),
        fc.constantFrom(
          { kind: 'consensus' } as const,
          { kind: 'consensus-opt-out' } as const,
          { kind: 'qualified-majority', weighting: 'population', threshold: 0.75, unanimityForMembership: false } as const,
        ),
        fc.integer({ min: 2025, max: 2060 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (leverMoves, members, rule, endYear, seed) => {
          let levers = data.baseline.levers
          for (const [key, t] of leverMoves) {
            const info = LEVERS.find((l) => l.key === key)
            if (info) levers = setLever(levers, key, info.min + t * (info.max - info.min))
          }
          let events = data.baseline.events
          for (const [actor, year] of Object.entries(members)) {
            events = events.filter((e) => !(e.kind === 'accession' && e.actor === actor && e.status === 'member'))
            if (year !== null) events = [...events, { kind: 'accession', year, actor, status: 'member' }]
          }
          const scenario: Scenario = { ...data.baseline, levers, events, decisionRule: rule, endYear, seed }
          expect(essence(roundTrip(scenario))).toEqual(essence(scenario))
        },
      ),
      { numRuns: 60 },
    )
  })

  it('refuse any random string cleanly, with a message and no exception (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = decodeLink(text)
        if (!result.ok) expect(result.issues[0]?.message.length).toBeGreaterThan(0)
      }),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = decodeLink(`v1=${text}`)
        expect(result.ok).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it.each([
    { name: 'a lever out of range', payload: { v: 1, d: { l: { afghanThreat: 99 } } }, path: 'd.l.afghanThreat' },
    { name: 'an unknown field', payload: { v: 1, d: {}, evil: '<script>alert(1)</script>' }, path: '' },
    { name: 'a bad actor code', payload: { v: 1, d: { m: { 'x<y': 2020 } } }, path: 'd.m.x<y' },
    { name: 'a script in a pinned run name of 500 characters', payload: { v: 1, d: {}, pins: [{ id: 'a', name: '<img src=x onerror=alert(1)>'.repeat(20), d: {} }] }, path: 'pins[0].name' },
  ])('name what is wrong: $name', async ({ payload, path }) => {
    const { compressToEncodedURIComponent } = await import('lz-string')
    const result = decodeLink(`v1=${compressToEncodedURIComponent(JSON.stringify(payload))}`)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(path)
  })

  it('refuse links of another version', () => {
    const result = decodeLink('#v9=abc')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/version 9/)
  })
})
