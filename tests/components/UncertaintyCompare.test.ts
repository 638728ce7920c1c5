// @vitest-environment jsdom
/**
 * Uncertainty across runs with common random numbers: every run is drawn with the same seed and the
 * same draw indices. No Worker in jsdom: the pool's main-thread stand-in runs the same chunk code.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { leverSpreads, loadProjectData, runDraws, scenarioFor, summarizeDraws, type Scenario } from '../../models/index'
import UncertaintyCompare from '../../src/components/UncertaintyCompare.vue'
import type { NamedSummary } from '../../src/charts/fan-series'
import { probabilityDifferences } from '../../src/charts/uncertainty-tables'
import { createAppI18n } from '../../src/i18n'

const seen = vi.hoisted(() => ({ runs: [] as NamedSummary[] }))
const downloads = vi.hoisted(() => [] as Array<{ name: string; text: string }>)
vi.mock('../../src/export/download', async (original) => ({
  ...(await original<typeof import('../../src/export/download')>()),
  downloadText: (name: string, text: string) => downloads.push({ name, text }),
}))
vi.mock('../../src/components/FanCompareChart.vue', async () => {
  const { h } = await import('vue')
  // `__esModule` lets Vue's async component loader take the default export, as from a real module.
  return {
    __esModule: true,
    default: {
      props: { runs: { type: Array, required: true }, baseline: { type: Object, default: null } },
      setup(props: Record<string, unknown>) {
        return () => {
          seen.runs = props.runs as NamedSummary[]
          return h('div', { class: 'fan-compare-stub' }, (props.runs as NamedSummary[]).map((r) => `${r.name}: ${r.summary.draws}`).join('; '))
        }
      },
    },
  }
})

const data = loadProjectData()
const spreads = leverSpreads(data.uncertainty)
let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  seen.runs = []
  downloads.length = 0
})

function mountCompare(runs: Array<{ name: string; scenario: Scenario }>) {
  const pinia = createPinia()
  setActivePinia(pinia)
  wrapper = mount(UncertaintyCompare, { props: { runs }, global: { plugins: [pinia, createAppI18n()] }, attachTo: document.body })
  return wrapper
}

async function runWith(w: VueWrapper, draws: string): Promise<void> {
  await w.get('select').setValue(draws)
  await w.get('form').trigger('submit')
}
const status = (w: VueWrapper) => w.get('.mc-compare-status').text()

describe('UncertaintyCompare', () => {
  it('uses the first run’s seed for every run, so two runs of one scenario get identical bands', async () => {
    const w = mountCompare([
      { name: 'History', scenario: data.baseline },
      { name: 'History, other seed', scenario: { ...data.baseline, seed: 999 } },
    ])
    expect(w.text()).toContain(`same seed (${data.baseline.seed})`)
    await runWith(w, '100')
    await vi.waitFor(() => expect(status(w)).toBe(`Done: 2 runs, 100 draws each, seed ${data.baseline.seed}.`), { timeout: 90_000, interval: 50 })
    expect(seen.runs.map((r) => r.name)).toEqual(['History', 'History, other seed'])
    expect(JSON.stringify(seen.runs[1]?.summary)).toBe(JSON.stringify(seen.runs[0]?.summary))
    expect(w.text()).toContain("No initiative's probability of adoption differs by 5 percentage points or more.")

    await w.findAll('button').find((b) => b.text() === 'Download bands (CSV)')?.trigger('click')
    expect(downloads[0]?.name).toBe(`compare-bands-100-draws-seed-${data.baseline.seed}.csv`)
    const lines = downloads[0]?.text.split('\r\n') ?? []
    expect(lines).toContain('# draws: 100')
    expect(lines).toContain(`# seed: ${data.baseline.seed}`)
    expect(lines).toContain('# random numbers: common: the same seed and draws for every run')
    expect(lines).toContain('run,year,cohesion_p10,cohesion_p50,cohesion_p90')
    const p50 = seen.runs[0]?.summary.cohesion.p50[0]
    expect(lines).toContain(`"History, other seed",2001,${seen.runs[1]?.summary.cohesion.p10[0]},${p50},${seen.runs[1]?.summary.cohesion.p90[0]}`)
    expect(lines.filter((l) => /^(History|"History, other seed"),\d{4},/.test(l))).toHaveLength(2 * 35)
  }, 120_000)

  it('shows each run’s bands as the model computes them with the common seed, and where adoption differs', async () => {
    const majority = scenarioFor('qualified-majority', data) as Scenario
    const w = mountCompare([
      { name: 'History', scenario: data.baseline },
      { name: 'Majority voting', scenario: { ...majority, seed: 5 } },
    ])
    await runWith(w, '100')
    await vi.waitFor(() => expect(status(w)).toMatch(/^Done/), { timeout: 90_000, interval: 50 })
    const common = { ...majority, seed: data.baseline.seed }
    const expected = summarizeDraws(common, runDraws(common, data, { from: 0, to: 100 }, { leverSpreads: spreads }))
    expect(JSON.stringify(seen.runs[1]?.summary)).toBe(JSON.stringify(expected))
    const differences = probabilityDifferences(seen.runs.map((r) => r.summary), new Map(data.initiatives.map((i) => [i.id, i])))
    expect(differences.length).toBeGreaterThan(0)
    const rows = w.findAll('.mc-differences tbody tr')
    expect(rows).toHaveLength(differences.length)
    const first = differences[0]
    expect(rows[0]?.text()).toContain(first?.title)
    const delta = Math.round(((first?.finals[1] ?? 0) - (first?.finals[0] ?? 0)) * 100)
    expect(rows[0]?.text()).toContain(`(${delta > 0 ? '+' : '−'}${Math.abs(delta)})`)
  }, 120_000)

  it('cancels, says so, and marks results stale when the runs change', async () => {
    const w = mountCompare([
      { name: 'History', scenario: data.baseline },
      { name: 'Rift', scenario: scenarioFor('russia-china-rift', data) as Scenario },
    ])
    await runWith(w, '500')
    await vi.waitFor(() => expect(status(w)).toMatch(/^Run 1 of 2 \(History\): [1-9]\d* of 500 draws$/), { timeout: 30_000, interval: 20 })
    await w.findAll('button').find((b) => b.text() === 'Cancel')?.trigger('click')
    expect(status(w)).toBe("Cancelled. Run again to see every run's bands.")
    await w.setProps({ runs: [{ name: 'History', scenario: data.baseline }] })
    expect(w.get('.mc-compare-stale').text()).toBe('The runs have changed since these results were computed.')
  }, 60_000)

  it('asks for pinned runs when there are none', () => {
    const w = mountCompare([])
    expect(w.text()).toContain('Pin a run to compare its uncertainty with the others.')
    expect(w.find('form').exists()).toBe(false)
  })
})
