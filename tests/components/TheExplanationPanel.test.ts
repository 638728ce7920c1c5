// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import TheExplanationPanel from '../../src/components/TheExplanationPanel.vue'
import { loadProjectData } from '../../models/index'
import { createAppI18n } from '../../src/i18n'
import { useScenarioStore } from '../../src/stores/scenario'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

function mountPanel(initiativeId: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useScenarioStore()
  store.select(initiativeId)
  wrapper = mount(TheExplanationPanel, { global: { plugins: [pinia, createAppI18n()] }, attachTo: document.body })
  return { wrapper, store }
}

describe('TheExplanationPanel', () => {
  it('names Russia as the blocker of the development bank, with the funding rule and its sources', () => {
    const { wrapper } = mountPanel('development-bank')
    const section = wrapper.get('section')
    const heading = wrapper.get('h2')
    expect(heading.text()).toBe('SCO Development Bank')
    expect(section.attributes('aria-labelledby')).toBe(heading.attributes('id'))
    expect(document.activeElement).toBe(heading.element)
    expect(section.text()).toContain('Vetoed')
    expect(section.text()).toContain('proposed in 2010')
    const blockers = wrapper.get('.blocker-reasons')
    expect(blockers.text()).toContain('Russia objects')
    expect(blockers.text()).toContain('Common government money')
    // The funding rule's claim RU-03 is shown with its paraphrase and publication.
    const ru03 = loadProjectData().sources.claims.find((c) => c.id === 'RU-03')
    expect(ru03).toBeDefined()
    expect(blockers.text()).toContain(ru03!.paraphrase)
    // Every member's stance is listed, Russia's as an objection.
    const russiaRow = wrapper.findAll('tbody tr').find((row) => row.text().includes('Russia'))
    expect(russiaRow?.text()).toContain('Objects')
  })

  it('offers the smallest lever move and applies it to the scenario', async () => {
    const { wrapper, store } = mountPanel('development-bank')
    expect(wrapper.get('.flip-status').text()).toBe('Searching…')
    // Russia's resistance to Chinese-led economics is what stops the bank (RU-02, RU-03): lowering it is the move.
    const move = /^Lower Russia's resistance to Chinese-led economics from 1\.00 to (\d\.\d\d): the initiative is adopted\b.* in (\d{4})\.$/
    await vi.waitFor(() => expect(wrapper.get('.flip-status').text()).toMatch(move), { timeout: 15_000, interval: 50 })
    const [, target, year] = move.exec(wrapper.get('.flip-status').text()) ?? []
    const apply = wrapper.findAll('button').find((b) => b.text() === 'Apply this change')
    expect(apply).toBeDefined()
    await apply!.trigger('click')
    await flushPromises()
    expect(store.scenario.levers.russiaEconomicResistance).toBe(Number(target))
    expect(wrapper.get('.explanation-outcome').text()).toMatch(/^(Adopted|Adopted with reservations|Diluted)\b/)
    expect(wrapper.get('.explanation-outcome').text()).toContain(`in ${year}`)
    expect(wrapper.text()).not.toContain('Russia objects')
  })

  it('shows an earlier year of the history when picked', async () => {
    const { wrapper } = mountPanel('development-bank')
    const select = wrapper.get('select')
    const years = select.findAll('option').map((o) => o.element.value)
    expect(years.length).toBeGreaterThan(1)
    await select.setValue(years[0])
    expect(wrapper.text()).toContain(`How each member stands in ${years[0]}`)
  })

  it('closes with Escape', async () => {
    const { wrapper, store } = mountPanel('development-bank')
    await wrapper.get('section').trigger('keydown', { key: 'Escape' })
    expect(store.selectedInitiativeId).toBeNull()
  })
})
