/**
 * Colours for data, from the Okabe–Ito colour-blind-safe palette. Where an Okabe–Ito colour is too
 * light for a graphic on white (WCAG 1.4.11 asks 3:1), it is darkened and marked so. Outcomes also
 * differ by pattern, so they stay apart in greyscale print and on a washed-out projector.
 */
import type { Outcome } from '../../models/index'

/** Okabe–Ito colours, each with a contrast of at least 3:1 against white. */
export const PALETTE = {
  black: '#1a1a1a',
  blue: '#0072B2',
  vermillion: '#D55E00',
  bluishGreen: '#009E73',
  reddishPurple: '#CC79A7',
  /** Okabe–Ito orange #E69F00, darkened from 2.3:1 to 3.7:1. */
  orange: '#B07A00',
  /** Neutral grey for reference lines (the baseline). */
  grey: '#5E5E5E',
} as const

/** Name a fill pattern drawn over a colour. */
export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'cross'

/** Colour and pattern of one outcome, the same in every chart, legend and the timeline. */
export interface OutcomeStyle {
  colour: string
  pattern: PatternKind
}

/** Style each outcome: adopted green and solid, vetoed vermillion and cross-hatched, and so on. */
export const OUTCOME_STYLES: Record<Outcome, OutcomeStyle> = {
  adopted: { colour: PALETTE.bluishGreen, pattern: 'solid' },
  'adopted-with-reservations': { colour: PALETTE.blue, pattern: 'diagonal' },
  diluted: { colour: PALETTE.orange, pattern: 'dots' },
  delayed: { colour: PALETTE.reddishPurple, pattern: 'horizontal' },
  vetoed: { colour: PALETTE.vermillion, pattern: 'cross' },
}

/** Colours of the cohesion chart's lines. */
export const COHESION_COLOURS = {
  cohesion: PALETTE.black,
  convergence: PALETTE.blue,
  throughput: PALETTE.vermillion,
  room: PALETTE.bluishGreen,
  baseline: PALETTE.grey,
} as const

/** Colours of the members chart's bars. */
export const MEMBER_COLOURS = { satisfaction: PALETTE.blue, influence: PALETTE.orange } as const

/** Return the WCAG contrast ratio of a `#rrggbb` colour against white. */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
  return 1.05 / (luminance + 0.05)
}

/** Return a CSS `background` that draws a colour with its pattern (for HTML legends and the timeline). */
export function cssFill(style: OutcomeStyle): string {
  const c = style.colour
  const w = 'rgba(255,255,255,0.75)'
  switch (style.pattern) {
    case 'solid':
      return c
    case 'diagonal':
      return `repeating-linear-gradient(45deg, ${c} 0 5px, ${w} 5px 7px)`
    case 'dots':
      return `radial-gradient(circle, ${w} 1.5px, transparent 1.6px) 0 0 / 6px 6px, ${c}`
    case 'horizontal':
      return `repeating-linear-gradient(0deg, ${c} 0 4px, ${w} 4px 6px)`
    case 'cross':
      return `repeating-linear-gradient(45deg, transparent 0 5px, ${w} 5px 6px), repeating-linear-gradient(-45deg, ${c} 0 5px, ${w} 5px 6px)`
    default:
      return assertNever(style.pattern)
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected pattern ${String(value)}`)
}
