/**
 * Merge chunks of draws as they arrive and summarise whatever has arrived: cohesion bands, the
 * probability of adoption by each year, how often each member blocks. The summary is the model's
 * `summarizeDraws` computed from typed arrays (tests hold the two equal): a column is sorted once
 * and its quantiles read off with the same interpolation as the model's `quantile`, so summarising
 * 5,000 draws stays a few milliseconds of main-thread work.
 */
import { OUTCOMES, isAdoptedOutcome, type MonteCarloSummary, type Scenario } from '../../models/index'
import type { ChunkResult, MonteCarloInputsRequest } from './montecarlo-protocol'

/** Read the p-quantile (0–1) of ascending values: linear between order statistics, as the model's `quantile`. */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length
  if (n === 0) return Number.NaN
  const index = p * (n - 1)
  if (Number.isInteger(index)) return sorted[index] ?? Number.NaN
  const low = Math.floor(index)
  const fraction = index % 1
  const left = sorted[low] ?? Number.NaN
  const right = sorted[low + 1] ?? Number.NaN
  return left * (1 - fraction) + right * fraction
}

const round = (x: number): number => Math.round(x * 100) / 100
/** Work per step of a stepwise summary: about 1–2 ms each for 5,000 draws. */
const YEARS_PER_STEP = 4
const INITIATIVES_PER_STEP = 30
const ADOPTED_CODE: readonly boolean[] = OUTCOMES.map((o) => isAdoptedOutcome(o))

/** What a chosen output is: cohesion in a year, or whether an initiative is adopted by the end. */
export type MonteCarloOutput = { kind: 'cohesion'; year: number } | { kind: 'adoption'; initiativeId: string }

/** Collect the draws of one run, chunk by chunk, in any order. */
export class DrawTable {
  /** Draws received so far. */
  count = 0
  readonly years: number[]
  private readonly received: Uint8Array
  private readonly cohesion: Float64Array
  private outcomes = new Int8Array(0)
  private yearDecided = new Int16Array(0)
  private initiatives: string[] = []
  /** Per initiative, the number of draws in which each member blocked it. */
  private blockerCounts: Array<Map<string, number>> = []
  private paths: string[] = []
  /** Inputs as they arrived, a block per chunk: kept, never copied, until handed to a worker for sensitivity. */
  private inputChunks: Array<{ from: number; to: number; values: Float64Array }> = []
  /** Whether the inputs were handed over (`takeInputs`): a table gives them away once. */
  private inputsTaken = false

  constructor(
    /** Draws the run will have when complete. */
    readonly total: number,
    scenario: Pick<Scenario, 'startYear' | 'endYear'>,
  ) {
    this.years = []
    for (let y = scenario.startYear; y <= scenario.endYear; y++) this.years.push(y)
    this.received = new Uint8Array(total)
    this.cohesion = new Float64Array(total * this.years.length)
  }

  /** Initiative ids in the model's order (empty until the first chunk). */
  get initiativeIds(): readonly string[] {
    return this.initiatives
  }

  /** Input paths recorded (empty until the first chunk). */
  get inputPaths(): readonly string[] {
    return this.paths
  }

  /** Add a chunk; a chunk already received, or one that does not fit the run, is refused with an error. */
  add(chunk: ChunkResult): void {
    const Y = this.years.length
    if (chunk.yearCount !== Y) throw new Error(`chunk has ${chunk.yearCount} years, the run ${Y}`)
    if (chunk.from < 0 || chunk.to > this.total || chunk.from >= chunk.to) throw new Error(`chunk ${chunk.from}–${chunk.to} outside 0–${this.total}`)
    if (this.count === 0 && this.initiatives.length === 0) {
      this.initiatives = [...chunk.initiativeIds]
      this.outcomes = new Int8Array(this.total * this.initiatives.length)
      this.yearDecided = new Int16Array(this.total * this.initiatives.length)
      this.blockerCounts = this.initiatives.map(() => new Map())
      this.paths = [...chunk.inputPaths]
    } else if (chunk.initiativeIds.length !== this.initiatives.length || chunk.inputPaths.length !== this.paths.length) {
      throw new Error('chunk does not match the run (initiatives or inputs differ)')
    }
    for (let d = chunk.from; d < chunk.to; d++) if (this.received[d]) throw new Error(`draw ${d} received twice`)
    const I = this.initiatives.length
    const P = this.paths.length
    if (chunk.inputs.length !== (chunk.to - chunk.from) * P) throw new Error(`chunk ${chunk.from}–${chunk.to} has ${chunk.inputs.length} input values, not ${(chunk.to - chunk.from) * P}`)
    this.cohesion.set(chunk.cohesion, chunk.from * Y)
    this.outcomes.set(chunk.outcomes, chunk.from * I)
    this.yearDecided.set(chunk.yearDecided, chunk.from * I)
    this.inputChunks.push({ from: chunk.from, to: chunk.to, values: chunk.inputs })
    for (let t = 0; t + 2 < chunk.blockers.length; t += 3) {
      const k = chunk.blockers[t + 1] ?? 0
      const actor = chunk.blockerActors[chunk.blockers[t + 2] ?? 0] ?? ''
      const counts = this.blockerCounts[k]
      if (counts) counts.set(actor, (counts.get(actor) ?? 0) + 1)
    }
    this.received.fill(1, chunk.from, chunk.to)
    this.count += chunk.to - chunk.from
  }

