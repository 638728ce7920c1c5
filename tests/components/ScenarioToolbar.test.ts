// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { loadProjectData } from '../../models/index'
import ScenarioToolbar from '../../src/components/ScenarioToolbar.vue'
import { createAppI18n } from '../../src/i18n/index'
import { useScenarioStore } from '../../src/stores/scenario'

const data = loadProjectData()
let wrapper: VueWrapper

const button = (name: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === name)
  if (!found) throw new Error(`no button "${name}"`)
  return found
}
const press = (init: KeyboardEventInit, target: EventTarget = window) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }))

describe('ScenarioToolbar', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    wrapper = mount(ScenarioToolbar, { global: { plugins: [createAppI18n()] }, attachTo: document.body })
  })
  afterEach(() => wrapper.unmount())

  it('offers the baseline and every preset by title, in a labelled select', () => {
    const select = wrapper.find('select')
    expect(wrapper.find(`label[for="${select.attributes('id')}"]`).text()).toBe('Scenario')
    expect(select.findAll('option').map((o) => o.text())).toEqual(['History as it happened', ...data.presets.map((p) => p.title)])
  })

  it('loads the chosen preset and shows its description', async () => {
    const store = useScenarioStore()
    await wrapper.find('select').setValue('no-2017-enlargement')
    expect(store.presetId).toBe('no-2017-enlargement')
    expect(store.membershipYear('IND')).toBeNull()
    expect(wrapper.text()).toContain('India and Pakistan never join')
  })

  it('disables Undo and Redo until there is something to undo or redo', async () => {
    const store = useScenarioStore()
    expect(button('Undo').attributes('disabled')).toBeDefined()
    expect(button('Redo').attributes('disabled')).toBeDefined()
    store.setLever('afghanThreat', 2)
    await wrapper.vm.$nextTick()
    expect(button('Undo').attributes('disabled')).toBeUndefined()
    await button('Undo').trigger('click')
    expect(store.scenario.levers.afghanThreat).toBe(data.baseline.levers.afghanThreat)
    expect(button('Redo').attributes('disabled')).toBeUndefined()
    await button('Redo').trigger('click')
    expect(store.scenario.levers.afghanThreat).toBe(2)
  })

  it('resets to the baseline', async () => {
    const store = useScenarioStore()
    store.loadPreset('russia-china-rift')
    await button('Reset to baseline').trigger('click')
    expect(store.scenario).toBe(data.baseline)
  })

  it.each([
    { keys: { ctrlKey: true }, label: 'Ctrl+Z' },
    { keys: { metaKey: true }, label: 'Cmd+Z' },
  ])('undoes with $label and redoes with Shift', ({ keys }) => {
    const store = useScenarioStore()
    store.setMembership('IND', null)
    press({ key: 'z', ...keys })
    expect(store.membershipYear('IND')).toBe(2017)
    press({ key: 'Z', shiftKey: true, ...keys })
    expect(store.membershipYear('IND')).toBeNull()
  })

  it('leaves Ctrl+Z alone while typing in a field', () => {
    const store = useScenarioStore()
    store.setLever('afghanThreat', 2)
    const field = document.createElement('input')
    field.type = 'number'
    document.body.append(field)
    press({ key: 'z', ctrlKey: true }, field)
    expect(store.scenario.levers.afghanThreat).toBe(2)
    field.remove()
  })

  it('stops listening once unmounted', () => {
    const store = useScenarioStore()
    store.setLever('afghanThreat', 2)
    wrapper.unmount()
    press({ key: 'z', ctrlKey: true })
    expect(store.scenario.levers.afghanThreat).toBe(2)
    wrapper = mount(ScenarioToolbar, { global: { plugins: [createAppI18n()] } })
  })
})
