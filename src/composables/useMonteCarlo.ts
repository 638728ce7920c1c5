/**
 * Monte Carlo over the plausible range of every input, in a pool of Web Workers: progress as chunks
 * of draws arrive, bands recomputed at most every `summaryInterval` ms (each time a few ms of
 * main-thread work), Cancel that terminates the workers, and sensitivity (which inputs drive a
 * chosen output) computed off the main thread once the run stops. One run at a time; a new run
 * replaces the last. Where `Worker` does not exist (unit tests under jsdom) the draws run on the
 * main thread, one chunk per macrotask.
 */
import { onScopeDispose, readonly, ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { leverSpreads as spreadsOf, loadProjectData, type Initiative, type MonteCarloSummary, type Scenario } from '../../models/index'
import { DrawTable, type MonteCarloOutput } from '../workers/montecarlo-merge'
import { MonteCarloPool, type MonteCarloPoolOptions } from '../workers/montecarlo-pool'
import type { Driver } from '../workers/montecarlo-protocol'

/** Where a run stands. */
export type MonteCarloStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed'

/** What to run: a scenario, the agenda it decides, and how many draws. */
export interface MonteCarloRunInput {
  scenario: Scenario
  agenda: readonly Initiative[]
  draws: number
}

/** Options: the pool's size and chunk size, and how often bands are recomputed while a run goes on. */
export interface UseMonteCarloOptions extends MonteCarloPoolOptions {
  /** Least time between two progressive summaries, in ms (default 300). */
  summaryInterval?: number
}

/** A run's state, its (progressive) summary, and the actions. */
export interface UseMonteCarloReturn {
  status: Readonly<Ref<MonteCarloStatus>>
  /** Draws finished in the current (or last) run. */
  completed: Readonly<Ref<number>>
  /** Draws asked for in the current (or last) run. */
  total: Readonly<Ref<number>>
  /** The bands and probabilities over the draws finished so far; null before any. */
  summary: Readonly<ShallowRef<MonteCarloSummary | null>>
  /** What the current (or last) run ran. */
  input: Readonly<ShallowRef<MonteCarloRunInput | null>>
  /** Why the last run failed, or null. */
  error: Readonly<Ref<string | null>>
  /** Wall time of the last finished run, in ms (null while running or when cancelled). */
  elapsed: Readonly<Ref<number | null>>
  /** Web Workers the draws run in. */
  workers: number
  /** Run draws; resolves with the final summary, or null when cancelled, failed or replaced. */
  run(input: MonteCarloRunInput): Promise<MonteCarloSummary | null>
  /** Stop the run: workers are terminated; the draws finished so far stay summarised. */
  cancel(): void
  /** Rank inputs by how strongly they drive the output over the draws finished; null if none or replaced. */
  drivers(output: MonteCarloOutput, top?: number): Promise<Driver[] | null>
  /** Start the workers ahead of the first run. */
  warm(): void
}

/** Longest slice of summarising per task, in ms (a 5,000-draw summary takes about 15 ms in all). */
const SLICE_MS = 8

/** Copy a value into plain JSON, dropping any Vue proxy, so it can be posted to a worker. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** Run Monte Carlo draws in a pool of workers, with progress, cancel and sensitivity. */
export function useMonteCarlo(options: UseMonteCarloOptions = {}): UseMonteCarloReturn {
  const { summaryInterval = 300, ...poolOptions } = options
  const spreads = spreadsOf(loadProjectData().uncertainty)
  const pool = new MonteCarloPool(poolOptions)
  const status = ref<MonteCarloStatus>('idle')
  const completed = ref(0)
  const total = ref(0)
  const summary = shallowRef<MonteCarloSummary | null>(null)
  const input = shallowRef<MonteCarloRunInput | null>(null)
  const error = ref<string | null>(null)
  const elapsed = ref<number | null>(null)

  let table: DrawTable | null = null
  let job = 0
  let seed = 0
  let lastSummary = 0
  /** The next progressive summary, when one is due later. */
  let timer: ReturnType<typeof setTimeout> | undefined
  /** The summary being computed, a slice per task; null when none is. */
  let slicing: { steps: Generator<void, MonteCarloSummary, void>; timer: ReturnType<typeof setTimeout> | undefined } | null = null
  let settle: ((value: MonteCarloSummary | null) => void) | null = null

  const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now())

  function stopSlicing(): void {
    clearTimeout(slicing?.timer)
    slicing = null
  }

  /**
   * Summarise the draws received so far in slices of at most `SLICE_MS` each, one task per slice,
   * then publish the summary and call `then`. A newer call replaces one still in progress.
   */
  function summarise(then?: () => void): void {
    clearTimeout(timer)
    timer = undefined
    stopSlicing()
    const current = table
    if (!current || current.count === 0) {
      then?.()
      return
    }
    const own = { steps: current.summarise(seed), timer: undefined as ReturnType<typeof setTimeout> | undefined }
    slicing = own
    const step = (): void => {
      if (slicing !== own || table !== current) return
      const started = now()
      let next = own.steps.next()
      while (!next.done && now() - started < SLICE_MS) next = own.steps.next()
      if (!next.done) {
        own.timer = setTimeout(step, 0)
        return
      }
      slicing = null
      summary.value = next.value
      lastSummary = now()
      then?.()
    }
    step()
  }

  function end(state: MonteCarloStatus, value: MonteCarloSummary | null): void {
    status.value = state
    const resolve = settle
    settle = null
    resolve?.(value)
  }

  function run(next: MonteCarloRunInput): Promise<MonteCarloSummary | null> {
    stop('cancelled')
    clearTimeout(timer)
    timer = undefined
    stopSlicing()
    const draws = Math.max(1, Math.floor(next.draws))
    const scenario = plain(next.scenario)
    const agenda = plain([...next.agenda])
    const started = now()
    const current = new DrawTable(draws, scenario)
    table = current
    seed = scenario.seed
    input.value = next
    total.value = draws
    completed.value = 0
    summary.value = null
    error.value = null
    elapsed.value = null
    status.value = 'running'
    lastSummary = started
    const promise = new Promise<MonteCarloSummary | null>((resolve) => (settle = resolve))
    job = pool.run(
      { scenario, agenda, draws, leverSpreads: spreads },
      {
        chunk(result) {
          if (table !== current) return
          current.add(result)
          completed.value = current.count
          if (slicing || timer !== undefined) return
          const wait = summaryInterval - (now() - lastSummary)
          if (wait <= 0) summarise()
          else timer = setTimeout(() => summarise(), wait)
        },
        done() {
          if (table !== current) return
          const ended = now()
          summarise(() => {
            elapsed.value = ended - started
            end('done', summary.value)
          })
        },
        failed(message) {
          if (table !== current) return
          error.value = message
          summarise(() => end('failed', null))
        },
      },
    )
    return promise
  }

  /** Stop a running job (if any) and record how it ended; the draws finished so far are summarised. */
  function stop(state: 'cancelled'): void {
    if (status.value !== 'running') return
    pool.cancel()
    end(state, null)
    summarise()
  }

  let rewarm: ReturnType<typeof setTimeout> | undefined
  function cancel(): void {
    stop('cancelled')
    // Start fresh workers soon, in a task of their own, so the next Run (or the sensitivity ranking) finds them ready.
    clearTimeout(rewarm)
    rewarm = setTimeout(() => pool.warm(), 50)
  }

  async function drivers(output: MonteCarloOutput, top = 12): Promise<Driver[] | null> {
    const current = table
    if (!current || current.count < 3 || status.value === 'running') return null
    const forJob = job
    if (!pool.hasInputs(forJob)) {
      // The inputs are handed over once (transferred, not copied): if the worker holding them has
      // been lost since (an error), there is nothing left to rank.
      const inputs = current.takeInputs()
      if (!inputs) return null
      pool.analyse(forJob, inputs)
    }
    const result = await pool.sensitivity(forJob, current.output(output), top)
    return table === current ? result : null
  }

  onScopeDispose(() => {
    clearTimeout(timer)
    clearTimeout(rewarm)
    stopSlicing()
    settle?.(null)
    settle = null
    table = null
    pool.dispose()
  })

  return {
    status: readonly(status),
    completed: readonly(completed),
    total: readonly(total),
    summary,
    input,
    error: readonly(error),
    elapsed: readonly(elapsed),
    workers: pool.size,
    run,
    cancel,
    drivers,
    warm: () => pool.warm(),
  }
}
