import { describe, expect, it } from 'vitest'
import { OUTCOMES } from '../../models/index'
import { COHESION_COLOURS, contrastWithWhite, cssFill, MEMBER_COLOURS, OUTCOME_STYLES, PALETTE } from '../../src/charts/palette'

describe('palette', () => {
  it.each([
    { colour: '#ffffff', expected: 1 },
    { colour: '#000000', expected: 21 },
    { colour: '#767676', expected: 4.54 },
  ])('measures the contrast of $colour against white as $expected', ({ colour, expected }) => {
    expect(contrastWithWhite(colour)).toBeCloseTo(expected, 1)
  })

  it.each(Object.entries(PALETTE))('gives %s (%s) at least 3:1 against white', (_name, colour) => {
    expect(contrastWithWhite(colour)).toBeGreaterThanOrEqual(3)
  })

  it('gives every outcome its own colour and its own pattern', () => {
    const styles = OUTCOMES.map((o) => OUTCOME_STYLES[o])
    expect(new Set(styles.map((s) => s.colour)).size).toBe(OUTCOMES.length)
    expect(new Set(styles.map((s) => s.pattern)).size).toBe(OUTCOMES.length)
  })

  it('keeps the lines and bars of each chart apart', () => {
    expect(new Set(Object.values(COHESION_COLOURS)).size).toBe(Object.keys(COHESION_COLOURS).length)
    expect(MEMBER_COLOURS.satisfaction).not.toBe(MEMBER_COLOURS.influence)
  })

  it.each([
    { style: OUTCOME_STYLES.adopted, expected: OUTCOME_STYLES.adopted.colour },
    { style: OUTCOME_STYLES.vetoed, expected: /repeating-linear-gradient\(45deg.*repeating-linear-gradient\(-45deg/ },
    { style: OUTCOME_STYLES.diluted, expected: /radial-gradient/ },
  ])('draws $style.pattern as CSS', ({ style, expected }) => {
    if (typeof expected === 'string') expect(cssFill(style)).toBe(expected)
    else expect(cssFill(style)).toMatch(expected)
  })
})
