/**
 * The numeric levers a user moves: range, step, meaning and the claims each rests on. The app builds
 * its sliders from this list and the "what would change it" search walks it.
 */
import type { ClaimId, Levers } from './types'

/** Name a numeric lever (the switches `russiaWestOverride` and `usPresenceOverride` are set by their sliders). */
export type NumericLeverKey = {
  [K in keyof Levers]: Levers[K] extends number ? K : never
}[keyof Levers]

/** Describe one numeric lever. */
export interface LeverInfo {
  key: NumericLeverKey
  group: 'russia-china' | 'region' | 'rules'
  min: number
  max: number
  step: number
  /** Unit shown next to the value: a multiplier, a level, or a year. */
  unit: 'multiplier' | 'level' | 'year'
  claims: ClaimId[]
  /** Switch this lever turns on when the user moves it (a context path becomes a fixed value). */
  enables?: 'russiaWestOverride' | 'usPresenceOverride'
}

/** Every numeric lever, in the order the app shows them. */
export const LEVERS: readonly LeverInfo[] = [
  { key: 'russiaSecurityEmphasis', group: 'russia-china', min: 0, max: 2, step: 0.05, unit: 'multiplier', claims: ['RU-01', 'RU-11'] },
  { key: 'russiaEconomicResistance', group: 'russia-china', min: 0, max: 2, step: 0.05, unit: 'multiplier', claims: ['RU-02', 'RU-03', 'RU-06'] },
  { key: 'chinaEconomicPush', group: 'russia-china', min: 0, max: 2, step: 0.05, unit: 'multiplier', claims: ['CN-02', 'CN-07'] },
  { key: 'chinaAttention', group: 'russia-china', min: 0, max: 1, step: 0.05, unit: 'level', claims: ['CN-05', 'CN-07'] },
  { key: 'chinaAttentionFrom', group: 'russia-china', min: 2001, max: 2035, step: 1, unit: 'year', claims: ['CN-05'] },
  { key: 'russiaChinaAlignment', group: 'russia-china', min: -1, max: 1, step: 0.05, unit: 'level', claims: ['ORG-07', 'RU-05', 'RU-06', 'EN-12'] },
  { key: 'centralAsianHedging', group: 'region', min: 0, max: 2, step: 0.05, unit: 'multiplier', claims: ['CA-01', 'CA-02', 'CA-05'] },
  { key: 'indiaPakistanTension', group: 'region', min: 0, max: 2, step: 0.05, unit: 'multiplier', claims: ['EN-04'] },
  { key: 'russiaWestConfrontation', group: 'region', min: 0, max: 1, step: 0.05, unit: 'level', claims: ['RU-10', 'EX-03'], enables: 'russiaWestOverride' },
  { key: 'usPresence', group: 'region', min: 0, max: 1, step: 0.05, unit: 'level', claims: ['EX-02', 'EX-04'], enables: 'usPresenceOverride' },
  { key: 'afghanThreat', group: 'region', min: 0, max: 2, step: 0.05, unit: 'multiplier', claims: ['EX-01', 'CA-07'] },
  { key: 'institutionalReform', group: 'rules', min: 0, max: 1, step: 0.05, unit: 'level', claims: ['EN-06', 'EN-04', 'EN-03'] },
]

/** Look a lever up by key. */
export function leverInfo(key: NumericLeverKey): LeverInfo {
  const info = LEVERS.find((l) => l.key === key)
  if (!info) throw new Error(`unknown lever ${key}`)
  return info
}

/** Set a numeric lever, clamped to its range and snapped to its step, turning on its override switch. */
export function setLever(levers: Levers, key: NumericLeverKey, value: number): Levers {
  const info = leverInfo(key)
  const snapped = Math.round((Math.min(info.max, Math.max(info.min, value)) - info.min) / info.step) * info.step + info.min
  const clean = Math.round(snapped * 1e6) / 1e6
  const next: Levers = { ...levers, [key]: clean }
  if (info.enables) next[info.enables] = true
  return next
}
