/**
 * What a Monte Carlo worker does, as plain functions the worker script and the main-thread
 * fallback share: run a chunk of draws with the model's `runDraws` and pack it into typed arrays,
 * and answer sensitivity requests from the inputs it was handed.
 */
import { OUTCOMES, leverSpreads, loadProjectData, runDraws, type DrawSummary, type ModelData, type Outcome } from '../../models/index'
import type { ChunkResult, MonteCarloReply, MonteCarloRequest, MonteCarloSetup } from './montecarlo-protocol'
import { InputRanks } from './montecarlo-sensitivity'

const OUTCOME_CODE = new Map<Outcome, number>(OUTCOMES.map((o, i) => [o, i]))

/** Pack draws (as `runDraws` returns them, in draw order) into a chunk of typed arrays. */
export function packDraws(draws: readonly DrawSummary[], from: number, to: number): ChunkResult {
  const rows = to - from
  const first = draws[0]
  const yearCount = first?.cohesion.length ?? 0
  const initiativeIds = first?.initiatives.map((i) => i.id) ?? []
  const inputPaths = first?.inputs?.paths ?? []
  const count = initiativeIds.length
  const cohesion = new Float64Array(rows * yearCount)
  const outcomes = new Int8Array(rows * count)
  const yearDecided = new Int16Array(rows * count)
  const inputs = new Float64Array(rows * inputPaths.length)
  const blockerActors: string[] = []
  const actorIndex = new Map<string, number>()
  const blockers: number[] = []
  draws.forEach((d, r) => {
    if (d.draw !== from + r) throw new Error(`draw ${d.draw} out of order in chunk ${from}–${to}`)
    cohesion.set(d.cohesion, r * yearCount)
    if (d.inputs) inputs.set(d.inputs.values, r * inputPaths.length)
    d.initiatives.forEach((fate, k) => {
      outcomes[r * count + k] = OUTCOME_CODE.get(fate.outcome) ?? -1
      yearDecided[r * count + k] = fate.yearDecided ?? -1
      for (const actor of fate.blockers) {
        let a = actorIndex.get(actor)
        if (a === undefined) {
          a = blockerActors.length
          actorIndex.set(actor, a)
          blockerActors.push(actor)
        }
        blockers.push(r, k, a)
      }
    })
  })
  return {
    from,
    to,
    yearCount,
    initiativeIds,
    cohesion,
    outcomes,
    yearDecided,
    blockerActors,
    blockers: Int32Array.from(blockers),
    inputPaths,
    inputs,
  }
}

/** Run draws `from`–`to` of a job and pack them, recording every input drawn (for sensitivity). */
export function runChunk(setup: Omit<MonteCarloSetup, 'kind' | 'job'>, from: number, to: number, data: ModelData = loadProjectData()): ChunkResult {
  const draws = runDraws(setup.scenario, data, { from, to }, { agenda: setup.agenda, leverSpreads: setup.leverSpreads, recordInputs: true })
  return packDraws(draws, from, to)
}

/** Options of a worker's warm-up: how many throwaway draws, in slices of how many, scheduled how. */
export interface WarmUpOptions {
  draws?: number
  slice?: number
  /** Run the next slice in a task of its own (default: a zero-delay timer, so messages come first). */
  schedule?: (step: () => void) => void
  /** The project's data (its baseline is what the warm-up draws). */
  data?: ReturnType<typeof loadProjectData>
}

/**
 * Warm a worker's JIT while the user sets up a run: throwaway draws of the historical baseline, run
 * exactly as a job's chunks are, in slices of a few draws, one task each, until `draws` are done or
 * `stop()` is called. The worker stops it at its first request, so a run waits behind one slice at
 * most. A cold worker runs its first few hundred draws several times slower than a warm one, which
 * made a user's first run of 1,000 draws take half as long again as the next.
 */
export function startWarmUp({ draws = 200, slice = 10, schedule = (step) => setTimeout(step, 0), data = loadProjectData() }: WarmUpOptions = {}): {
  stop: () => void
  /** Draws run so far. */
  done: () => number
} {
  const setup = { scenario: data.baseline, agenda: [...data.initiatives], leverSpreads: leverSpreads(data.uncertainty) }
  let next = 0
  let stopped = false
  const step = (): void => {
    if (stopped || next >= draws) return
    const to = Math.min(draws, next + slice)
    runChunk(setup, next, to, data)
    next = to
    schedule(step)
  }
  schedule(step)
  return { stop: () => (stopped = true), done: () => next }
}

/** A worker's state between messages: the jobs set up and the inputs handed over for sensitivity. */
export interface MonteCarloHandler {
  /** Answer one request (a setup or an inputs hand-over answers nothing). */
  handle(request: MonteCarloRequest): MonteCarloReply | null
}

/** Create the message handler a worker (or its main-thread stand-in) runs. */
export function createMonteCarloHandler(data: () => ModelData = loadProjectData): MonteCarloHandler {
  let setup: MonteCarloSetup | null = null
  let analysis: { job: number; ranks: InputRanks } | null = null
  return {
    handle(request) {
      try {
        switch (request.kind) {
          case 'setup':
            setup = request
            return null
          case 'chunk':
            if (!setup || setup.job !== request.job) throw new Error(`job ${request.job} was not set up`)
            return { kind: 'chunk', job: request.job, result: runChunk(setup, request.from, request.to, data()) }
          case 'inputs':
            analysis = { job: request.job, ranks: new InputRanks(request.paths, request.drawIds.length, request.blocks) }
            return null
          case 'sensitivity':
            if (!analysis || analysis.job !== request.job) throw new Error(`no inputs for job ${request.job}`)
            return { kind: 'sensitivity', job: request.job, request: request.request, drivers: analysis.ranks.drivers(request.output, request.top) }
          default:
            return assertNever(request)
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        return { kind: 'failed', job: request.job, ...(request.kind === 'sensitivity' ? { request: request.request } : {}), message }
      }
    },
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected request ${JSON.stringify(value)}`)
}
