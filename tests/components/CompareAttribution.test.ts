// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { attribute, loadProjectData } from '../../models/index'
import CompareAttribution from '../../src/components/CompareAttribution.vue'
import { useCompare } from '../../src/composables/useCompare'
import { createAppI18n } from '../../src/i18n/index'
import { useRunsStore } from '../../src/stores/runs'
import { useScenarioStore } from '../../src/stores/scenario'

const data = loadProjectData()
let wrapper: VueWrapper

// The attribution panel gets the Compare view's model, as in the app.
const Host = defineComponent({
  setup() {
    const model = useCompare()
    return () => h(CompareAttribution, { model })
  },
})

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
  const scenario = useScenarioStore()
  scenario.loadPreset('no-2017-enlargement')
  useRunsStore().pin('Without enlargement')
  scenario.loadPreset('qualified-majority')
  useRunsStore().pin('Majority')
  wrapper = mount(Host, { global: { plugins: [createAppI18n()] }, attachTo: document.body })
})
afterEach(() => wrapper.unmount())

const selects = () => wrapper.findAll('select')
const rows = () => wrapper.findAll('tbody tr').map((tr) => tr.findAll('td, th').map((c) => c.text()))

describe('CompareAttribution', () => {
  it('attributes from the baseline to the first pinned run by default, step by step', () => {
    expect(selects().map((s) => (s.element as HTMLSelectElement).value)).toEqual(['baseline', 'run-1'])
    expect(selects().map((s) => wrapper.find(`label[for="${s.attributes('id')}"]`).text())).toEqual(['From run (A)', 'to run (B)'])
    const expected = attribute(data.baseline, { ...useRunsStore().runs[0]!.scenario, seed: data.baseline.seed }, data)
    expect(rows().map((r) => r[1])).toEqual(['Membership of India: member from 2017 → never a member', 'Membership of Pakistan: member from 2017 → never a member'])
    const finals = rows().map((r) => r[2])
    expect(finals).toHaveLength(expected.steps.length)
    expect(wrapper.find('caption').text()).toBe('From Baseline to Without enlargement: each step\'s effect on cohesion in 2035')
  })

  it('says that the shares depend on the order, which order is used, and the common seed', () => {
    const note = wrapper.find('.attribution-note').text()
    expect(note).toContain('The shares depend on the order.')
    expect(note).toContain('the levers in the order of the lever panel, then membership by country code, then the decision rule, then the last year')
    expect(note).toContain(`Both runs use seed ${data.baseline.seed}`)
  })

  it('recomputes when another pair is chosen, between two pinned runs', async () => {
    await selects()[0]!.setValue('run-1')
    await selects()[1]!.setValue('run-2')
    expect(rows().map((r) => r[1])).toEqual([
      'Membership of India: never a member → member from 2017',
      'Membership of Pakistan: never a member → member from 2017',
      'Decision rule: consensus → qualified majority of 67% by states, membership unanimous',
    ])
    expect(wrapper.find('tfoot').text()).toContain('Whole difference')
    expect(wrapper.findAll('.attribution-flips li').length).toBeGreaterThan(0)
  })

  it('asks for two different runs when A and B are the same', async () => {
    await selects()[1]!.setValue('baseline')
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.text()).toContain('Choose two different runs.')
  })
})
