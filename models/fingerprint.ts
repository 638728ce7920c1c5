/**
 * A short fingerprint of a result's bytes (FNV-1a, 64 bits as two 32-bit halves, over its JSON), so
 * anyone can check that the same scenario and seed gave the same result in Node and in the browser.
 */
import type { SimulationResult } from './types'

/** Return a 16-hex-digit fingerprint of the result's JSON. */
export function resultFingerprint(result: SimulationResult): string {
  const text = JSON.stringify(result)
  let h1 = 0x811c9dc5
  let h2 = 0x01000193 ^ 0x9e3779b9
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15)
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0')
}