  /** The draws received, ascending. */
  drawIds(): Int32Array {
    const ids = new Int32Array(this.count)
    let j = 0
    for (let d = 0; d < this.total; d++) if (this.received[d]) ids[j++] = d
    return ids
  }

  /** Summarise the draws received so far, exactly as the model's `summarizeDraws` would. */
  summary(seed: number): MonteCarloSummary {
    const steps = this.summarise(seed)
    let step = steps.next()
    while (!step.done) step = steps.next()
    return step.value
  }

  /**
   * Summarise in steps: the draws received when it starts, a few years or initiatives per step, so a
   * caller can spread 5,000 draws over several short tasks. Chunks may arrive between steps.
   */
  *summarise(seed: number): Generator<void, MonteCarloSummary, void> {
    const ids = this.drawIds()
    const blockerCounts = this.blockerCounts.map((counts) => new Map(counts))
    const n = ids.length
    const Y = this.years.length
    const column = new Float64Array(n)
    const p10: number[] = []
    const p50: number[] = []
    const p90: number[] = []
    for (let y = 0; y < Y; y++) {
      for (let j = 0; j < n; j++) column[j] = this.cohesion[(ids[j] ?? 0) * Y + y] ?? 0
      column.sort()
      p10.push(round(quantileOfSorted(column, 0.1)))
      p50.push(round(quantileOfSorted(column, 0.5)))
      p90.push(round(quantileOfSorted(column, 0.9)))
      if (y % YEARS_PER_STEP === YEARS_PER_STEP - 1) yield
    }
    const adoption: MonteCarloSummary['adoption'] = {}
    const blockers: MonteCarloSummary['blockers'] = {}
    const share = n || 1
    const I = this.initiatives.length
    const start = this.years[0] ?? 0
    const byYearCount = new Int32Array(Y)
    for (let k = 0; k < I; k++) {
      const id = this.initiatives[k] ?? ''
      if (k % INITIATIVES_PER_STEP === INITIATIVES_PER_STEP - 1) yield
      byYearCount.fill(0)
      let adopted = 0
      for (let j = 0; j < n; j++) {
        const at = (ids[j] ?? 0) * I + k
        if (!ADOPTED_CODE[this.outcomes[at] ?? -1]) continue
        adopted++
        const year = this.yearDecided[at] ?? -1
        if (year < 0) continue
        const index = Math.max(0, year - start)
        if (index < Y) byYearCount[index] = (byYearCount[index] ?? 0) + 1
      }
      const byYear: number[] = []
      let cumulative = 0
      for (let y = 0; y < Y; y++) {
        cumulative += byYearCount[y] ?? 0
        byYear.push(round(cumulative / share))
      }
      adoption[id] = { byYear, final: round(adopted / share) }
      const counts = blockerCounts[k] ?? new Map<string, number>()
      blockers[id] = Object.fromEntries([...counts.keys()].sort().map((a) => [a, round((counts.get(a) ?? 0) / share)]))
    }
    return { draws: n, seed, years: [...this.years], cohesion: { p10, p50, p90 }, adoption, blockers }
  }

  /** The chosen output, one value per draw received (ascending draw order). */
  output(which: MonteCarloOutput): Float64Array {
    const ids = this.drawIds()
    const out = new Float64Array(ids.length)
    switch (which.kind) {
      case 'cohesion': {
        const y = which.year - (this.years[0] ?? 0)
        const Y = this.years.length
        if (y < 0 || y >= Y) throw new Error(`year ${which.year} outside the run`)
        ids.forEach((d, j) => (out[j] = this.cohesion[d * Y + y] ?? 0))
        return out
      }
      case 'adoption': {
        const k = this.initiatives.indexOf(which.initiativeId)
        if (k < 0) throw new Error(`initiative ${which.initiativeId} not in the run`)
        const I = this.initiatives.length
        ids.forEach((d, j) => (out[j] = ADOPTED_CODE[this.outcomes[d * I + k] ?? -1] ? 1 : 0))
        return out
      }
      default:
        return assertNever(which)
    }
  }

  /**
   * Hand over every received draw's inputs, to be transferred to a worker: the chunks' own blocks
   * (draw-major) in draw order, not copied. Joining them into one array here allocated and filled
   * about 3 MB on the main thread for 1,000 draws: 8 ms on this machine, in the task that ends a run.
   * The table keeps no inputs afterwards: a second call returns null.
   */
  takeInputs(): Pick<MonteCarloInputsRequest, 'paths' | 'drawIds' | 'blocks'> | null {
    if (this.inputsTaken) return null
    this.inputsTaken = true
    // Chunks cover disjoint runs of draws: in order of their first draw, they are the rows in draw order.
    const blocks = [...this.inputChunks].sort((a, b) => a.from - b.from).map((chunk) => chunk.values)
    this.inputChunks = []
    return { paths: [...this.paths], drawIds: this.drawIds(), blocks }
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected output ${JSON.stringify(value)}`)
}
