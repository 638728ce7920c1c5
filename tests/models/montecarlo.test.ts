import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRandom, defaultRange, drawSampler, quantile, runDraws, summarizeDraws } from '../../models/index'
import { data } from './helpers'

describe('quantile (mathjs, linear interpolation between order statistics)', () => {
  it.each([
    { input: { values: [1, 2, 3, 4, 5], p: 0.5 }, expected: 3 },
    { input: { values: [1, 2, 3, 4], p: 0.5 }, expected: 2.5 },
    { input: { values: [10, 0, 20, 30, 40], p: 0.1 }, expected: 4 },
    { input: { values: [10, 0, 20, 30, 40], p: 0.9 }, expected: 36 },
    { input: { values: [7], p: 0.9 }, expected: 7 },
  ])('$input → $expected', ({ input, expected }) => {
    expect(quantile(input.values, input.p)).toBeCloseTo(expected, 10)
  })
})

describe('seeded randomness', () => {
  it('repeats the same sequence for the same seed and stream, and differs across streams', () => {
    const a = createRandom(42, 3)
    const b = createRandom(42, 3)
    const c = createRandom(42, 4)
    const xs = [a.next(), a.next(), a.next()]
    expect([b.next(), b.next(), b.next()]).toEqual(xs)
    expect([c.next(), c.next(), c.next()]).not.toEqual(xs)
  })

  it('draws every value within its range (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat(500), fc.double({ min: -2, max: 2, noNaN: true }), (seed, draw, value) => {
        const sample = drawSampler(seed, draw)
        const [low, high] = defaultRange(value)
        const x = sample('path', value, undefined)
        expect(x).toBeGreaterThanOrEqual(low - 1e-12)
        expect(x).toBeLessThanOrEqual(high + 1e-12)
        const y = sample('path', value, [value - 0.1, value + 0.3])
        expect(y).toBeGreaterThanOrEqual(value - 0.1 - 1e-12)
        expect(y).toBeLessThanOrEqual(value + 0.3 + 1e-12)
      }),
      { numRuns: 300 },
    )
  })
})

describe('Monte Carlo draws', () => {
  const scenario = data.baseline
  it('gives the same summary whether run in one chunk or several, in any order', () => {
    const whole = runDraws(scenario, data, { from: 0, to: 8 })
    const parts = [...runDraws(scenario, data, { from: 4, to: 8 }), ...runDraws(scenario, data, { from: 0, to: 4 })]
    expect(JSON.stringify(summarizeDraws(scenario, parts))).toBe(JSON.stringify(summarizeDraws(scenario, whole)))
  })
  it('orders the bands (p10 ≤ p50 ≤ p90) and keeps probabilities within 0–1', () => {
    const summary = summarizeDraws(scenario, runDraws(scenario, data, { from: 0, to: 12 }))
    summary.years.forEach((_, i) => {
      expect(summary.cohesion.p10[i]).toBeLessThanOrEqual(summary.cohesion.p50[i] ?? Infinity)
      expect(summary.cohesion.p50[i]).toBeLessThanOrEqual(summary.cohesion.p90[i] ?? Infinity)
    })
    for (const a of Object.values(summary.adoption)) {
      expect(a.final).toBeGreaterThanOrEqual(0)
      expect(a.final).toBeLessThanOrEqual(1)
    }
  })
  it('varies between draws (the draws are not all the same run)', () => {
    const draws = runDraws(scenario, data, { from: 0, to: 6 })
    expect(new Set(draws.map((d) => d.cohesion.join())).size).toBeGreaterThan(1)
  })
})
