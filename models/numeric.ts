/**
 * The statistics the model takes from mathjs, from its number-only build and created from their
 * dependencies alone, so the app's bundle carries a few functions rather than the whole library.
 */
import { create, quantileSeqDependencies, sumDependencies, type FactoryFunctionMap } from 'mathjs/number'

// mathjs types each dependency map as possibly undefined; they are defined for every function it exports.
const math = create({ quantileSeqDependencies, sumDependencies } as FactoryFunctionMap)

/** Return the sum of a list (0 for an empty one). */
export function sum(values: readonly number[]): number {
  return values.length === 0 ? 0 : (math.sum(values as number[]) as number)
}

/** Return the p-quantile (0–1) of a list, interpolating linearly between order statistics; NaN if empty. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  return math.quantileSeq(values as number[], p) as number
}
