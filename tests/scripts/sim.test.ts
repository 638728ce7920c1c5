/** The command line, as the contract specifies: JSON on standard output; bad input exits 2 naming each field. */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'sco-sim-'))
const tsx = join('node_modules', '.bin', 'tsx')
const sim = (...args: string[]) => spawnSync(tsx, ['scripts/sim.ts', ...args], { encoding: 'utf8' })
const cases = JSON.parse(readFileSync('../shared/calibration/sco-history.json', 'utf8')) as Array<Record<string, unknown>>
const strip = ({ actual: _a, actualYear: _b, rationale: _c, sources: _d, ...rest }: Record<string, unknown>) => rest
const file = (name: string, value: unknown): string => {
  const path = join(dir, name)
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value))
  return path
}

describe('sim evaluate', () => {
  it('prints results in the contract format for one initiative or many', () => {
    const out = execFileSync(tsx, ['scripts/sim.ts', 'evaluate', file('many.json', cases.slice(0, 3).map(strip))], { encoding: 'utf8' })
    const parsed = JSON.parse(out) as { results: Array<Record<string, unknown>> }
    expect(parsed.results).toHaveLength(3)
    for (const r of parsed.results) {
      expect(Object.keys(r).sort()).toEqual(['blockers', 'id', 'outcome', 'probability', 'stances', 'yearDecided'])
      expect(['adopted', 'adopted-with-reservations', 'diluted', 'delayed', 'vetoed']).toContain(r.outcome)
    }
    const one = JSON.parse(execFileSync(tsx, ['scripts/sim.ts', 'evaluate', file('one.json', strip(cases[0] ?? {}))], { encoding: 'utf8' })) as { results: unknown[] }
    expect(one.results).toHaveLength(1)
  })

  it('names the blocker, its shortfall and the rule terms with claims', () => {
    const bank = { ...strip(cases[0] ?? {}), id: 'a-bank', domain: 'economic', form: 'institution', champions: ['CHN'], yearProposed: 2010,
      features: { bindingness: 0.8, pooledFunding: 0.9, leadPower: 'CHN', militaryComponent: 0, antiWesternSignal: 0, sovereigntyCost: 0.3, territorialNorm: 0, bilateralDispute: null, overlaps: [], regionalFocus: 'central-asia' } }
    const r = sim('evaluate', file('bank.json', bank), '--horizon', '8')
    const result = (JSON.parse(r.stdout) as { results: Array<{ blockers: Array<{ actor: string; shortfall: number; terms: Array<{ rule: string; claims: string[]; contribution: number }> }> }> }).results[0]
    expect(result?.blockers[0]?.actor).toBe('RUS')
    expect(result?.blockers[0]?.shortfall).toBeGreaterThan(0)
    expect(result?.blockers[0]?.terms[0]?.claims.length).toBeGreaterThan(0)
  })

  it('gives a probability with --draws and the same bytes for the same seed', () => {
    const path = file('p.json', strip(cases[4] ?? {}))
    const a = sim('evaluate', path, '--draws', '20', '--seed', '7')
    const b = sim('evaluate', path, '--draws', '20', '--seed', '7')
    expect(a.status).toBe(0)
    expect(a.stdout).toBe(b.stdout)
    const p = (JSON.parse(a.stdout) as { results: Array<{ probability: number }> }).results[0]?.probability
    expect(p).toBeGreaterThanOrEqual(0)
    expect(p).toBeLessThanOrEqual(1)
  })

  it.each([
    { name: 'an out-of-range feature', input: { ...strip(cases[0] ?? {}), features: { ...((cases[0]?.features as object) ?? {}), bindingness: 2 } }, expected: ['features.bindingness'] },
    { name: 'an unknown field', input: { ...strip(cases[0] ?? {}), colour: 'red' }, expected: ['colour'] },
    { name: 'an unassigned actor code', input: { ...strip(cases[0] ?? {}), champions: ['CHN', 'XXX'] }, expected: ['champions[1]'] },
    { name: 'membership without candidate', input: { ...strip(cases[0] ?? {}), form: 'membership' }, expected: ['candidate'] },
  ])('refuses $name: exit 2, every bad field named, nothing on standard output', ({ input, expected }) => {
    const r = sim('evaluate', file('bad.json', input))
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    for (const field of expected) expect(r.stderr).toContain(field)
  })

  it.each([
    { args: ['evaluate'], expected: 'exactly one FILE' },
    { args: ['evaluate', 'missing.json'], expected: 'no such file' },
    { args: ['evaluate', join(dir, 'x.json'), '--horizon', 'ten'], expected: '--horizon' },
    { args: ['evaluate', join(dir, 'x.json'), '--draws', '-3'], expected: '--draws' },
    { args: ['evaluate', join(dir, 'x.json'), '--scenario', 'no-such-preset'], expected: '--scenario' },
    { args: ['evaluate', join(dir, 'x.json'), '--colour', 'red'], expected: 'colour' },
    { args: ['nonsense'], expected: 'unknown command' },
  ])('refuses $args with exit 2 and a message', ({ args, expected }) => {
    file('x.json', strip(cases[0] ?? {}))
    const r = sim(...args)
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(expected)
  })

  it('refuses a file that is not JSON', () => {
    const r = sim('evaluate', file('broken.json', '{ "id": '))
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('not valid JSON')
  })
})

