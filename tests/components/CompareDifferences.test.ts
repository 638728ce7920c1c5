// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { loadProjectData, MODEL_VERSION } from '../../models/index'
import { createAppI18n } from '../../src/i18n/index'
import { useRunsStore } from '../../src/stores/runs'
import { useScenarioStore } from '../../src/stores/scenario'
import TheCompareView from '../../src/views/TheCompareView.vue'

const downloads = vi.hoisted(() => [] as Array<{ name: string; text: string; mime: string }>)
vi.mock('../../src/export/download', async (original) => ({
  ...(await original<typeof import('../../src/export/download')>()),
  downloadText: (name: string, text: string, mime: string) => downloads.push({ name, text, mime }),
}))
vi.mock('../../src/components/CompareCharts.vue', () => ({ __esModule: true, default: { template: '<div />' } }))

const data = loadProjectData()
let wrapper: VueWrapper

beforeEach(() => {
  downloads.length = 0
  localStorage.clear()
  setActivePinia(createPinia())
})
afterEach(() => wrapper.unmount())

describe('CompareDifferences', () => {
  it('downloads the table as CSV naming the runs, the common seed and the model version', async () => {
    const scenario = useScenarioStore()
    scenario.loadPreset('qualified-majority')
    scenario.setSeed(5)
    useRunsStore().pin('=HYPERLINK("http://evil")')
    wrapper = mount(TheCompareView, { global: { plugins: [createAppI18n()] }, attachTo: document.body })
    await flushPromises()
    const button = wrapper.findAll('button').find((b) => b.text() === 'Download table (CSV)')!
    await button.trigger('click')
    expect(downloads).toHaveLength(1)
    const { name, text, mime } = downloads[0]!
    expect(name).toBe('run-comparison.csv')
    expect(mime).toBe('text/csv')
    const lines = text.split('\r\n')
    expect(lines[0]).toBe(`# scenario: Comparison of Baseline; =HYPERLINK("http://evil")`)
    expect(lines[1]).toBe(`# seed: ${data.baseline.seed}`)
    expect(lines[2]).toBe(`# model version: ${MODEL_VERSION}`)
    expect(lines[3]).toMatch(/^# runs: \[\{"name":/)
    // The run's name heads a column; a spreadsheet must not run it as a formula.
    expect(lines[4]).toBe(`Part,What,Baseline,"'=HYPERLINK(""http://evil"")",In words`)
    expect(lines.some((l) => l.startsWith('Settings,Decision rule,consensus,'))).toBe(true)
    expect(lines.some((l) => l.startsWith('Initiatives that end differently,SCO Development Bank,vetoed by Russia,'))).toBe(true)
  })
})
