import { describe, expect, it } from 'vitest'
import { loadProjectData, scenarioFor, simulate, type Scenario } from '../../models/index'
import { HANDOUT_LIMITS, handoutModel } from '../../src/present/handout'
import { baselineResult } from '../../src/present/slides'

const data = loadProjectData()
const history = baselineResult(data)
const modelOf = (scenario: Scenario) => handoutModel(scenario, simulate(scenario, data), history, data.baseline, data.initiatives, data.sources)
const preset = (id: string) => {
  const s = scenarioFor(id, data)
  if (!s) throw new Error(`no preset ${id}`)
  return s
}

describe('the handout', () => {
  it('lists the outcomes that changed from history, within the page’s limit', () => {
    const model = modelOf(preset('no-2017-enlargement'))
    expect(model.changes.find((c) => c.id === 'india-membership')).toMatchObject({ from: 'adopted', to: 'vetoed' })
    expect(model.changes.length).toBeLessThanOrEqual(HANDOUT_LIMITS.changes)
    expect(modelOf(data.baseline).changes).toEqual([])
  })

  it('puts vetoes that are news first, each with its objectors’ largest reasons', () => {
    const model = modelOf(preset('no-2017-enlargement'))
    expect(model.vetoes[0]).toMatchObject({ changed: true })
    expect(['india-membership', 'pakistan-membership']).toContain(model.vetoes[0]?.id)
    for (const veto of model.vetoes) {
      expect(veto.blockers.length).toBeGreaterThan(0)
      expect(veto.blockers.length).toBeLessThanOrEqual(HANDOUT_LIMITS.blockers)
      for (const b of veto.blockers) {
        expect(b.reasons.length).toBeLessThanOrEqual(HANDOUT_LIMITS.reasons)
        for (const r of b.reasons) expect(r.contribution).toBeLessThan(0)
        const sorted = [...b.reasons].sort((x, y) => x.contribution - y.contribution)
        expect(b.reasons).toEqual(sorted)
      }
    }
    expect(model.vetoes.length).toBeLessThanOrEqual(HANDOUT_LIMITS.vetoes)
    expect(model.totalVetoes).toBe(simulate(preset('no-2017-enlargement'), data).initiatives.filter((i) => i.outcome === 'vetoed').length)
  })

  it('names the development bank’s veto by Russia with its rule terms and claims in history', () => {
    const model = modelOf(data.baseline)
    // History's vetoes by year tabled: the free-trade zone (2003) and the development fund (2005) first.
    expect(model.vetoes.map((v) => v.id).slice(0, 2)).toEqual(['free-trade-zone', 'development-fund'])
    const fund = model.vetoes.find((v) => v.id === 'development-fund')
    expect(fund?.blockers.map((b) => b.actor)).toEqual(['RUS'])
    expect(fund?.blockers[0]?.reasons.map((r) => r.rule)).toContain('R-FUNDING')
  })

  it('cites the sources behind every claim on the page', () => {
    const scenario = preset('russia-china-rift')
    const model = modelOf(scenario)
    for (const claim of scenario.claims) expect(model.claims).toContain(claim)
    const cited = new Set(model.publications.flatMap((p) => p.claims))
    for (const claim of model.claims) expect(cited.has(claim), claim).toBe(true)
    for (const p of model.publications) expect(data.sources.publications.map((x) => x.id)).toContain(p.id)
  })
})
