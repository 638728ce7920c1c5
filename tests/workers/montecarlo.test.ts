/**
 * The worker's code path against the model's: chunks packed into typed arrays, merged in any order
 * and summarised on the main thread must give exactly what `runDraws` + `summarizeDraws` give in one
 * process, and sensitivity what the model's `sensitivity` gives.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isAdoptedOutcome,
  leverSpreads,
  loadProjectData,
  quantile,
  runDraws,
  scenarioFor,
  sensitivity,
  summarizeDraws,
  type DrawSummary,
  type Scenario,
} from '../../models/index'
import { createMonteCarloHandler, runChunk, startWarmUp } from '../../src/workers/montecarlo-chunk'
import { DrawTable, quantileOfSorted } from '../../src/workers/montecarlo-merge'
import { InlineWorker, MonteCarloPool } from '../../src/workers/montecarlo-pool'
import type { ChunkResult, MonteCarloReply } from '../../src/workers/montecarlo-protocol'
import { InputRanks } from '../../src/workers/montecarlo-sensitivity'

const data = loadProjectData()
const spreads = leverSpreads(data.uncertainty)
const setupFor = (scenario: Scenario) => ({ scenario, agenda: [...data.initiatives], leverSpreads: spreads })

/** Run `draws` draws in chunks of `size`, merged in reverse order (as workers may finish). */
function mergedInChunks(scenario: Scenario, draws: number, size: number): DrawTable {
  const table = new DrawTable(draws, scenario)
  const chunks: ChunkResult[] = []
  for (let from = 0; from < draws; from += size) chunks.push(runChunk(setupFor(scenario), from, Math.min(draws, from + size), data))
  for (const chunk of chunks.reverse()) table.add(chunk)
  return table
}

describe('quantile of sorted values', () => {
  // mathjs compares numbers with a tolerance (1e-12 relative), so among values closer than that it
  // may take either as the order statistic; the bands, rounded to hundredths, cannot tell.
  it('equals the model quantile for any values and the three band levels (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 60 }), fc.constantFrom(0.1, 0.5, 0.9, 0, 1), (values, p) => {
        const sorted = Float64Array.from(values).sort()
        const expected = quantile(values, p)
        expect(Math.abs(quantileOfSorted(sorted, p) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)))
      }),
      { numRuns: 400 },
    )
  })
  it.each([
    { input: { values: [0, 10, 20, 30, 40], p: 0.1 }, expected: 4 },
    { input: { values: [0, 10, 20, 30, 40], p: 0.9 }, expected: 36 },
    { input: { values: [1, 2, 3, 4], p: 0.5 }, expected: 2.5 },
  ])('hand-computed: $input → $expected', ({ input, expected }) => {
    expect(quantileOfSorted(input.values, input.p)).toBeCloseTo(expected, 12)
  })
  it('is NaN for no values', () => {
    expect(quantileOfSorted([], 0.5)).toBeNaN()
  })
})

