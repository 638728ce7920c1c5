/** The data are valid, and every claim is accounted for: cited by the data or rules, or listed as left out. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULE_LIST, actorTableSchema, checkWith, initiativeFileSchema, loadProjectData, scenarioFor, scenarioSchema } from '../../models/index'
import actorsJson from '../../data/actors.json'
import initiativesJson from '../../data/initiatives.json'

const data = loadProjectData()
const claimIds = new Set(data.sources.claims.map((c) => c.id))
const checklist = [...readFileSync('../shared/CLAIMS.md', 'utf8').matchAll(/^- ([A-Z]+-\d\d) /gm)].map((m) => m[1])

function citedClaims(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => citedClaims(v, out))
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'claims' && Array.isArray(v)) v.forEach((c) => out.add(String(c)))
      else citedClaims(v, out)
    }
  }
  return out
}

describe('data files', () => {
  it('load and validate (actors, initiatives, baseline, presets, sources)', () => {
    expect(data.actors.actors.length).toBeGreaterThanOrEqual(15)
    expect(data.initiativeFile.initiatives.length).toBeGreaterThanOrEqual(30)
    expect(data.presets.length).toBeGreaterThanOrEqual(8)
    expect(data.baseline.endYear).toBeGreaterThanOrEqual(2035)
  })
  it('report every bad field at once, with its path', () => {
    const broken = structuredClone(actorsJson) as { actors: Array<Record<string, unknown>> }
    const first = broken.actors[0] as { capability: number; interests: { security: { claims: string[] } } }
    first.capability = 7
    first.interests.security.claims = []
    const result = checkWith(actorTableSchema, broken)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['actors[0].capability', 'actors[0].interests.security.claims']))
    }
  })
  it('refuse initiatives with unknown fields, out-of-range values and unassigned codes', () => {
    const broken = structuredClone(initiativesJson) as { initiatives: Array<Record<string, unknown>> }
    const first = broken.initiatives[0] as Record<string, unknown> & { features: Record<string, unknown> }
    first.secret = 1
    first.features.bindingness = 1.5
    first.champions = ['XYZ']
    const result = checkWith(initiativeFileSchema, broken)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      const paths = result.issues.map((i) => i.path)
      expect(paths).toEqual(expect.arrayContaining(['initiatives[0]', 'initiatives[0].features.bindingness', 'initiatives[0].champions[0]']))
    }
  })
  it('give every initiative a provenance entry and unique ids', () => {
    const ids = data.initiatives.map((i) => i.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const i of data.initiativeFile.initiatives) expect(data.initiativeFile.provenance[i.id], i.id).toBeDefined()
  })
  it('turn every preset into a valid scenario that differs from the baseline', () => {
    for (const p of data.presets) {
      const scenario = scenarioFor(p.id, data)
      expect(scenario && checkWith(scenarioSchema, scenario).ok, p.id).toBe(true)
      const { id: _a, title: _b, description: _c, claims: _d, ...rest } = scenario ?? data.baseline
      const { id: _e, title: _f, description: _g, claims: _h, ...base } = data.baseline
      expect(JSON.stringify(rest), p.id).not.toBe(JSON.stringify(base))
    }
  })
  it('give every actor a capability source naming the figures and their year', () => {
    for (const a of data.actors.actors) expect(a.capabilitySource, a.id).toMatch(/World Bank.*2023.*SIPRI.*2023/)
  })
})

describe('claims', () => {
  it('list every claim of the checklist in data/sources.json, with a publication', () => {
    expect([...claimIds].sort()).toEqual([...checklist].sort())
    const pubs = new Set(data.sources.publications.map((p) => p.id))
    for (const c of data.sources.claims) for (const p of c.publications) expect(pubs.has(p), `${c.id} → ${p}`).toBe(true)
  })
  it('cite only claims that exist, in rules and data', () => {
    const cited = citedClaims([data.actors, data.initiativeFile, data.presets, RULE_LIST, data.baseline])
    for (const c of cited) expect(claimIds.has(c), c).toBe(true)
  })
  it('account for every claim in the model documentation, as a rule or datum or as left out', () => {
    const doc = readFileSync('models/README.md', 'utf8')
    for (const id of checklist) expect(doc, id).toMatch(new RegExp(`^\\| ${id} \\| \\S`, 'm'))
  })
  it('encode every claim somewhere in the rules or data, unless the documentation says it is left out', () => {
    const cited = citedClaims([data.actors, RULE_LIST])
    const doc = readFileSync('models/README.md', 'utf8')
    for (const id of checklist) {
      if (cited.has(id ?? '')) continue
      expect(doc, id).toMatch(new RegExp(`^\\| ${id} \\| .*\\*\\*left out`, 'm'))
    }
  })
})
