/** The slider benchmark's figure: the median of its rounds, with every round shown. */
import { describe, expect, it } from 'vitest'
import { summarise, type Presses } from '../../scripts/bench-browser'

const round = (all: number, slow: number[], interval = 30): Presses => ({ all, slow, sliders: 6, interval })

describe('summarise', () => {
  it.each([
    { name: 'the middle of three rounds', rounds: [round(240, Array(24).fill(24)), round(240, []), round(240, Array(12).fill(24))], value: 95 },
    { name: 'the middle whatever the order', rounds: [round(240, []), round(240, Array(12).fill(24)), round(240, Array(24).fill(24))], value: 95 },
    { name: 'the mean of the middle two of four', rounds: [round(100, []), round(100, [24]), round(100, [24, 24]), round(100, [24, 24, 24])], value: 98.5 },
    { name: 'one round alone', rounds: [round(200, [24, 32])], value: 99 },
    { name: 'a round with no presses counts as none within budget', rounds: [round(0, [])], value: 0 },
  ])('gives $name', ({ rounds, value }) => {
    expect(summarise(rounds).value).toBeCloseTo(value, 10)
  })

  it('names every round, its interval, its slow presses and the worst of all', () => {
    const { detail } = summarise([round(240, [24, 40], 28), round(240, [], 31), round(240, [32], 30)])
    expect(detail).toBe(
      'median of 3 rounds on fresh pages (99.2 %, 100.0 %, 99.6 %); each 240 key presses on 6 sliders, 28, 31, 30 ms apart (median); 2, 0, 1 over 16 ms to next paint, worst 40 ms',
    )
  })

  it('lists the presses of each round when they differ, and leaves out the worst when none was slow', () => {
    const { detail } = summarise([round(240, []), round(239, [])])
    expect(detail).toContain('240, 239 key presses')
    expect(detail).toContain('0, 0 over 16 ms to next paint')
    expect(detail).not.toContain('worst')
  })

  it('says so when there were no rounds', () => {
    expect(summarise([])).toEqual({ value: 0, detail: 'no rounds' })
  })
})
