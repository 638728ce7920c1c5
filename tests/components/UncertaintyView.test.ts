// @vitest-environment jsdom
/**
 * The Uncertainty view end to end in jsdom: there is no Worker here, so the pool's main-thread
 * stand-in runs the draws (the same chunk code as the workers). The canvas charts are replaced by
 * stubs that show what they were given.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick, watch } from 'vue'
import { leverSpreads, loadProjectData, runDraws, summarizeDraws, type MonteCarloSummary } from '../../models/index'
import TheUncertaintyView from '../../src/views/TheUncertaintyView.vue'
import { createAppI18n } from '../../src/i18n'
import { useScenarioStore } from '../../src/stores/scenario'
import { useUncertaintyStore } from '../../src/stores/uncertainty'
import type { TornadoBar } from '../../src/charts/tornado-series'

const downloads = vi.hoisted(() => [] as Array<{ name: string; text: string }>)
vi.mock('../../src/export/download', async (original) => ({
  ...(await original<typeof import('../../src/export/download')>()),
  downloadText: (name: string, text: string) => downloads.push({ name, text }),
}))
const seen = vi.hoisted(() => ({ fan: null as MonteCarloSummary | null, bars: [] as TornadoBar[] }))
vi.mock('../../src/components/FanChart.vue', async () => {
  const { h } = await import('vue')
  // `__esModule` lets Vue's async component loader take the default export, as from a real module.
  return {
    __esModule: true,
    default: {
      props: { summary: { type: Object, default: null }, single: { type: Object, default: null }, baseline: { type: Object, default: null } },
      setup(props: Record<string, unknown>) {
        return () => {
          seen.fan = props.summary as MonteCarloSummary | null
          return h('div', { class: 'fan-stub' }, `fan: ${(props.summary as MonteCarloSummary | null)?.draws ?? 0} draws`)
        }
      },
    },
  }
})
vi.mock('../../src/components/TornadoChart.vue', async () => {
  const { h } = await import('vue')
  // `__esModule` lets Vue's async component loader take the default export, as from a real module.
  return {
    __esModule: true,
    default: {
      props: { bars: { type: Array, required: true }, output: { type: String, required: true }, draws: { type: Number, required: true } },
      setup(props: Record<string, unknown>) {
        return () => {
          seen.bars = props.bars as TornadoBar[]
          return h('div', { class: 'tornado-stub' }, `tornado: ${props.output}`)
        }
      },
    },
  }
})

const data = loadProjectData()
let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  downloads.length = 0
})

function mountView() {
  const pinia = createPinia()
  setActivePinia(pinia)
  wrapper = mount(TheUncertaintyView, { global: { plugins: [pinia, createAppI18n()] }, attachTo: document.body })
  return { wrapper, scenario: useScenarioStore(), uncertainty: useUncertaintyStore() }
}

const statusText = (w: VueWrapper) => w.get('.mc-status').text()
const waitForStatus = (w: VueWrapper, pattern: RegExp) => vi.waitFor(() => expect(statusText(w)).toMatch(pattern), { timeout: 60_000, interval: 50 })
/** Choose 100 draws, press Run and wait until the run is done. */
async function runHundredDraws(w: VueWrapper): Promise<void> {
  await w.get('select').setValue('100')
  await w.get('form').trigger('submit')
  await waitForStatus(w, /^Done/)
}

