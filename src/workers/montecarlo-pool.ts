/**
 * A pool of Monte Carlo workers: one job at a time, cut into chunks of draws that each worker takes
 * as it finishes the last, so fast and slow workers share the load. Draw `k` has its own seeded
 * stream, so which worker runs it never changes the result. Cancelling terminates the workers;
 * the next run starts fresh ones. After a run, the first worker ranks the inputs for sensitivity.
 */
import type { Initiative, LeverSpreads, Scenario } from '../../models/index'
import { createMonteCarloHandler } from './montecarlo-chunk'
import { inputsTransferables, type ChunkResult, type Driver, type MonteCarloInputsRequest, type MonteCarloReply, type MonteCarloRequest } from './montecarlo-protocol'

/** What the pool needs of a worker (a real `Worker`, or the main-thread stand-in). */
export interface WorkerLike {
  postMessage(message: MonteCarloRequest, transfer: Transferable[]): void
  addEventListener(type: 'message', listener: (event: MessageEvent<MonteCarloReply>) => void): void
  addEventListener(type: 'error', listener: (event: Event) => void): void
  terminate(): void
}

/**
 * Stand-in for a worker where none exists (unit tests under jsdom): the same handler, run on the main
 * thread one message per macrotask, so a run still yields between chunks and can be cancelled.
 */
export class InlineWorker implements WorkerLike {
  private readonly handler = createMonteCarloHandler()
  private readonly listeners: Array<(event: MessageEvent<MonteCarloReply>) => void> = []
  private readonly timers = new Set<ReturnType<typeof setTimeout>>()
  private terminated = false

  postMessage(message: MonteCarloRequest): void {
    if (this.terminated) return
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      if (this.terminated) return
      const reply = this.handler.handle(message)
      if (reply) for (const listener of this.listeners) listener({ data: reply } as MessageEvent<MonteCarloReply>)
    }, 0)
    this.timers.add(timer)
  }

  addEventListener(type: 'message' | 'error', listener: ((event: MessageEvent<MonteCarloReply>) => void) | ((event: Event) => void)): void {
    if (type === 'message') this.listeners.push(listener as (event: MessageEvent<MonteCarloReply>) => void)
  }

  terminate(): void {
    this.terminated = true
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }
}

