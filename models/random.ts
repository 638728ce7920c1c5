import prand from 'pure-rand'

/** Draw uniform numbers from a seeded generator; the only source of randomness in the model. */
export interface Random {
  /** Return a number in [0, 1) with 2^-32 resolution. */
  next(): number
  /** Return a number uniform in [low, high]. */
  uniform(low: number, high: number): number
  /** Return a triangular draw over [low, high] with the given mode. */
  triangular(low: number, mode: number, high: number): number
}

const SCALE = 2 ** 32

/** Mix a seed and a stream number into one 32-bit seed (MurmurHash3's finaliser), so draws are independent. */
export function mixSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}

/**
 * Create a generator for one draw: xoroshiro128+ from pure-rand, seeded by the scenario seed mixed
 * with the draw's stream number, so every Monte Carlo draw has its own stream and the same
 * (seed, stream) gives the same numbers in Node, a Worker and the browser.
 */
export function createRandom(seed: number, stream = 0): Random {
  const rng = prand.xoroshiro128plus(mixSeed(seed, stream))
  const next = (): number => {
    const value = prand.unsafeUniformIntDistribution(0, SCALE - 1, rng)
    return value / SCALE
  }
  return {
    next,
    uniform: (low, high) => low + (high - low) * next(),
    triangular: (low, mode, high) => {
      if (high <= low) return low
      const u = next()
      const cut = (mode - low) / (high - low)
      return u < cut
        ? low + Math.sqrt(u * (high - low) * (mode - low))
        : high - Math.sqrt((1 - u) * (high - low) * (high - mode))
    },
  }
}
