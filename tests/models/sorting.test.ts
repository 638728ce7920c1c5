import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { sortShort } from '../../models/sorting'

type Item = { key: number; tag: string }
const byKey = (a: Item, b: Item): number => a.key - b.key

describe('sortShort: the built-in sort order, without its scratch memory', () => {
  it.each([
    { input: [], expected: [] },
    { input: [3], expected: [3] },
    { input: [2, 1], expected: [1, 2] },
    { input: [3, 1, 2], expected: [1, 2, 3] },
    { input: [1, 2, 3], expected: [1, 2, 3] },
    { input: [-0.5, -2.25, 0, -2.25], expected: [-2.25, -2.25, -0.5, 0] },
  ])('$input → $expected', ({ input, expected }) => {
    expect(sortShort([...input], (a, b) => a - b)).toEqual(expected)
  })

  it('keeps equal items in their order (stable), as the model\'s tie-breaks expect', () => {
    const items = [
      { key: 2, tag: 'a' },
      { key: 1, tag: 'b' },
      { key: 2, tag: 'c' },
      { key: 1, tag: 'd' },
    ]
    expect(sortShort(items, byKey).map((i) => i.tag)).toEqual(['b', 'd', 'a', 'c'])
  })

  it('returns a new list and leaves the one given as it was', () => {
    const list = [2, 1]
    const sorted = sortShort(list, (a, b) => a - b)
    expect(sorted).toEqual([1, 2])
    expect(sorted).not.toBe(list)
    expect(list).toEqual([2, 1])
  })

  it('gives exactly the order Array.prototype.sort gives, ties included', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: -3, max: 3 }), tag: fc.string({ maxLength: 2 }) }), { maxLength: 24 }), (items) => {
        expect(sortShort([...items], byKey)).toEqual([...items].sort(byKey))
      }),
    )
  })
})
