/**
 * Sensitivity over many draws: Spearman's rank correlation of every recorded input with a chosen
 * output. The inputs are ranked once per run, so choosing another output costs one ranking and a
 * pass over the table. The arithmetic is the model's `rankCorrelation` term for term, and the
 * ranking of drivers is its `sensitivity`'s, so both give the same numbers to the last bit.
 */
import { ranks } from '../../models/index'
import type { Driver } from './montecarlo-protocol'

/** Centre ranks on their mean, as `rankCorrelation` does, and return them with their sum of squares. */
function centredRanks(values: readonly number[]): { centred: Float64Array; squares: number } {
  const r = ranks(values)
  const n = r.length
  const mean = r.reduce((a, b) => a + b, 0) / n
  const centred = new Float64Array(n)
  let squares = 0
  for (let i = 0; i < n; i++) {
    const d = (r[i] ?? 0) - mean
    centred[i] = d
    squares += d * d
  }
  return { centred, squares }
}

/** Hold every input's centred ranks over the draws of one run. */
export class InputRanks {
  private readonly columns: Array<{ centred: Float64Array; squares: number }>
  constructor(
    readonly paths: readonly string[],
    readonly draws: number,
    /** Draw-major rows in blocks, in draw order: together row `i` holds draw `i`'s value of every path. */
    blocks: readonly Float64Array[],
  ) {
    const width = paths.length
    const values = blocks.reduce((n, b) => n + b.length, 0)
    if (values !== draws * width) throw new Error(`inputs hold ${values} values, not ${draws} draws × ${width} inputs`)
    if (blocks.some((b) => width > 0 && b.length % width !== 0)) throw new Error(`an inputs block holds part of a draw's ${width} inputs`)
    this.columns = paths.map((_, k) => {
      const column = new Array<number>(draws)
      let i = 0
      for (const block of blocks) for (let at = k; at < block.length; at += width) column[i++] = block[at] ?? 0
      return centredRanks(column)
    })
  }

  /** Return each input's Spearman ρ with the output (0 when either is constant, or fewer than 2 draws). */
  correlations(output: ArrayLike<number>): Float64Array {
    const out = new Float64Array(this.paths.length)
    const n = this.draws
    if (n < 2 || output.length !== n) return out
    const y = centredRanks(Array.from(output))
    this.columns.forEach((x, k) => {
      let sxy = 0
      for (let i = 0; i < n; i++) sxy += (x.centred[i] ?? 0) * (y.centred[i] ?? 0)
      out[k] = x.squares === 0 || y.squares === 0 ? 0 : sxy / Math.sqrt(x.squares * y.squares)
    })
    return out
  }

  /** Rank inputs by |ρ| (rounded to 3 decimals, zeros dropped, ties by path), largest first, as the model's `sensitivity`. */
  drivers(output: ArrayLike<number>, top: number): Driver[] {
    const rho = this.correlations(output)
    return this.paths
      .map((path, k) => ({ path, rho: Math.round((rho[k] ?? 0) * 1000) / 1000 }))
      .filter((d) => d.rho !== 0)
      .sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || a.path.localeCompare(b.path))
      .slice(0, top)
  }
}
