import { describe, expect, it } from 'vitest'
import { commandForKey, navigate, type Cursor, type NavAction } from '../../src/present/navigation'

// A deck of four slides; the second and third reveal a comparison (two clicks each).
const steps = [1, 2, 2, 1]
const at = (slide: number, step = 0): Cursor => ({ slide, step })

describe('moving through a deck', () => {
  it.each<{ from: Cursor; action: NavAction; to: Cursor; why: string }>([
    { from: at(0), action: { kind: 'next' }, to: at(1, 0), why: 'next slide' },
    { from: at(1, 0), action: { kind: 'next' }, to: at(1, 1), why: 'reveal the comparison first' },
    { from: at(1, 1), action: { kind: 'next' }, to: at(2, 0), why: 'then the next slide' },
    { from: at(3), action: { kind: 'next' }, to: at(3), why: 'stays on the last slide' },
    { from: at(2, 0), action: { kind: 'prev' }, to: at(1, 1), why: 'back onto a slide shows it as it was left, revealed' },
    { from: at(2, 1), action: { kind: 'prev' }, to: at(2, 0), why: 'hide the comparison first' },
    { from: at(0), action: { kind: 'prev' }, to: at(0), why: 'stays on the first slide' },
    { from: at(2, 1), action: { kind: 'first' }, to: at(0), why: 'Home' },
    { from: at(0), action: { kind: 'last' }, to: at(3, 0), why: 'End' },
    { from: at(0), action: { kind: 'goto', slide: 2, step: 1 }, to: at(2, 1), why: 'go to a click' },
    { from: at(0), action: { kind: 'goto', slide: 9 }, to: at(3, 0), why: 'a slide past the end is the last' },
    { from: at(0), action: { kind: 'goto', slide: 0, step: 5 }, to: at(0, 0), why: 'a click past the slide’s clicks is clamped' },
    { from: at(1, 0), action: { kind: 'toggle-compare' }, to: at(1, 1), why: 'C shows the comparison' },
    { from: at(1, 1), action: { kind: 'toggle-compare' }, to: at(1, 0), why: 'C hides it again' },
    { from: at(0), action: { kind: 'toggle-compare' }, to: at(0), why: 'no comparison on a one-click slide' },
    { from: at(7, 3), action: { kind: 'next' }, to: at(3), why: 'a cursor past the end is brought back first' },
  ])('$why', ({ from, action, to }) => {
    expect(navigate(from, action, steps)).toEqual(to)
  })

  it('goes through every click once, forward and back', () => {
    let cursor = at(0)
    const seen = [cursor]
    for (let i = 0; i < 10; i++) seen.push((cursor = navigate(cursor, { kind: 'next' }, steps)))
    expect(seen.slice(0, 7)).toEqual([at(0), at(1, 0), at(1, 1), at(2, 0), at(2, 1), at(3), at(3)])
    for (let i = 0; i < 10; i++) cursor = navigate(cursor, { kind: 'prev' }, steps)
    expect(cursor).toEqual(at(0))
  })

  it('has nowhere to go in an empty deck', () => {
    expect(navigate(at(2), { kind: 'next' }, [])).toEqual(at(0))
  })
})

describe('keys during a presentation', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => commandForKey({ key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods })
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'prev'],
    ['ArrowUp', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['c', 'toggle-compare'],
    ['q', 'qr'],
  ])('%s → %s', (k, kind) => {
    expect(key(k)?.kind).toBe(kind)
  })

  it('Shift+Space goes back', () => {
    expect(key(' ', { shiftKey: true })?.kind).toBe('prev')
  })

  it('leaves keys with Ctrl, Alt or Meta, and other keys, to the browser', () => {
    expect(key('ArrowRight', { ctrlKey: true })).toBeNull()
    expect(key('Home', { altKey: true })).toBeNull()
    expect(key('r', { metaKey: true })).toBeNull()
    expect(key('x')).toBeNull()
    expect(key('Tab')).toBeNull()
  })
})
