/**
 * Messages between the Monte Carlo pool (`montecarlo-pool.ts`) and its workers (`montecarlo.worker.ts`).
 * A job is set up once per worker (scenario, agenda, lever spreads: plain JSON, no Vue proxies), then
 * run in chunks of draws. A chunk comes back as typed arrays, transferred rather than copied, so a
 * thousand draws cost the main thread a few small copies instead of thousands of objects.
 */
import type { Initiative, LeverSpreads, Scenario } from '../../models/index'

/** Set up a job in one worker: what every chunk of it runs. */
export interface MonteCarloSetup {
  kind: 'setup'
  job: number
  scenario: Scenario
  agenda: Initiative[]
  leverSpreads: LeverSpreads
}

/** Run draws `from` (inclusive) to `to` (exclusive) of a job already set up. */
export interface MonteCarloChunkRequest {
  kind: 'chunk'
  job: number
  from: number
  to: number
}

/** Hand a worker every draw's inputs, for sensitivity. */
export interface MonteCarloInputsRequest {
  kind: 'inputs'
  job: number
  paths: string[]
  /** Which draw each row is, ascending. */
  drawIds: Int32Array
  /**
   * The rows, draw-major, in blocks as the chunks brought them, in draw order: together
   * `drawIds.length × paths.length` values. Never joined into one array on the main thread.
   */
  blocks: Float64Array[]
}

/** The buffers of a hand-over of inputs, to transfer rather than copy. */
export function inputsTransferables(inputs: Pick<MonteCarloInputsRequest, 'drawIds' | 'blocks'>): ArrayBuffer[] {
  return [...new Set([inputs.drawIds, ...inputs.blocks].map((a) => a.buffer as ArrayBuffer))]
}

/** Rank the inputs by how strongly they drive one output (one value per row of the inputs). */
export interface MonteCarloSensitivityRequest {
  kind: 'sensitivity'
  job: number
  request: number
  output: Float64Array
  top: number
}

/** Anything the pool asks a worker. */
export type MonteCarloRequest = MonteCarloSetup | MonteCarloChunkRequest | MonteCarloInputsRequest | MonteCarloSensitivityRequest

/**
 * One chunk's draws in compact form. Outcomes are indices into the model's `OUTCOMES`; a year of
 * `-1` means undecided; blockers are (draw offset, initiative index, actor index) triples.
 */
export interface ChunkResult {
  from: number
  to: number
  /** Years per draw (cohesion values per row). */
  yearCount: number
  initiativeIds: string[]
  /** `(to − from) × yearCount`, draw-major. */
  cohesion: Float64Array
  /** `(to − from) × initiativeIds.length`, draw-major. */
  outcomes: Int8Array
  yearDecided: Int16Array
  blockerActors: string[]
  blockers: Int32Array
  inputPaths: string[]
  /** `(to − from) × inputPaths.length`, draw-major. */
  inputs: Float64Array
}

/** One input's rank correlation with the chosen output. */
export interface Driver {
  path: string
  rho: number
}

/** Anything a worker answers. */
export type MonteCarloReply =
  | { kind: 'chunk'; job: number; result: ChunkResult }
  | { kind: 'sensitivity'; job: number; request: number; drivers: Driver[] }
  | { kind: 'failed'; job: number; request?: number; message: string }

/** The buffers of a chunk, to transfer rather than copy. */
export function chunkTransferables(result: ChunkResult): ArrayBuffer[] {
  return [result.cohesion, result.outcomes, result.yearDecided, result.blockers, result.inputs].map((a) => a.buffer as ArrayBuffer)
}
