// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ref } from 'vue'
import type { InputIssue } from '../../models/index'
import RunActions from '../../src/components/RunActions.vue'
import { uniqueRunName } from '../../src/composables/useRunSetPin'
import type { ScenarioLink } from '../../src/composables/useScenarioLink'
import { createAppI18n } from '../../src/i18n/index'
import { RUNS_KEY } from '../../src/persistence/run-storage'
import { useRunsStore } from '../../src/stores/runs'
import { useScenarioStore } from '../../src/stores/scenario'

let wrapper: VueWrapper
let link: ScenarioLink

function mountActions(issues: InputIssue[] | null = null) {
  link = { issues: ref(issues), url: ref('http://localhost/#v1=abc'), runsLeftOut: ref(false), dismiss: vi.fn(() => (link.issues.value = null)) }
  wrapper = mount(RunActions, { props: { link }, global: { plugins: [createAppI18n()] }, attachTo: document.body })
}
const button = (name: RegExp) => {
  const found = wrapper.findAll('button').find((b) => name.test(b.text()))
  if (!found) throw new Error(`no button ${name}`)
  return found
}
const alerts = () => wrapper.findAll('[role="alert"]')

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})
afterEach(() => {
  wrapper?.unmount()
  vi.unstubAllGlobals()
})

describe('RunActions: pinning', () => {
  it('pins the current scenario under the typed name and says so', async () => {
    mountActions()
    useScenarioStore().loadPreset('no-2017-enlargement')
    const input = wrapper.find('input[type="text"]')
    expect(wrapper.find(`label[for="${input.attributes('id')}"]`).text()).toBe('Run name')
    await input.setValue('  Without the 2017 enlargement ')
    await wrapper.find('form').trigger('submit')
    const runs = useRunsStore()
    expect(runs.runs.map((r) => r.name)).toEqual(['Without the 2017 enlargement'])
    expect(runs.runs[0]?.scenario).toBe(useScenarioStore().scenario)
    expect(wrapper.find('[role="status"]').text()).toContain('Pinned “Without the 2017 enlargement” (1 of 4 runs)')
    expect((input.element as HTMLInputElement).value).toBe('')
  })

  it('names an unnamed run after its scenario, made unique', async () => {
    mountActions()
    useScenarioStore().loadPreset('qualified-majority')
    await button(/^Pin run/).trigger('click')
    await wrapper.find('form').trigger('submit')
    await wrapper.find('form').trigger('submit')
    expect(useRunsStore().runs.map((r) => r.name)).toEqual(['Qualified majority voting', 'Qualified majority voting (2)', 'Qualified majority voting (3)'])
  })

  it('refuses a fifth run with a notice, and the notice can be dismissed', async () => {
    mountActions()
    for (let i = 0; i < 5; i++) await wrapper.find('form').trigger('submit')
    expect(useRunsStore().runs).toHaveLength(4)
    expect(alerts()).toHaveLength(1)
    expect(alerts()[0]?.text()).toContain('4 runs are pinned already')
    await alerts()[0]!.find('button').trigger('click')
    expect(alerts()).toHaveLength(0)
  })

  it.each([
    { base: 'Run', taken: [], expected: 'Run' },
    { base: 'Run', taken: ['Run', 'Run (2)'], expected: 'Run (3)' },
    { base: '  spaced   out  ', taken: [], expected: 'spaced out' },
    { base: 'x'.repeat(90), taken: ['x'.repeat(80)], expected: `${'x'.repeat(76)} (2)` },
  ])('uniqueRunName($base) → $expected', ({ base, taken, expected }) => {
    expect(uniqueRunName(base, taken)).toBe(expected)
  })
})

describe('RunActions: copy link', () => {
  it('copies the scenario link and confirms in a live region', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    mountActions()
    await button(/^Copy link$/).trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith('http://localhost/#v1=abc')
    expect(wrapper.find('[role="status"]').text()).toBe('Link copied. Anyone who opens it sees this scenario and the pinned runs.')
  })

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } })
    mountActions()
    await button(/^Copy link$/).trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="status"]').text()).toContain('did not allow copying')
    const manual = wrapper.find('input[readonly]')
    expect((manual.element as HTMLInputElement).value).toBe('http://localhost/#v1=abc')
    expect(wrapper.find(`label[for="${manual.attributes('id')}"]`).text()).toBe('Link to this scenario')
  })
})

describe('RunActions: notices', () => {
  it('names every field of a refused link, as text, until dismissed', async () => {
    mountActions([
      { path: 'd.l.chinaAttention', message: 'Too big: expected number to be <=1' },
      { path: 'pins[0].name', message: '<img src=x onerror="window.__pwned=1">' },
    ])
    const alert = alerts()[0]!
    expect(alert.text()).toContain('This link could not be opened')
    expect(alert.findAll('li').map((li) => li.text())).toEqual([
      'd.l.chinaAttention Too big: expected number to be <=1',
      'pins[0].name <img src=x onerror="window.__pwned=1">',
    ])
    expect(alert.find('img').exists()).toBe(false)
    await alert.find('button').trigger('click')
    expect(link.dismiss).toHaveBeenCalled()
    expect(alerts()).toHaveLength(0)
  })

  it('reports a corrupt store and leaves it as it was', async () => {
    localStorage.setItem(RUNS_KEY, '{"schemaVersion":2,"runs":"oops"}')
    useRunsStore().load()
    mountActions()
    expect(alerts()[0]?.text()).toMatch(/^The runs saved in this browser are damaged and were not loaded \(runs: .+\)/)
    expect(localStorage.getItem(RUNS_KEY)).toBe('{"schemaVersion":2,"runs":"oops"}')
  })

  it('reports a full store when saving fails, keeping the pinned run on the page', async () => {
    mountActions()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    await wrapper.find('form').trigger('submit')
    vi.restoreAllMocks()
    expect(useRunsStore().runs).toHaveLength(1)
    expect(alerts()[0]?.text()).toContain("The browser's storage is full")
  })
})
