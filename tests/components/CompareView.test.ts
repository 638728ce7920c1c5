// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { loadProjectData } from '../../models/index'
import TheCompareView from '../../src/views/TheCompareView.vue'
import { createAppI18n } from '../../src/i18n/index'
import { useRunsStore } from '../../src/stores/runs'
import { useScenarioStore } from '../../src/stores/scenario'

// The overlaid charts need a real canvas; they are tested through their adapters and in the browser.
vi.mock('../../src/components/CompareCharts.vue', () => ({ __esModule: true, default: { props: ['runs'], template: '<div class="charts-stub">{{ runs.length }} runs</div>' } }))

const data = loadProjectData()
let wrapper: VueWrapper

function pin(preset: string, name: string, seed?: number): void {
  const scenario = useScenarioStore()
  scenario.loadPreset(preset)
  if (seed !== undefined) scenario.setSeed(seed)
  useRunsStore().pin(name)
}
async function mountView() {
  wrapper = mount(TheCompareView, { global: { plugins: [createAppI18n()] }, attachTo: document.body })
  await flushPromises()
}
const regions = () => wrapper.findAll('[role="region"]').filter((r) => r.classes('run-card'))
const region = (name: string) => {
  const found = regions().find((r) => r.attributes('aria-label') === name)
  if (!found) throw new Error(`no region ${name}`)
  return found
}
const buttonIn = (el: ReturnType<typeof region>, text: RegExp) => {
  const found = el.findAll('button').find((b) => text.test(b.text()))
  if (!found) throw new Error(`no button ${text}`)
  return found
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})
afterEach(() => wrapper?.unmount())

describe('TheCompareView', () => {
  it('shows the baseline alone, with how to pin a run, before any run is pinned', async () => {
    await mountView()
    expect(regions().map((r) => r.attributes('aria-label'))).toEqual(['Baseline'])
    expect(wrapper.text()).toContain('Only the baseline so far')
    expect(wrapper.find('.charts-stub').exists()).toBe(false)
  })

  it('puts every run in its own region, with its headline numbers and settings in words', async () => {
    pin('no-2017-enlargement', 'Without 2017 enlargement')
    pin('qualified-majority', 'Majority voting')
    await mountView()
    expect(regions().map((r) => r.attributes('aria-label'))).toEqual(['Baseline', 'Without 2017 enlargement', 'Majority voting'])
    const without = region('Without 2017 enlargement')
    expect(without.find('h3').text()).toBe('Without 2017 enlargement')
    expect(without.text()).toMatch(/Cohesion in 2035\s*[\d.]+\s*\([+−][\d.]+ vs baseline\)/)
    expect(without.findAll('li').map((li) => li.text())).toEqual(['Membership of India: never a member', 'Membership of Pakistan: never a member'])
    expect(region('Baseline').text()).toContain('Every setting as history.')
    expect(wrapper.find('.charts-stub').text()).toBe('3 runs')
  })

  it('states the one seed every run uses, and names runs saved with another', async () => {
    pin('qualified-majority', 'Other seed', 42)
    await mountView()
    expect(wrapper.text()).toContain(`Every run uses seed ${data.baseline.seed}`)
    expect(wrapper.text()).toContain(`Other seed was saved with another seed and is compared with seed ${data.baseline.seed}`)
    expect(region('Other seed').text()).toContain(`Saved with seed 42; compared with seed ${data.baseline.seed}.`)
  })

  it('shows the table of differences and a summary in words', async () => {
    pin('qualified-majority', 'Majority voting')
    await mountView()
    const table = wrapper.find('.differences table')
    expect(table.findAll('thead th').map((th) => th.text())).toEqual(['What', 'Baseline', 'Majority voting'])
    const rows = table.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))
    expect(rows).toContainEqual(['Decision rule', 'consensus', 'qualified majority of 67% by states, membership unanimous'])
    expect(rows.some((r) => r[0] === 'SCO Development Bank' && r[1] === 'vetoed by Russia' && /^adopted \d{4} with reservations/.test(r[2] ?? ''))).toBe(true)
    const summary = wrapper.find('.compare-summary').text()
    expect(summary).toMatch(/The largest cohesion gap is [\d.]+ points, in \d{4}/)
    expect(summary).toMatch(/SCO Development Bank: vetoed by Russia → adopted \d{4} with reservations/)
  })

  it('renames a run and puts the focus back on Rename', async () => {
    pin('qualified-majority', 'Majority voting')
    await mountView()
    await buttonIn(region('Majority voting'), /^Rename/).trigger('click')
    const input = region('Majority voting').find('form input')
    expect(document.activeElement).toBe(input.element)
    await input.setValue('Two thirds decide')
    await region('Majority voting').find('form').trigger('submit')
    await nextTick()
    expect(useRunsStore().runs[0]?.name).toBe('Two thirds decide')
    const renamed = region('Two thirds decide')
    expect((document.activeElement as HTMLElement).textContent).toContain('Rename')
    expect(renamed.find('form').exists()).toBe(false)
  })

  it('moves a run later and keeps the focus on it', async () => {
    pin('no-2017-enlargement', 'First')
    pin('qualified-majority', 'Second')
    await mountView()
    const later = buttonIn(region('First'), /^Move later/)
    expect(buttonIn(region('First'), /^Move earlier/).attributes('disabled')).toBeDefined()
    ;(later.element as HTMLElement).focus()
    await later.trigger('click')
    await nextTick()
    expect(regions().map((r) => r.attributes('aria-label'))).toEqual(['Baseline', 'Second', 'First'])
    expect(region('First').element.contains(document.activeElement)).toBe(true)
    expect((document.activeElement as HTMLElement).textContent).toContain('Move earlier')
    expect(wrapper.find('.run-list-message').text()).toContain('Moved “First” to place 2 of 2.')
  })

  it('removes a run, and Undo brings it back in its place', async () => {
    pin('no-2017-enlargement', 'First')
    pin('qualified-majority', 'Second')
    await mountView()
    await buttonIn(region('First'), /^Remove/).trigger('click')
    expect(regions().map((r) => r.attributes('aria-label'))).toEqual(['Baseline', 'Second'])
    const undo = wrapper.findAll('.run-list-message button')[0]!
    expect(undo.text()).toBe('Undo removing “First”')
    await undo.trigger('click')
    expect(regions().map((r) => r.attributes('aria-label'))).toEqual(['Baseline', 'First', 'Second'])
  })

  it('opens a run for editing and asks to show the dashboard', async () => {
    pin('qualified-majority', 'Majority voting')
    useScenarioStore().reset()
    await mountView()
    await buttonIn(region('Majority voting'), /^Open for editing/).trigger('click')
    expect(useScenarioStore().scenario.decisionRule.kind).toBe('qualified-majority')
    expect(wrapper.emitted('edit')).toHaveLength(1)
    await buttonIn(region('Baseline'), /^Open for editing/).trigger('click')
    expect(useScenarioStore().scenario).toBe(data.baseline)
  })

  it('shows hostile run names as text, never as markup', async () => {
    const names = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', '"><svg onload=window.__pwned=1>']
    for (const name of names) pin('qualified-majority', name)
    await mountView()
    expect(regions().map((r) => r.attributes('aria-label'))).toEqual(['Baseline', ...names])
    expect(wrapper.findAll('.run-card-name').map((h) => h.text())).toEqual(['Baseline', ...names])
    expect(wrapper.find('.compare img, .compare script, .compare [onerror], .compare [onload]').exists()).toBe(false)
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
  })
})
