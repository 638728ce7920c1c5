// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ScenarioLevers from '../../src/components/ScenarioLevers.vue'
import { createAppI18n } from '../../src/i18n/index'
import { useScenarioStore } from '../../src/stores/scenario'

function mountLevers(): VueWrapper {
  return mount(ScenarioLevers, { global: { plugins: [createAppI18n()] } })
}

/** Find the control a visible or hidden `<label>` with exactly this text points to. */
function control(wrapper: VueWrapper, labelText: string) {
  const label = wrapper.findAll('label').find((l) => l.text() === labelText)
  if (!label) throw new Error(`no label "${labelText}"`)
  const target = label.attributes('for')
  return target ? wrapper.find(`[id="${target}"]`) : label.find('input')
}

describe('ScenarioLevers', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
  })

  it('has the four groups, each under its heading', () => {
    const headings = mountLevers().findAll('h3').map((h) => h.text())
    expect(headings).toEqual(['Membership', 'Russia and China', 'The region', 'Rules and horizon'])
  })

  it('gives every state but the founders a switch named after it', () => {
    const names = mountLevers()
      .findAll('input[type="checkbox"]')
      .map((box) => box.element.closest('label')?.textContent?.trim())
    expect(names.slice(0, 10)).toEqual(['India', 'Pakistan', 'Iran', 'Belarus', 'Mongolia', 'Afghanistan', 'Turkmenistan', 'Turkey', 'Azerbaijan', 'Saudi Arabia'])
    expect(names).not.toContain('China')
  })

  it('removes an accession when its switch is unticked and restores its year when ticked', async () => {
    const wrapper = mountLevers()
    const store = useScenarioStore()
    const india = control(wrapper, 'India')
    await india.setValue(false)
    expect(store.membershipYear('IND')).toBeNull()
    await india.setValue(true)
    expect(store.membershipYear('IND')).toBe(2017)
  })

  it('moves a member’s accession to a typed year, and refuses a year outside the run', async () => {
    const wrapper = mountLevers()
    const store = useScenarioStore()
    const year = control(wrapper, 'Iran: year of accession')
    await year.setValue('2019')
    await year.trigger('change')
    expect(store.membershipYear('IRN')).toBe(2019)
    await year.setValue('1990')
    await year.trigger('change')
    expect(store.membershipYear('IRN')).toBe(2019)
    expect(year.attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('Type a whole number from 2001 to 2035.')
  })

  it('applies a slider at once, on its input event', async () => {
    const wrapper = mountLevers()
    const store = useScenarioStore()
    const slider = control(wrapper, "Russia's resistance to Chinese-led economics")
    expect(slider.attributes('type')).toBe('range')
    await slider.setValue('1.5')
    expect(store.scenario.levers.russiaEconomicResistance).toBe(1.5)
    expect(wrapper.text()).toContain('1.50×')
  })

  it('shows a message for an invalid typed value and leaves the store alone', async () => {
    const wrapper = mountLevers()
    const store = useScenarioStore()
    const before = store.scenario
    const typed = control(wrapper, "Russia's resistance to Chinese-led economics: type a value")
    await typed.setValue('5')
    await typed.trigger('change')
    expect(store.scenario).toBe(before)
    expect(typed.attributes('aria-invalid')).toBe('true')
    const message = wrapper.find(`[id="${typed.attributes('aria-describedby')}"]`)
    expect(message.text()).toBe('Type a number from 0 to 2.')
  })

  it('applies a valid typed value and clears the message', async () => {
    const wrapper = mountLevers()
    const store = useScenarioStore()
    const typed = control(wrapper, 'Threat from Afghanistan: type a value')
    await typed.setValue('9')
    await typed.trigger('change')
    await typed.setValue('1.75')
    await typed.trigger('change')
    expect(store.scenario.levers.afghanThreat).toBe(1.75)
    expect(typed.attributes('aria-invalid')).toBeUndefined()
  })

  it('lists the claims behind a lever with their paraphrase and publications', () => {
    const wrapper = mountLevers()
    const sources = wrapper.findAll('details').find((d) => d.text().includes("for Russia's resistance to Chinese-led economics"))
    expect(sources?.findAll('li').map((li) => li.find('strong').text())).toEqual(['RU-02', 'RU-03', 'RU-06'])
    expect(sources?.find('cite').exists()).toBe(true)
  })

  it('switches the decision rule to a qualified majority with its options', async () => {
    const wrapper = mountLevers()
    const store = useScenarioStore()
    await control(wrapper, 'Qualified majority').setValue(true)
    expect(store.scenario.decisionRule).toEqual({ kind: 'qualified-majority', weighting: 'states', threshold: 0.67, unanimityForMembership: true })
    await control(wrapper, 'Majority counted by').setValue('population')
    await control(wrapper, 'Membership stays unanimous').setValue(false)
    expect(store.scenario.decisionRule).toEqual({ kind: 'qualified-majority', weighting: 'population', threshold: 0.67, unanimityForMembership: false })
  })

  it('sets the last year of the run and the seed', async () => {
    const wrapper = mountLevers()
    const store = useScenarioStore()
    await control(wrapper, 'Last year of the run').setValue('2050')
    expect(store.scenario.endYear).toBe(2050)
    const seed = control(wrapper, 'Seed')
    await seed.setValue('42')
    await seed.trigger('change')
    expect(store.scenario.seed).toBe(42)
    await seed.setValue('-3')
    await seed.trigger('change')
    expect(store.scenario.seed).toBe(42)
    expect(seed.attributes('aria-invalid')).toBe('true')
  })
})