describe('TheUncertaintyView', () => {
  it('runs 100 draws with progress, then shows the model’s bands, probabilities, blockers, drivers and a CSV', async () => {
    const { wrapper } = mountView()
    expect(statusText(wrapper)).toBe('Choose the number of draws and press Run.')
    // Before any run, the table lists the single run's outcomes with blank probabilities.
    expect(wrapper.get('.mc-adoption tbody').text()).toContain('–')

    await wrapper.get('select').setValue('100')
    await wrapper.get('form').trigger('submit')
    expect(statusText(wrapper)).toBe('Running 100 draws…')
    expect(wrapper.get('progress').attributes('max')).toBe('100')
    await waitForStatus(wrapper, /^Done: 100 draws in \d+\.\d s\.$/)
    expect(wrapper.get('progress').attributes('value')).toBe('100')
    expect(wrapper.get('.mc-count').text()).toBe('100 of 100 draws')

    const expected = summarizeDraws(data.baseline, runDraws(data.baseline, data, { from: 0, to: 100 }, { leverSpreads: leverSpreads(data.uncertainty) }))
    await vi.waitFor(() => expect(seen.fan?.draws).toBe(100))
    expect(JSON.stringify(seen.fan)).toBe(JSON.stringify(expected))

    // The table's rows take new results a few dozen per task, so every row is waited for.
    const bankRow = () => wrapper.findAll('.mc-adoption tbody tr').find((tr) => tr.text().startsWith('SCO Development Bank'))?.text()
    await vi.waitFor(() => expect(bankRow()).toContain(`${Math.round((expected.adoption['development-bank']?.final ?? 0) * 100)}%`), { timeout: 5000 })
    await vi.waitFor(() => expect(wrapper.findAll('.mc-adoption tbody tr').filter((tr) => !tr.text().includes('%'))).toEqual([]), { timeout: 5000 })
    const russiaShare = expected.blockers['development-bank']?.RUS ?? 0
    // The list follows the draws as they arrive; it settles on the finished run's shares.
    await vi.waitFor(() => expect(wrapper.get('.mc-blockers').text()).toContain(`SCO Development Bank: Russia blocks in ${Math.round(russiaShare * 100)}% of draws`), { timeout: 5000 })

    // Sensitivity for cohesion in the last year, each bar in words with its claims.
    await vi.waitFor(() => expect(wrapper.find('.tornado-stub').exists()).toBe(true), { timeout: 20_000 })
    expect(wrapper.get('.tornado-stub').text()).toBe('tornado: cohesion in 2035')
    expect(seen.bars.length).toBeGreaterThan(0)
    for (const bar of seen.bars) {
      expect(bar.label).not.toContain('.')
      expect(bar.claims.length).toBeGreaterThan(0)
    }

    // Choosing an initiative's adoption re-ranks the inputs for it.
    await wrapper.get('input[type="radio"][id$="kind-adoption"]').setValue(true)
    await vi.waitFor(() => expect(wrapper.get('.tornado-stub').text()).toMatch(/^tornado: adoption of “.+”$/), { timeout: 20_000 })

    const download = wrapper.findAll('button').find((b) => b.text() === 'Download bands (CSV)')
    await download?.trigger('click')
    expect(downloads).toHaveLength(1)
    expect(downloads[0]?.name).toBe(`cohesion-bands-100-draws-seed-${data.baseline.seed}.csv`)
    const lines = downloads[0]?.text.split('\r\n') ?? []
    expect(lines).toContain('# draws: 100')
    expect(lines).toContain(`# seed: ${data.baseline.seed}`)
    expect(lines).toContain('year,cohesion_p10,cohesion_p50,cohesion_p90,single_run,baseline')
    expect(lines.find((l) => l.startsWith('2035,'))?.split(',').slice(1, 4).map(Number)).toEqual([expected.cohesion.p10[34], expected.cohesion.p50[34], expected.cohesion.p90[34]])
  }, 120_000)

  it('takes the last run’s tables down in a task of its own when a new run starts, not in the click', async () => {
    const { wrapper } = mountView()
    await runHundredDraws(wrapper)
    await vi.waitFor(() => expect(wrapper.find('.mc-blockers').exists()).toBe(true))
    // The click's task ends with Vue's render: the tables are still up.
    await wrapper.get('form').trigger('submit')
    await nextTick()
    expect(wrapper.find('.mc-blockers').exists()).toBe(true)
    // A task later they come down, and the new run's tables replace them.
    await vi.waitFor(() => expect(wrapper.find('.mc-blockers').exists()).toBe(false), { interval: 5 })
    await waitForStatus(wrapper, /^Done/)
    await vi.waitFor(() => expect(wrapper.find('.mc-blockers').exists()).toBe(true))
  }, 120_000)

  it('brings the blockers list in a task after the adoption table’s update, never in the same task', async () => {
    const { wrapper, uncertainty } = mountView()
    // At each moment the tables get new results, whether the blockers list already has them.
    const blockersAlready: boolean[] = []
    watch(
      () => uncertainty.tableSummary,
      (next) => {
        if (next) blockersAlready.push(uncertainty.blockersSummary === next)
      },
      { flush: 'sync' },
    )
    await runHundredDraws(wrapper)
    await vi.waitFor(() => expect(uncertainty.blockersSummary).not.toBeNull())
    expect(uncertainty.blockersSummary).toBe(uncertainty.tableSummary)
    expect(blockersAlready.length).toBeGreaterThan(0)
    expect(blockersAlready).not.toContain(true)
  }, 120_000)

  it('keeps the sensitivity chart through the next run, hidden, instead of taking it down in the click', async () => {
    const { wrapper } = mountView()
    await runHundredDraws(wrapper)
    await vi.waitFor(() => expect(wrapper.find('.tornado-stub').exists()).toBe(true), { timeout: 20_000 })
    const chart = wrapper.get('.tornado-stub').element
    const section = () => wrapper.get('.mc-sensitivity').element as HTMLElement
    await wrapper.get('form').trigger('submit')
    await nextTick()
    // The same chart, hidden with its section while the run goes on.
    expect(wrapper.get('.tornado-stub').element).toBe(chart)
    expect(section().style.display).toBe('none')
    await waitForStatus(wrapper, /^Done/)
    await vi.waitFor(() => expect(section().style.display).toBe(''), { timeout: 20_000 })
    await vi.waitFor(() => expect((wrapper.get('.tornado-stub').element.parentElement as HTMLElement).style.display).toBe(''), { timeout: 20_000 })
    expect(wrapper.get('.tornado-stub').element).toBe(chart)
  }, 120_000)

  it('says the results are stale once the scenario changes, and reruns for the current one', async () => {
    const { wrapper, scenario, uncertainty } = mountView()
    await runHundredDraws(wrapper)
    expect(wrapper.find('.uncertainty-stale').exists()).toBe(false)
    scenario.setLever('russiaChinaAlignment', -0.5)
    await flushPromises()
    expect(wrapper.get('.uncertainty-stale').text()).toContain('It has changed since.')
    await wrapper.get('.uncertainty-stale button').trigger('click')
    expect(uncertainty.context?.scenario.levers.russiaChinaAlignment).toBe(-0.5)
    await waitForStatus(wrapper, /^Done/)
    expect(wrapper.find('.uncertainty-stale').exists()).toBe(false)
  }, 120_000)

  it('cancels a run, keeping the draws that finished, and names a bad seed without running', async () => {
    const { wrapper, scenario } = mountView()
    await wrapper.get('select').setValue('500')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(Number(wrapper.get('progress').attributes('value'))).toBeGreaterThan(0), { timeout: 30_000, interval: 20 })
    const cancel = wrapper.findAll('button').find((b) => b.text() === 'Cancel')
    expect(cancel?.attributes('disabled')).toBeUndefined()
    await cancel?.trigger('click')
    const done = Number(wrapper.get('progress').attributes('value'))
    expect(done).toBeLessThan(500)
    expect(statusText(wrapper)).toBe(`Cancelled after ${done} of 500 draws. The results below are from the ${done} draws that finished.`)
    await vi.waitFor(() => expect(seen.fan?.draws).toBe(done))
    await new Promise((r) => setTimeout(r, 300))
    expect(Number(wrapper.get('progress').attributes('value'))).toBe(done)

    const seed = wrapper.get('input.mc-seed')
    await seed.setValue('12x')
    await seed.trigger('change')
    expect(seed.attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('.mc-error').text()).toBe('Seed: type a whole number from 0 to 2147483647.')
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeDefined()
    expect(scenario.scenario.seed).toBe(data.baseline.seed)
    await seed.setValue('123')
    await seed.trigger('change')
    expect(scenario.scenario.seed).toBe(123)
    expect(seed.attributes('aria-invalid')).toBe('false')
  }, 120_000)
})
