import { describe, expect, it } from 'vitest'
import { attribute, type Attribution } from '../../models/index'
import { attributionView } from '../../src/charts/compare-attribution'
import { data, preset, words } from './compare-fixtures'

const a = data.baseline
const b = { ...preset('no-2017-enlargement'), decisionRule: preset('qualified-majority').decisionRule }

describe('attributionView', () => {
  const attribution = attribute(a, b, data)
  const view = attributionView(attribution, a, b, words)

  it('has one row per step, in the fixed order, each naming its change', () => {
    expect(view.rows.map((r) => r.order)).toEqual([1, 2, 3])
    expect(view.rows.map((r) => r.change)).toEqual([
      'Membership of India: member from 2017 → never a member',
      'Membership of Pakistan: member from 2017 → never a member',
      'Decision rule: consensus → qualified majority of 67% by states, membership unanimous',
    ])
  })

  it('gives shares that add up to the whole difference', () => {
    const sum = view.rows.reduce((t, r) => t + (r.share ?? 0), 0)
    expect(sum).toBeCloseTo(1, 2)
    view.rows.forEach((r, i) => expect(r.final).toBe(attribution.steps[i]?.finalCohesion))
    expect(view.totalText).toMatch(/^[+−]\d+\.\d$/)
  })

  it('draws the largest step’s bar full length and the others in proportion', () => {
    const largest = Math.max(...attribution.steps.map((s) => Math.abs(s.finalCohesion)))
    expect(Math.max(...view.rows.map((r) => r.bar))).toBe(100)
    view.rows.forEach((r) => expect(r.bar).toBe(Math.round((Math.abs(r.final) / largest) * 100)))
  })

  it('names each outcome a step flipped', () => {
    const flips = attribution.steps.flatMap((s) => s.outcomes)
    expect(flips.length).toBeGreaterThan(0)
    const first = attribution.steps.find((s) => s.outcomes.length)!
    const row = view.rows[attribution.steps.indexOf(first)]!
    const title = data.initiatives.find((i) => i.id === first.outcomes[0]!.id)!.title
    expect(row.outcomes[0]).toBe(`${title}: ${words.t(`compare.attribution.outcome.${first.outcomes[0]!.from}`)} → ${words.t(`compare.attribution.outcome.${first.outcomes[0]!.to}`)}`)
  })

  it('gives no shares when the whole difference is about zero, and flags steps pulling against it', () => {
    const balanced: Attribution = {
      meanCohesion: 0,
      finalCohesion: 0.01,
      finalYear: 2035,
      steps: [
        { change: { kind: 'end-year', from: 2035, to: 2040 }, meanCohesion: 0, finalCohesion: 2, outcomes: [] },
        { change: { kind: 'end-year', from: 2040, to: 2035 }, meanCohesion: 0, finalCohesion: -1.99, outcomes: [] },
      ],
    }
    expect(attributionView(balanced, a, a, words).rows.map((r) => r.shareText)).toEqual(['–', '–'])
    const mixed: Attribution = { ...balanced, finalCohesion: 1, steps: [{ ...balanced.steps[0]!, finalCohesion: 3 }, { ...balanced.steps[1]!, finalCohesion: -2 }] }
    const view = attributionView(mixed, a, a, words)
    expect(view.rows.map((r) => r.shareText)).toEqual(['300%', '-200%'])
    expect(view.mixedSigns).toBe(true)
    expect(view.rows.map((r) => r.direction)).toEqual(['up', 'down'])
  })
})