describe('sim run', () => {
  it('prints the yearly series and outcomes as JSON, and as CSV with the scenario and seed', () => {
    const json = JSON.parse(sim('run', '--scenario', 'qualified-majority').stdout) as { scenario: string; years: unknown[]; initiatives: unknown[] }
    expect(json.scenario).toBe('qualified-majority')
    expect(json.years.length).toBe(35)
    const csv = sim('run', '--format', 'csv').stdout
    expect(csv.split('\n')[0]).toMatch(/^# scenario=baseline seed=\d+ model=/)
    expect(csv).toContain('year,cohesion,convergence,throughput,room')
  })

  it('adds the Monte Carlo summary with --draws: the model’s bands for that seed, the same bytes twice', async () => {
    const a = sim('run', '--draws', '6', '--seed', '11')
    const b = sim('run', '--draws', '6', '--seed', '11')
    expect(a.status).toBe(0)
    expect(a.stdout).toBe(b.stdout)
    const json = JSON.parse(a.stdout) as { seed: number; monteCarlo: { draws: number; seed: number; years: number[]; cohesion: { p10: number[]; p50: number[]; p90: number[] } } }
    expect(json.seed).toBe(11)
    const { leverSpreads, loadProjectData, runDraws, summarizeDraws } = await import('../../models/index')
    const data = loadProjectData()
    const scenario = { ...data.baseline, seed: 11 }
    const expected = summarizeDraws(scenario, runDraws(scenario, data, { from: 0, to: 6 }, { leverSpreads: leverSpreads(data.uncertainty) }))
    expect(json.monteCarlo).toEqual(expected)
    const other = JSON.parse(sim('run', '--draws', '6', '--seed', '12').stdout) as typeof json
    expect(other.monteCarlo.cohesion).not.toEqual(json.monteCarlo.cohesion)
    const csv = sim('run', '--draws', '4', '--format', 'csv').stdout
    expect(csv).toMatch(/# monte carlo draws=4 seed=\d+\nyear,cohesion_p10,cohesion_p50,cohesion_p90\n2001,/)
  })

  it.each([
    { args: ['run', '--draws', '0'], expected: '--draws' },
    { args: ['run', '--draws', 'many'], expected: '--draws' },
    { args: ['run', '--seed', '-1'], expected: '--seed' },
  ])('refuses $args with exit 2 and a message', ({ args, expected }) => {
    const r = sim(...args)
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(expected)
  })
})
