/** The Uncertainty view's tables (src/charts/uncertainty-tables.ts): adoption, blockers, differences. */
import { describe, expect, it } from 'vitest'
import type { Initiative, MonteCarloSummary } from '../../models/index'
import { adoptionCsvRows, adoptionRows, adoptionStep, blockerEntries, checkpointYears, isRecurring, probabilityDifferences, type AdoptionRow } from '../../src/charts/uncertainty-tables'
import { initiative, run, year } from './fixtures'

const years = [2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012]
const byYear = (values: Record<number, number>) => years.map((y) => Object.entries(values).reduce((p, [from, v]) => (y >= Number(from) ? v : p), 0))
const summary: MonteCarloSummary = {
  draws: 100,
  seed: 7,
  years,
  cohesion: { p10: [], p50: [], p90: [] },
  adoption: {
    bank: { byYear: byYear({ 2011: 0.3 }), final: 0.3 },
    rats: { byYear: byYear({ 2001: 1 }), final: 1 },
    fund: { byYear: byYear({ 2005: 0.4, 2009: 0.55 }), final: 0.55 },
    'summit-declaration-2002': { byYear: byYear({ 2002: 0.9 }), final: 0.9 },
  },
  blockers: { bank: { RUS: 0.7, KAZ: 0.04 }, rats: {}, fund: { RUS: 0.45, UZB: 0.45, KGZ: 0.1 }, 'summit-declaration-2002': { IND: 0.1 } },
}
const titled = (id: string, title: string, yearProposed: number) => [id, { id, title, yearProposed } as Initiative] as const
const initiatives = new Map([titled('bank', 'SCO Development Bank', 2010), titled('rats', 'RATS', 2001), titled('fund', 'Development Fund', 2005), titled('summit-declaration-2002', 'Annual summit declaration 2002', 2002)])
const series = ['summit-declaration']

describe('checkpointYears', () => {
  it.each([
    { input: [2001, 2035], expected: [2010, 2020, 2030, 2035] },
    { input: [2001, 2030], expected: [2010, 2020, 2030] },
    { input: [2001, 2060], expected: [2010, 2020, 2030, 2040, 2050, 2060] },
    { input: [2001, 2005], expected: [2005] },
  ])('$input → $expected', ({ input, expected }) => {
    const span = Array.from({ length: (input[1] ?? 0) - (input[0] ?? 0) + 1 }, (_, i) => (input[0] ?? 0) + i)
    expect(checkpointYears(span)).toEqual(expected)
  })
})

describe('isRecurring', () => {
  it.each([
    { id: 'summit-declaration-2002', expected: true },
    { id: 'summit-declaration', expected: false },
    { id: 'summit-declaration-bank', expected: false },
    { id: 'development-bank', expected: false },
  ])('$id → $expected', ({ id, expected }) => {
    expect(isRecurring(id, series)).toBe(expected)
  })
})

describe('adoptionRows', () => {
  const rows = (order: 'proposed' | 'likely' | 'uncertain', includeRecurring = false) => adoptionRows(summary, initiatives, { order, includeRecurring, seriesIds: series })
  it.each([
    { order: 'proposed' as const, expected: ['rats', 'fund', 'bank'] },
    { order: 'likely' as const, expected: ['rats', 'fund', 'bank'] },
    { order: 'uncertain' as const, expected: ['fund', 'bank', 'rats'] },
  ])('orders $order: $expected', ({ order, expected }) => {
    expect(rows(order).map((r) => r.id)).toEqual(expected)
  })
  it('leaves out recurring business unless asked', () => {
    expect(rows('proposed', true).map((r) => r.id)).toEqual(['rats', 'summit-declaration-2002', 'fund', 'bank'])
  })
  it('reads probabilities at each checkpoint year', () => {
    const fund = rows('proposed').find((r) => r.id === 'fund')
    expect(fund).toMatchObject({ title: 'Development Fund', byCheckpoint: [0.55, 0.55], final: 0.55 })
    const bank = rows('proposed').find((r) => r.id === 'bank')
    expect(bank?.byCheckpoint).toEqual([0, 0.3])
  })
  it('before any draws lists the single run’s initiatives with blank probabilities and its outcomes', () => {
    const single = run([year(2001, 50), year(2012, 50)], [initiative('bank', 'vetoed', 2010, 2012), initiative('rats', 'adopted', 2001, 2001)])
    const blank = adoptionRows(null, initiatives, { order: 'likely', includeRecurring: false, seriesIds: series, single })
    expect(blank.map((r) => [r.id, r.final, r.byCheckpoint, r.single?.outcome])).toEqual([
      ['rats', null, [null, null], 'adopted'],
      ['bank', null, [null, null], 'vetoed'],
    ])
  })
})

