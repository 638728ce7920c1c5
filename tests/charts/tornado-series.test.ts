import { describe, expect, it } from 'vitest'
import type { TooltipItem } from 'chart.js'
import { PALETTE } from '../../src/charts/palette'
import { barColour, CHANCE_GREY, chanceLevel, tornadoOptions, tornadoTable, tornadoView, wrapLabel, type TornadoBar } from '../../src/charts/tornado-series'
import { text } from './fixtures'

const bars: TornadoBar[] = [
  { path: 'affinities.RUS-IND', label: 'Warmth between Russia and India', rho: 0.62, claims: ['RU-07', 'EN-07'] },
  { path: 'levers.chinaAttention', label: "Lever: China's attention to the SCO", rho: -0.31, claims: ['CN-05'] },
  { path: 'actors.KAZ.tolerance', label: 'Kazakhstan: loss it accepts for consensus', rho: 0.12, claims: [] },
  { path: 'actors.IND.interests.cooperation', label: 'India: value of the SCO itself', rho: 0.05, claims: ['ORG-07'] },
]

describe('tornadoView', () => {
  const view = tornadoView(bars, 'cohesion in 2035', 1000, text)
  it('draws one bar per input with its signed ρ, blue to the right and vermillion to the left', () => {
    expect(view.data.labels).toEqual(bars.map((b) => b.label))
    expect(view.data.datasets[0]?.data).toEqual([0.62, -0.31, 0.12, 0.05])
    // With 1,000 draws, |ρ| under about 0.06 is within chance: grey.
    expect(view.data.datasets[0]?.backgroundColor).toEqual([PALETTE.blue, PALETTE.vermillion, PALETTE.blue, CHANCE_GREY])
    expect(barColour(0)).toBe(PALETTE.blue)
    expect(barColour(-0.1, 0.2)).toBe(CHANCE_GREY)
  })
  it('names what it shows and the three strongest inputs', () => {
    expect(view.summary).toBe(
      "What drives cohesion in 2035 over 1,000 draws: Warmth between Russia and India (ρ 0.62); Lever: China's attention to the SCO (ρ -0.31); Kazakhstan: loss it accepts for consensus (ρ 0.12).",
    )
  })
  it('says so when no input moves the output', () => {
    expect(tornadoView([], 'cohesion in 2035', 1000, text).summary).toBe('What drives cohesion in 2035: no input moves it.')
  })
  it('shows ρ and the claims in the tooltip', () => {
    const callbacks = tornadoOptions(view, 'cohesion in 2035', text).plugins?.tooltip?.callbacks
    const item = { raw: -0.31, dataIndex: 1 } as TooltipItem<'bar'>
    const label = callbacks?.label as unknown as (i: TooltipItem<'bar'>) => string
    const after = callbacks?.afterLabel as unknown as (i: TooltipItem<'bar'>) => string
    expect(label(item)).toBe('ρ = -0.31')
    expect(after(item)).toBe('Claims: CN-05')
    expect(after({ raw: 0.12, dataIndex: 2 } as TooltipItem<'bar'>)).toBe('')
  })
  it('runs horizontally from −1 to 1', () => {
    const options = tornadoOptions(view, 'cohesion in 2035', text)
    expect(options.indexAxis).toBe('y')
    expect(options.scales?.x).toMatchObject({ min: -1, max: 1 })
  })
})

describe('tornadoTable', () => {
  it('lists each input with ρ, its direction in words and its claims', () => {
    const table = tornadoTable(tornadoView(bars, 'adoption of “SCO Development Bank”', 500, text), 'adoption of “SCO Development Bank”', text)
    expect(table.columns).toEqual(['Input', 'ρ', 'Direction', 'Claims'])
    expect(table.rows[1]).toEqual({ header: "Lever: China's attention to the SCO", cells: ['-0.31', 'higher input, lower output', 'CN-05'] })
    expect(table.rows[2]?.cells[2]).toBe('–')
    // 500 draws: chance level 2/√499 ≈ 0.09, so ρ 0.05 is no stronger than chance.
    expect(table.rows[3]?.cells[1]).toBe('no stronger than chance')
  })
})

describe('helpers', () => {
  it.each([
    { draws: 101, expected: 0.2 },
    { draws: 401, expected: 0.1 },
    { draws: 1, expected: 1 },
  ])('chance level for $draws draws is $expected', ({ draws, expected }) => {
    expect(chanceLevel(draws)).toBeCloseTo(expected, 12)
  })
  it('wraps long labels at spaces, keeping every word', () => {
    const label = 'Kyrgyzstan: attitude to anything touching the China–Pakistan Economic Corridor'
    const lines = wrapLabel(label, 34)
    expect(lines.every((l) => l.length <= 34)).toBe(true)
    expect(lines.join(' ')).toBe(label)
  })
})