describe('worker code path vs the model in one process', () => {
  const cases: Array<{ name: string; scenario: Scenario; draws: number; size: number }> = [
    { name: 'baseline, 30 draws in chunks of 7', scenario: data.baseline, draws: 30, size: 7 },
    { name: 'qualified majority, seed 12345, 21 draws in chunks of 5', scenario: { ...(scenarioFor('qualified-majority', data) ?? data.baseline), seed: 12345 }, draws: 21, size: 5 },
  ]
  it.each(cases)('gives the same summary as runDraws + summarizeDraws: $name', ({ scenario, draws, size }) => {
    const expected = summarizeDraws(scenario, runDraws(scenario, data, { from: 0, to: draws }, { agenda: data.initiatives, leverSpreads: spreads }))
    const table = mergedInChunks(scenario, draws, size)
    expect(table.count).toBe(draws)
    expect(JSON.stringify(table.summary(scenario.seed))).toBe(JSON.stringify(expected))
  })

  it('summarises a partial run as the model summarises the same draws', () => {
    const scenario = data.baseline
    const table = new DrawTable(40, scenario)
    table.add(runChunk(setupFor(scenario), 30, 40, data))
    table.add(runChunk(setupFor(scenario), 5, 10, data))
    const drawn = [...runDraws(scenario, data, { from: 5, to: 10 }, { leverSpreads: spreads }), ...runDraws(scenario, data, { from: 30, to: 40 }, { leverSpreads: spreads })]
    expect(table.count).toBe(15)
    expect([...table.drawIds()]).toEqual(drawn.map((d) => d.draw))
    expect(JSON.stringify(table.summary(scenario.seed))).toBe(JSON.stringify(summarizeDraws(scenario, drawn)))
  })

  it('refuses a chunk received twice or outside the run', () => {
    const scenario = data.baseline
    const table = new DrawTable(10, scenario)
    const chunk = runChunk(setupFor(scenario), 0, 3, data)
    table.add(chunk)
    expect(() => table.add(chunk)).toThrow(/twice/)
    const outside = new DrawTable(2, scenario)
    expect(() => outside.add(chunk)).toThrow(/outside/)
  })

  it('ranks drivers exactly as the model’s sensitivity, for cohesion and for adoption', () => {
    const scenario = data.baseline
    const draws = 36
    const recorded: DrawSummary[] = runDraws(scenario, data, { from: 0, to: draws }, { recordInputs: true, leverSpreads: spreads })
    // The chunks arrive last first: the blocks handed over must still be in draw order.
    const table = mergedInChunks(scenario, draws, 9)
    const inputs = table.takeInputs()
    expect(inputs?.paths).toEqual(recorded[0]?.inputs?.paths)
    expect(inputs?.blocks.map((b) => b.length)).toEqual([9, 9, 9, 9].map((n) => n * (inputs?.paths.length ?? 0)))
    const ranks = new InputRanks(inputs?.paths ?? [], inputs?.drawIds.length ?? 0, inputs?.blocks ?? [])
    const lastYear = scenario.endYear
    const cohesion = table.output({ kind: 'cohesion', year: lastYear })
    expect(ranks.drivers(cohesion, 10)).toEqual(sensitivity(recorded, (d) => d.cohesion[d.cohesion.length - 1] ?? 0, 10))
    // An initiative whose adoption varies between draws.
    const varying = table.initiativeIds.find((id) => {
      const shares = summarizeDraws(scenario, recorded).adoption[id]?.final ?? 0
      return shares > 0.1 && shares < 0.9
    })
    expect(varying).toBeDefined()
    const id = varying ?? ''
    const adopted = (d: DrawSummary) => (d.initiatives.find((i) => i.id === id) && isAdoptedOutcome(d.initiatives.find((i) => i.id === id)?.outcome ?? 'vetoed') ? 1 : 0)
    const output = table.output({ kind: 'adoption', initiativeId: id })
    expect([...output]).toEqual(recorded.map(adopted))
    expect(ranks.drivers(output, 8)).toEqual(sensitivity(recorded, adopted, 8))
  })

  it('hands its inputs over once, as the chunks’ own blocks (not copies), and keeps none', () => {
    const table = mergedInChunks(data.baseline, 12, 5)
    const first = table.takeInputs()
    expect(first?.drawIds).toEqual(Int32Array.from({ length: 12 }, (_, i) => i))
    // Blocks of 5, 5 and 2 draws, in draw order although they arrived last first.
    const width = first?.paths.length ?? 0
    expect(first?.blocks.map((b) => b.length / width)).toEqual([5, 5, 2])
    expect(table.takeInputs()).toBeNull()
  })

  it('refuses blocks that do not hold every draw’s inputs, naming the counts', () => {
    expect(() => new InputRanks(['a', 'b'], 3, [new Float64Array(4)])).toThrow('inputs hold 4 values, not 3 draws × 2 inputs')
    expect(() => new InputRanks(['a', 'b'], 3, [new Float64Array(3), new Float64Array(3)])).toThrow("an inputs block holds part of a draw's 2 inputs")
    const ranks = new InputRanks(['a', 'b'], 3, [new Float64Array([1, 9]), new Float64Array([2, 8, 3, 7])])
    // Rows (1, 9), (2, 8), (3, 7): a rises with the output, b falls.
    expect([...ranks.correlations([10, 20, 30])]).toEqual([1, -1])
  })
})