describe('adoptionStep', () => {
  /** A row with these checkpoint probabilities (null: before any draws). */
  const row = (id: string, byCheckpoint: (number | null)[]): AdoptionRow => ({
    id,
    title: id,
    yearProposed: 2005,
    byCheckpoint,
    final: byCheckpoint.at(-1) ?? null,
    single: { outcome: 'adopted', yearDecided: 2006 },
  })
  const blank = (ids: string[]) => ids.map((id) => row(id, [null, null]))
  const filled = (ids: string[], p: number) => ids.map((id) => row(id, [p, p]))
  const ids = ['a', 'b', 'c', 'd', 'e']
  /** Which rows show the new probability `p`. */
  const updated = (rows: AdoptionRow[], p: number) => rows.filter((r) => r.final === p).map((r) => r.id)

  it.each([
    { case: 'every row changed, room for 2', shown: blank(ids), next: filled(ids, 0.5), limit: 2, updated: ['a', 'b'], done: false },
    { case: 'every row changed, room for all', shown: blank(ids), next: filled(ids, 0.5), limit: 5, updated: ids, done: true },
    { case: 'the first rows already show it', shown: [...filled(['a', 'b'], 0.5), ...blank(['c', 'd', 'e'])], next: filled(ids, 0.5), limit: 2, updated: ['a', 'b', 'c', 'd'], done: false },
    { case: 'nothing changed', shown: filled(ids, 0.5), next: filled(ids, 0.5), limit: 0, updated: ids, done: true },
    { case: 'another order: all at once', shown: blank(ids), next: filled([...ids].reverse(), 0.5), limit: 1, updated: [...ids].reverse(), done: true },
    { case: 'a row more: all at once', shown: blank(ids.slice(0, 4)), next: filled(ids, 0.5), limit: 1, updated: ids, done: true },
    { case: 'other checkpoint years: all at once', shown: ids.map((id) => row(id, [null])), next: filled(ids, 0.5), limit: 1, updated: ids, done: true },
  ])('$case', ({ shown, next, limit, updated: expected, done }) => {
    const step = adoptionStep(shown, next, limit)
    expect(updated(step.rows, 0.5)).toEqual(expected)
    expect(step.done).toBe(done)
    expect(step.rows.map((r) => r.id)).toEqual(next.map((r) => r.id))
  })

  it('reaches the new rows in steps, each changing at most the limit (property of repeated steps)', () => {
    let rows = blank(ids)
    const next = filled(ids, 0.25)
    const steps: number[] = []
    for (let guard = 0; guard < 10; guard++) {
      const step = adoptionStep(rows, next, 2)
      steps.push(step.rows.filter((r, i) => r !== rows[i]).length)
      rows = step.rows
      if (step.done) break
    }
    expect(steps).toEqual([2, 2, 1])
    expect(rows).toEqual(next)
  })

  it('takes a change of the single run’s outcome alone as a change', () => {
    const shown = filled(['a'], 0.5)
    const next = [{ ...row('a', [0.5, 0.5]), single: { outcome: 'vetoed' as const, yearDecided: 2006 } }]
    expect(adoptionStep(shown, next, 0)).toEqual({ rows: shown, done: false })
    expect(adoptionStep(shown, next, 1).rows[0]?.single?.outcome).toBe('vetoed')
  })
})

describe('blockerEntries', () => {
  it('lists who blocks in at least 5% of draws, most-blocked initiative first, members by share', () => {
    expect(blockerEntries(summary, initiatives)).toEqual([
      { id: 'bank', title: 'SCO Development Bank', blockers: [{ actor: 'RUS', share: 0.7 }] },
      { id: 'fund', title: 'Development Fund', blockers: [{ actor: 'RUS', share: 0.45 }, { actor: 'UZB', share: 0.45 }, { actor: 'KGZ', share: 0.1 }] },
      { id: 'summit-declaration-2002', title: 'Annual summit declaration 2002', blockers: [{ actor: 'IND', share: 0.1 }] },
    ])
  })
})

describe('probabilityDifferences', () => {
  it('lists initiatives whose final probability differs from the first run’s by 5 points or more, largest first', () => {
    const other: MonteCarloSummary = { ...summary, adoption: { ...summary.adoption, bank: { byYear: [], final: 0.9 }, fund: { byYear: [], final: 0.58 }, rats: { byYear: [], final: 0.8 } } }
    expect(probabilityDifferences([summary, other], initiatives).map((d) => [d.id, d.finals, Math.round(d.spread * 100)])).toEqual([
      ['bank', [0.3, 0.9], 60],
      ['rats', [1, 0.8], 20],
    ])
  })
})

describe('adoptionCsvRows', () => {
  it('gives every year’s probability, the final one and who blocks', () => {
    const { header, rows } = adoptionCsvRows(summary, initiatives)
    expect(header.slice(0, 3)).toEqual(['initiative', 'title', 'p_adopted_by_2001'])
    expect(header.slice(-2)).toEqual(['p_adopted_final', 'blockers_share'])
    expect(rows.find((r) => r[0] === 'fund')?.slice(-2)).toEqual([0.55, 'RUS 0.45; UZB 0.45; KGZ 0.1'])
  })
})
