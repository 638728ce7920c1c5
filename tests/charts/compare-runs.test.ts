import { describe, expect, it } from 'vitest'
import { resultFingerprint, simulate } from '../../models/index'
import { BASELINE_STYLE, RUN_STYLES, commonSpan, compareRuns, runHeadline, runStyle, type ResultCache } from '../../src/charts/compare-runs'
import { compareDifferences } from '../../src/charts/compare-differences'
import { contrastWithWhite, PALETTE } from '../../src/charts/palette'
import { compared, data, preset, words } from './compare-fixtures'

describe('common random numbers', () => {
  it('compares every run with the baseline’s seed, keeping the seed each run was saved with', () => {
    const runs = compared(['Seed 7', { ...preset('qualified-majority'), seed: 7 }], ['Seed 99', { ...data.baseline, seed: 99 }])
    expect(runs.map((r) => r.scenario.seed)).toEqual([data.baseline.seed, data.baseline.seed, data.baseline.seed])
    expect(runs.map((r) => r.result.seed)).toEqual([data.baseline.seed, data.baseline.seed, data.baseline.seed])
    expect(runs.map((r) => r.savedSeed)).toEqual([data.baseline.seed, 7, 99])
  })

  it('finds no difference between runs that differ only in their saved seed', () => {
    const runs = compared(['Seed 1', { ...data.baseline, seed: 1 }], ['Seed 2', { ...data.baseline, seed: 2 }])
    const prints = runs.map((r) => resultFingerprint(r.result))
    expect(new Set(prints).size).toBe(1)
    const table = compareDifferences(runs, words)
    expect(table.rows.filter((r) => r.section !== 'cohesion')).toEqual([])
    expect(table.changedOutcomes).toBe(0)
  })

  it('gives each run the result the model gives its settings with the common seed', () => {
    const rift = preset('russia-china-rift')
    const [, run] = compared(['Rift', rift])
    expect(resultFingerprint(run!.result)).toBe(resultFingerprint(simulate({ ...rift, seed: data.baseline.seed }, data)))
  })
})

describe('run styles', () => {
  it('draws the baseline grey and dashed, as on the dashboard', () => {
    expect(runStyle('baseline', 3)).toBe(BASELINE_STYLE)
    expect(BASELINE_STYLE).toMatchObject({ colour: PALETTE.grey, dash: [8, 5] })
  })

  it('gives pinned runs palette colours in order, all different and readable on white', () => {
    expect([0, 1, 2, 3].map((i) => runStyle('pinned', i).colour)).toEqual([PALETTE.blue, PALETTE.vermillion, PALETTE.bluishGreen, PALETTE.reddishPurple])
    const colours = [BASELINE_STYLE, ...RUN_STYLES].map((s) => s.colour)
    expect(new Set(colours).size).toBe(colours.length)
    for (const c of colours) expect(contrastWithWhite(c)).toBeGreaterThanOrEqual(3)
    const dashes = [BASELINE_STYLE, ...RUN_STYLES].map((s) => s.dash.join(','))
    expect(new Set(dashes).size).toBe(dashes.length)
  })

  it('keeps a run’s colour whatever the number of runs after it', () => {
    const two = compared(['A', preset('qualified-majority')])
    const three = compared(['A', preset('qualified-majority')], ['B', preset('russia-china-rift')])
    expect(two[1]?.style).toEqual(three[1]?.style)
  })
})

describe('compareRuns', () => {
  it('simulates a run once per scenario and agenda, however often it is compared', () => {
    const cache: ResultCache = new WeakMap()
    const scenario = preset('qualified-majority')
    const base = { id: 'baseline', name: 'Baseline', scenario: data.baseline }
    const first = compareRuns(base, [{ id: 'run-1', name: 'A', scenario }], data, data.initiatives, data.baseline.seed, cache)
    const renamed = compareRuns(base, [{ id: 'run-1', name: 'Renamed', scenario }], data, data.initiatives, data.baseline.seed, cache)
    expect(renamed[1]?.result).toBe(first[1]?.result)
    expect(renamed[1]?.name).toBe('Renamed')
    const fewer = data.initiatives.slice(0, 5)
    const other = compareRuns(base, [{ id: 'run-1', name: 'A', scenario }], data, fewer, data.baseline.seed, cache)
    expect(other[1]?.result).not.toBe(first[1]?.result)
    expect(other[1]?.result.initiatives.length).toBeLessThanOrEqual(5)
  })
})

describe('runHeadline and commonSpan', () => {
  it('counts every initiative once and reads the last year', () => {
    const [base] = compared()
    const headline = runHeadline(base!.result)
    expect(Object.values(headline.outcomes).reduce((a, b) => a + b, 0)).toBe(base!.result.initiatives.length)
    expect(headline.year).toBe(data.baseline.endYear)
    expect(headline.cohesion).toBe(base!.result.years.at(-1)?.cohesion)
  })

  it('spans only the years every run covers', () => {
    const runs = compared(['Short', { ...data.baseline, endYear: 2030 }])
    expect(commonSpan(runs)).toEqual({ from: data.baseline.startYear, to: 2030 })
  })
})