describe('the worker message handler', () => {
  it('runs a chunk only for a job it was set up for, and names the problem otherwise', () => {
    const handler = createMonteCarloHandler()
    const failed = handler.handle({ kind: 'chunk', job: 1, from: 0, to: 2 })
    expect(failed).toMatchObject({ kind: 'failed', job: 1, message: expect.stringMatching(/not set up/) })
    expect(handler.handle({ kind: 'setup', job: 1, ...setupFor(data.baseline) })).toBeNull()
    const reply = handler.handle({ kind: 'chunk', job: 1, from: 0, to: 2 }) as Extract<MonteCarloReply, { kind: 'chunk' }>
    expect(reply.kind).toBe('chunk')
    expect(reply.result.cohesion.length).toBe(2 * 35)
    expect(handler.handle({ kind: 'sensitivity', job: 1, request: 4, output: new Float64Array(2), top: 3 })).toMatchObject({ kind: 'failed', request: 4 })
  })
})

describe('the pool (main-thread stand-in workers)', () => {
  const pool = (size: number) => new MonteCarloPool({ size, chunkSize: 4, createWorker: () => new InlineWorker() })

  it('runs every draw once across two workers and merges to the model’s summary', async () => {
    const scenario = data.baseline
    const draws = 18
    const table = new DrawTable(draws, scenario)
    const p = pool(2)
    const chunks: Array<[number, number]> = []
    await new Promise<void>((resolve, reject) => {
      p.run(
        { ...setupFor(scenario), draws },
        {
          chunk: (c) => {
            chunks.push([c.from, c.to])
            table.add(c)
          },
          done: resolve,
          failed: (m) => reject(new Error(m)),
        },
      )
    })
    expect(chunks.map(([from, to]) => to - from).reduce((a, b) => a + b, 0)).toBe(draws)
    const expected = summarizeDraws(scenario, runDraws(scenario, data, { from: 0, to: draws }, { leverSpreads: spreads }))
    expect(JSON.stringify(table.summary(scenario.seed))).toBe(JSON.stringify(expected))
    p.dispose()
  })

  it('stops delivering chunks once cancelled, and never reports the cancelled run done', async () => {
    const p = pool(1)
    let chunks = 0
    let done = false
    p.run(
      { ...setupFor(data.baseline), draws: 40 },
      {
        chunk: () => {
          chunks++
          if (chunks === 1) p.cancel()
        },
        done: () => (done = true),
        failed: () => undefined,
      },
    )
    await new Promise((r) => setTimeout(r, 300))
    expect(chunks).toBe(1)
    expect(done).toBe(false)
    expect(p.running).toBe(false)
  })

  it('answers sensitivity requests after the inputs are handed over', async () => {
    const scenario = data.baseline
    const table = mergedInChunks(scenario, 12, 6)
    const p = pool(1)
    const job = 7
    const inputs = table.takeInputs()
    if (!inputs) throw new Error('no inputs')
    p.analyse(job, inputs)
    expect(p.hasInputs(job)).toBe(true)
    const drivers = await p.sensitivity(job, table.output({ kind: 'cohesion', year: 2030 }), 5)
    expect(drivers?.length).toBeGreaterThan(0)
    expect(drivers?.length).toBeLessThanOrEqual(5)
    await expect(p.sensitivity(job + 1, new Float64Array(12), 5)).rejects.toThrow(/no inputs/)
    p.dispose()
  })
})

describe("a worker's warm-up: throwaway draws in short slices, stopped by the first request", () => {
  /** A schedule the test steps by hand: each queued slice runs when `tick` is called. */
  const manual = () => {
    const queue: Array<() => void> = []
    return { schedule: (step: () => void) => void queue.push(step), tick: () => queue.shift()?.(), pending: () => queue.length }
  }

  it('runs its draws a slice per task, then stops scheduling', () => {
    const clock = manual()
    const warm = startWarmUp({ draws: 5, slice: 2, schedule: clock.schedule, data })
    expect(warm.done()).toBe(0)
    clock.tick()
    expect(warm.done()).toBe(2)
    clock.tick()
    clock.tick()
    expect(warm.done()).toBe(5)
    clock.tick()
    expect(clock.pending()).toBe(0)
  })

  it('stops at once when told, so a run waits behind one slice at most', () => {
    const clock = manual()
    const warm = startWarmUp({ draws: 100, slice: 3, schedule: clock.schedule, data })
    clock.tick()
    warm.stop()
    clock.tick()
    expect(warm.done()).toBe(3)
    expect(clock.pending()).toBe(0)
  })
})