/** Create a real module worker running `montecarlo.worker.ts`, or the stand-in where `Worker` does not exist. */
export function createMonteCarloWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return new InlineWorker()
  return new Worker(new URL('./montecarlo.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike
}

/**
 * Workers to start: one per core but one, at most four, at least one. The core left over keeps the
 * page's own threads (main thread, compositor) free: on a two-core machine, two workers finished
 * 1,000 draws no sooner than one (2.1 s against 1.6 s, median of three) and starved the main thread
 * (tasks up to 70 ms), where one worker left every main-thread task under 50 ms.
 */
export function defaultPoolSize(): number {
  if (typeof Worker === 'undefined') return 1
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2
  return Math.max(1, Math.min(cores - 1, 4))
}

/** One Monte Carlo run: a scenario, the agenda it decides, how many draws, and how widely levers vary. */
export interface MonteCarloJob {
  scenario: Scenario
  agenda: Initiative[]
  draws: number
  leverSpreads: LeverSpreads
}

/** Where a job reports: each chunk as it arrives, then the end. */
export interface MonteCarloListener {
  chunk(result: ChunkResult): void
  done(): void
  failed(message: string): void
}

/** Options of a pool. */
export interface MonteCarloPoolOptions {
  /** Workers to run (default: one per core, at most four). */
  size?: number
  /** Draws per chunk (default: about eight chunks per worker, 10 to 50 draws each). */
  chunkSize?: number
  /** Create a worker (default: a module worker, or the main-thread stand-in). */
  createWorker?: () => WorkerLike
}

/** Chunks each worker holds at once. */
const IN_FLIGHT = 2

interface Active {
  job: number
  draws: number
  chunk: number
  next: number
  outstanding: number
  listener: MonteCarloListener
}

/** Run Monte Carlo jobs on a pool of workers, one job at a time. */
export class MonteCarloPool {
  readonly size: number
  private readonly chunkSize: number | null
  private readonly create: () => WorkerLike
  private lanes: WorkerLike[] = []
  private lastJob = 0
  private active: Active | null = null
  /** The job whose inputs the first worker holds, if any. */
  private analysed: number | null = null
  private lastRequest = 0
  private readonly pending = new Map<number, { job: number; resolve: (drivers: Driver[] | null) => void; reject: (error: Error) => void }>()

  constructor(options: MonteCarloPoolOptions = {}) {
    this.size = Math.max(1, Math.round(options.size ?? defaultPoolSize()))
    this.chunkSize = options.chunkSize === undefined ? null : Math.max(1, Math.round(options.chunkSize))
    this.create = options.createWorker ?? createMonteCarloWorker
  }

  /** True while a job runs. */
  get running(): boolean {
    return this.active !== null
  }

  /** Start the workers now (each loads the model and its data), so the first run starts at once. */
  warm(): void {
    while (this.lanes.length < this.size) {
      const lane = this.create()
      lane.addEventListener('message', (event) => this.onReply(lane, event.data))
      lane.addEventListener('error', (event) => this.onError(event))
      this.lanes.push(lane)
    }
  }

  /** Start a job (cancelling any running one); returns its id, which sensitivity requests name. */
  run(job: MonteCarloJob, listener: MonteCarloListener): number {
    if (this.active) this.cancel()
    this.warm()
    const id = ++this.lastJob
    this.settlePending(null)
    const draws = Math.max(0, Math.floor(job.draws))
    // Fewer, larger chunks wake the main thread less often; enough of them keep every worker busy to the end.
    const chunk = this.chunkSize ?? Math.min(50, Math.max(10, Math.ceil(draws / (this.size * 8))))
    this.active = { job: id, draws, chunk, next: 0, outstanding: 0, listener }
    for (const lane of this.lanes) {
      lane.postMessage({ kind: 'setup', job: id, scenario: job.scenario, agenda: job.agenda, leverSpreads: job.leverSpreads }, [])
    }
    // Two chunks in flight per worker: the next is queued while the main thread handles the last.
    for (let i = 0; i < IN_FLIGHT; i++) for (const lane of this.lanes) this.dispatch(lane)
    if (this.active.outstanding === 0) this.finish()
    return id
  }

  /** Stop the running job: its workers are terminated at once (new ones start with the next run). */
  cancel(): void {
    this.active = null
    this.terminateLanes()
  }

  /** Hand the first worker a finished (or cancelled) job's inputs, transferred, for sensitivity requests. */
  analyse(job: number, inputs: Pick<MonteCarloInputsRequest, 'paths' | 'drawIds' | 'blocks'>): void {
    this.warm()
    const lane = this.lanes[0]
    if (!lane) return
    lane.postMessage({ kind: 'inputs', job, ...inputs }, inputsTransferables(inputs))
    this.analysed = job
  }

  /** True when the first worker holds this job's inputs. */
  hasInputs(job: number): boolean {
    return this.analysed === job && this.lanes.length > 0
  }

  /** Rank the job's inputs by how strongly they drive the output; null if a newer run superseded it. */
  sensitivity(job: number, output: Float64Array, top: number): Promise<Driver[] | null> {
    const lane = this.lanes[0]
    if (!lane || this.analysed !== job) return Promise.reject(new Error(`no inputs for job ${job}`))
    const request = ++this.lastRequest
    return new Promise((resolve, reject) => {
      this.pending.set(request, { job, resolve, reject })
      lane.postMessage({ kind: 'sensitivity', job, request, output, top }, [])
    })
  }

  /** Terminate every worker and forget every request. */
  dispose(): void {
    this.cancel()
    this.settlePending(null)
  }

  private dispatch(lane: WorkerLike): void {
    const a = this.active
    if (!a || a.next >= a.draws) return
    const from = a.next
    const to = Math.min(a.draws, from + a.chunk)
    a.next = to
    a.outstanding++
    lane.postMessage({ kind: 'chunk', job: a.job, from, to }, [])
  }

  private finish(): void {
    const a = this.active
    this.active = null
    a?.listener.done()
  }

  private onReply(lane: WorkerLike, reply: MonteCarloReply): void {
    switch (reply.kind) {
      case 'chunk': {
        const a = this.active
        if (!a || reply.job !== a.job) return
        a.outstanding--
        a.listener.chunk(reply.result)
        if (this.active !== a) return // the listener cancelled or started another run
        this.dispatch(lane)
        if (a.outstanding === 0 && a.next >= a.draws) this.finish()
        return
      }
      case 'sensitivity': {
        const p = this.pending.get(reply.request)
        this.pending.delete(reply.request)
        p?.resolve(reply.drivers)
        return
      }
      case 'failed': {
        if (reply.request !== undefined) {
          const p = this.pending.get(reply.request)
          this.pending.delete(reply.request)
          p?.reject(new Error(reply.message))
          return
        }
        const a = this.active
        if (!a || reply.job !== a.job) return
        this.cancel()
        a.listener.failed(reply.message)
        return
      }
      default:
        assertNever(reply)
    }
  }

  private onError(event: Event): void {
    const message = 'message' in event && typeof event.message === 'string' ? event.message : 'worker error'
    const a = this.active
    this.cancel()
    this.settlePending(null, new Error(message))
    a?.listener.failed(message)
  }

  private terminateLanes(): void {
    for (const lane of this.lanes) lane.terminate()
    this.lanes = []
    this.analysed = null
    this.settlePending(null)
  }

  private settlePending(value: null, error?: Error): void {
    for (const p of this.pending.values()) {
      if (error) p.reject(error)
      else p.resolve(value)
    }
    this.pending.clear()
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected reply ${JSON.stringify(value)}`)
}
