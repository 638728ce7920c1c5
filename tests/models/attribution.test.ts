import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LEVERS, attribute, scenarioChanges, scenarioFor, setLever, simulate, type Scenario } from '../../models/index'
import { data } from './helpers'

const preset = (id: string): Scenario => {
  const s = scenarioFor(id, data)
  if (!s) throw new Error(id)
  return s
}
const mean = (s: Scenario) => {
  const ys = simulate(s, data).years
  return ys.reduce((t, y) => t + y.cohesion, 0) / ys.length
}

describe('scenarioChanges lists what differs, in the fixed order', () => {
  it.each([
    { input: 'no-2017-enlargement', expected: ['membership:IND', 'membership:PAK'] },
    { input: 'qualified-majority', expected: ['decision-rule'] },
    { input: 'china-turns-to-bri', expected: ['lever:chinaAttention', 'lever:chinaAttentionFrom'] },
    { input: 'baseline', expected: [] },
  ])('baseline → $input: $expected', ({ input, expected }) => {
    const labels = scenarioChanges(data.baseline, preset(input)).map((c) =>
      c.kind === 'lever' ? `lever:${c.lever}` : c.kind === 'membership' ? `membership:${c.actor}` : c.kind,
    )
    expect(labels).toEqual(expected)
  })
})

describe('attribution', () => {
  it('has steps that add up to the total difference, which is the difference between the runs', () => {
    const b = { ...preset('no-2017-enlargement'), levers: setLever(preset('no-2017-enlargement').levers, 'russiaChinaAlignment', -0.5) }
    const result = attribute(data.baseline, b, data)
    expect(result.steps).toHaveLength(3)
    const sum = result.steps.reduce((t, s) => t + s.meanCohesion, 0)
    expect(sum).toBeCloseTo(result.meanCohesion, 3)
    expect(result.meanCohesion).toBeCloseTo(mean(b) - mean(data.baseline), 3)
  })

  it('adds up for random lever pairs (property)', () => {
    fc.assert(
      fc.property(fc.subarray(LEVERS.map((l) => l.key), { minLength: 1, maxLength: 3 }), fc.double({ min: 0, max: 1, noNaN: true }), (keys, t) => {
        let levers = data.baseline.levers
        for (const key of keys) {
          const info = LEVERS.find((l) => l.key === key)
          if (info) levers = setLever(levers, key, info.min + t * (info.max - info.min))
        }
        const b = { ...data.baseline, levers }
        const result = attribute(data.baseline, b, data)
        const sum = result.steps.reduce((s, x) => s + x.finalCohesion, 0)
        expect(sum).toBeCloseTo(result.finalCohesion, 3)
      }),
      { numRuns: 12 },
    )
  })

  it('names the outcomes each step changed', () => {
    const result = attribute(data.baseline, preset('qualified-majority'), data)
    expect(result.steps[0]?.outcomes.some((o) => o.id === 'development-bank')).toBe(true)
  })
})
