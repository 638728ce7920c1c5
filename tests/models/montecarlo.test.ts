import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  LEVERS,
  createRandom,
  defaultRange,
  drawLevers,
  drawSampler,
  leverSpreads,
  quantile,
  rankCorrelation,
  ranks,
  resultFingerprint,
  runDraws,
  sensitivity,
  simulate,
  summarizeDraws,
  type Levers,
} from '../../models/index'
import { data } from './helpers'

describe('quantile (mathjs, linear interpolation between order statistics)', () => {
  it.each([
    { input: { values: [1, 2, 3, 4, 5], p: 0.5 }, expected: 3 },
    { input: { values: [1, 2, 3, 4], p: 0.5 }, expected: 2.5 },
    { input: { values: [10, 0, 20, 30, 40], p: 0.1 }, expected: 4 },
    { input: { values: [10, 0, 20, 30, 40], p: 0.9 }, expected: 36 },
    { input: { values: [7], p: 0.9 }, expected: 7 },
    // index p·(n − 1) = 0.5 between the order statistics 1 and 2
    { input: { values: [3, 1, 2], p: 0.25 }, expected: 1.5 },
    // ten values 1…10: index 0.9 → 1.9, index 4.5 → 5.5, index 8.1 → 9.1
    { input: { values: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], p: 0.1 }, expected: 1.9 },
    { input: { values: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], p: 0.5 }, expected: 5.5 },
    { input: { values: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], p: 0.9 }, expected: 9.1 },
    // ties: sorted 2, 2, 2, 8 → index 2.7 between 2 and 8 → 2 + 0.7·6
    { input: { values: [2, 8, 2, 2], p: 0.9 }, expected: 6.2 },
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

describe('sampled values stay within their ranges (property)', () => {
  const leverValue = (key: (typeof LEVERS)[number]) => fc.double({ min: key.min, max: key.max, noNaN: true })
  it('draws every lever within its spread around the value, clamped to the lever’s range, years whole', () => {
    const spreads = leverSpreads(data.uncertainty)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat(10_000), fc.tuple(...LEVERS.map(leverValue)), (seed, draw, values) => {
        const levers = { ...data.baseline.levers } as Levers
        LEVERS.forEach((info, i) => (levers[info.key] = values[i] ?? levers[info.key]))
        const record = { paths: [] as string[], values: [] as number[] }
        const drawn = drawLevers({ ...data.baseline, levers }, spreads, createRandom(seed, draw + 1), record)
        for (const info of LEVERS) {
          const spread = spreads[info.key]
          const x = drawn.levers[info.key]
          if (!spread) {
            expect(x).toBe(levers[info.key])
            continue
          }
          const low = Math.max(info.min, levers[info.key] - spread)
          const high = Math.min(info.max, levers[info.key] + spread)
          if (info.unit === 'year') {
            expect(Number.isInteger(x)).toBe(true)
            expect(x).toBeGreaterThanOrEqual(Math.round(low))
            expect(x).toBeLessThanOrEqual(Math.round(high))
          } else {
            expect(x).toBeGreaterThanOrEqual(low - 1e-12)
            expect(x).toBeLessThanOrEqual(high + 1e-12)
          }
          expect(record.values[record.paths.indexOf(`levers.${info.key}`)]).toBe(x)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('keeps every actor value drawn in a real run within its range (the default ±25% where none is given)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat(100_000), (seed, draw) => {
        const sample = drawSampler(seed, draw)
        let checked = 0
        simulate({ ...data.baseline, seed }, data, {
          explain: false,
          sampler: (path, value, range) => {
            const x = sample(path, value, range)
            const [low, high] = range ?? defaultRange(value)
            expect(x, path).toBeGreaterThanOrEqual(Math.min(low, value) - 1e-12)
            expect(x, path).toBeLessThanOrEqual(Math.max(high, value) + 1e-12)
            checked++
            return x
          },
        })
        expect(checked).toBeGreaterThan(300)
      }),
      { numRuns: 8 },
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

describe('ranks and Spearman rank correlation, against hand-computed tables', () => {
  it.each([
    { input: [10, 30, 20], expected: [1, 3, 2] },
    { input: [5, 5, 1], expected: [2.5, 2.5, 1] },
    { input: [2, 2, 2, 2], expected: [2.5, 2.5, 2.5, 2.5] },
    // sorted 1, 1, 3, 4, 5: the two 1s share ranks 1 and 2
    { input: [3, 1, 4, 1, 5], expected: [3, 1.5, 4, 1.5, 5] },
  ])('ranks $input → $expected', ({ input, expected }) => {
    expect(ranks(input)).toEqual(expected)
  })
  it.each([
    { input: { x: [1, 2, 3, 4, 5], y: [2, 4, 6, 8, 10] }, expected: 1 },
    { input: { x: [1, 2, 3, 4, 5], y: [50, 40, 30, 20, 10] }, expected: -1 },
    // d² = 0+1+1+0+0 → 1 − 6·2 / (5·24) = 0.9
    { input: { x: [1, 2, 3, 4, 5], y: [1, 3, 2, 4, 5] }, expected: 0.9 },
    // monotone but not linear: still 1
    { input: { x: [1, 2, 3, 4], y: [1, 8, 27, 64] }, expected: 1 },
    { input: { x: [1, 2, 3], y: [7, 7, 7] }, expected: 0 },
    // d = (−4, −1, −1, 3, 3), Σd² = 36 → 1 − 6·36 / (5·24) = −0.8
    { input: { x: [10, 20, 30, 40, 50], y: [5, 3, 4, 1, 2] }, expected: -0.8 },
    // ties in y: ranks (1.5, 1.5, 3.5, 3.5); centred x (−1.5, −0.5, 0.5, 1.5), y (−1, −1, 1, 1):
    // Σxy = 4, Σx² = 5, Σy² = 4 → 4 / √20
    { input: { x: [1, 2, 3, 4], y: [1, 1, 2, 2] }, expected: 4 / Math.sqrt(20) },
  ])('ρ($input.x, $input.y) = $expected', ({ input, expected }) => {
    expect(rankCorrelation(input.x, input.y)).toBeCloseTo(expected, 10)
  })
})

describe('sensitivity over recorded draws', () => {
  it('records the same input paths in every draw, levers included, and ranks the drivers of cohesion', () => {
    const spreads = leverSpreads(data.uncertainty)
    const draws = runDraws(data.baseline, data, { from: 0, to: 40 }, { recordInputs: true, leverSpreads: spreads })
    const paths = draws[0]?.inputs?.paths ?? []
    expect(paths).toContain('levers.russiaChinaAlignment')
    for (const d of draws) expect(d.inputs?.paths).toEqual(paths)
    const last = (d: (typeof draws)[number]) => d.cohesion[d.cohesion.length - 1] ?? 0
    const ranking = sensitivity(draws, last, 8)
    expect(ranking.length).toBeGreaterThan(0)
    for (let i = 1; i < ranking.length; i++) expect(Math.abs(ranking[i - 1]?.rho ?? 0)).toBeGreaterThanOrEqual(Math.abs(ranking[i]?.rho ?? 0))
  })
})

describe('result fingerprint', () => {
  it('is stable for the same run and changes when the run changes', () => {
    const a = resultFingerprint(simulate(data.baseline, data))
    expect(a).toMatch(/^[0-9a-f]{16}$/)
    expect(resultFingerprint(simulate(data.baseline, data))).toBe(a)
    expect(resultFingerprint(simulate({ ...data.baseline, endYear: 2034 }, data))).not.toBe(a)
  })
})
