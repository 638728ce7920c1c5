/**
 * Moving through a presentation: a cursor (slide and click within it) and a pure reducer, plus the
 * keys that drive it. Going back onto a slide shows it fully revealed, as it was left.
 */

/** Where the presentation stands: which slide, and which click of it (0 or 1). */
export interface Cursor {
  slide: number
  step: number
}

/** A move through the deck. */
export type NavAction =
  | { kind: 'next' }
  | { kind: 'prev' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'goto'; slide: number; step?: number }
  /** Show or hide the comparison on a slide that has one. */
  | { kind: 'toggle-compare' }

/** Apply a move, given how many clicks each slide has; returns the cursor unchanged when it cannot move. */
export function navigate(cursor: Cursor, action: NavAction, steps: readonly number[]): Cursor {
  const count = steps.length
  if (count === 0) return { slide: 0, step: 0 }
  const stepsOf = (slide: number) => Math.max(1, steps[slide] ?? 1)
  const slide = Math.min(Math.max(cursor.slide, 0), count - 1)
  const step = Math.min(Math.max(cursor.step, 0), stepsOf(slide) - 1)
  switch (action.kind) {
    case 'next':
      if (step < stepsOf(slide) - 1) return { slide, step: step + 1 }
      return slide < count - 1 ? { slide: slide + 1, step: 0 } : { slide, step }
    case 'prev':
      if (step > 0) return { slide, step: step - 1 }
      return slide > 0 ? { slide: slide - 1, step: stepsOf(slide - 1) - 1 } : { slide, step }
    case 'first':
      return { slide: 0, step: 0 }
    case 'last':
      return { slide: count - 1, step: stepsOf(count - 1) - 1 }
    case 'goto': {
      const target = Math.min(Math.max(Math.trunc(action.slide), 0), count - 1)
      return { slide: target, step: Math.min(Math.max(action.step ?? 0, 0), stepsOf(target) - 1) }
    }
    case 'toggle-compare':
      return stepsOf(slide) > 1 ? { slide, step: step === 0 ? 1 : 0 } : { slide, step }
    default:
      return assertNever(action)
  }
}

/** What a key press asks for during a presentation; null for keys the presentation leaves alone. */
export type KeyCommand = NavAction | { kind: 'exit' } | { kind: 'qr' }

/** Map a key (as in `KeyboardEvent.key`) to a command; modifiers other than Shift leave the key alone. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>): KeyCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { kind: 'next' }
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? { kind: 'prev' } : { kind: 'next' }
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { kind: 'prev' }
    case 'Home':
      return { kind: 'first' }
    case 'End':
      return { kind: 'last' }
    case 'Escape':
    case 'Esc':
      return { kind: 'exit' }
    case 'c':
    case 'C':
      return { kind: 'toggle-compare' }
    case 'q':
    case 'Q':
      return { kind: 'qr' }
    default:
      return null
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected action ${JSON.stringify(value)}`)
}
