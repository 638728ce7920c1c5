// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import type { SimulationResult } from '../../models/index'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import InitiativeTimeline from '../../src/components/InitiativeTimeline.vue'
import { createAppI18n } from '../../src/i18n/index'
import { useResultsStore } from '../../src/stores/results'
import { useScenarioStore } from '../../src/stores/scenario'

describe('InitiativeTimeline', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
  })

  it('gives every initiative a button named by its title and outcome, which selects it', async () => {
    const wrapper = mount(InitiativeTimeline, { global: { plugins: [createAppI18n()] } })
    const { result, initiativesById } = useResultsStore()
    const buttons = wrapper.findAll('ol button')
    expect(buttons).toHaveLength(result.initiatives.length)

    const first = result.initiatives[0]
    if (!first) throw new Error('the agenda is empty')
    const title = initiativesById.get(first.id)?.title ?? first.id
    const button = buttons.find((b) => b.attributes('aria-label')?.startsWith(`${title}: `))
    expect(button?.attributes('aria-label')).toMatch(/: (Adopted|Adopted with reservations|Diluted|Delayed|Vetoed)\. Proposed \d{4}; /)
    await button?.trigger('click')
    expect(useScenarioStore().selectedInitiativeId).toBe(first.id)
    expect(button?.attributes('aria-current')).toBe('true')
  })

  it('shows the same initiatives as a table on request', async () => {
    const wrapper = mount(InitiativeTimeline, { global: { plugins: [createAppI18n()] } })
    await wrapper.findAll('button').find((b) => b.text() === 'Show as table')?.trigger('click')
    const table = wrapper.find('table')
    expect(table.find('caption').text()).toBe('Initiatives: year proposed, year decided, outcome')
    expect(table.findAll('th[scope="col"]').map((th) => th.text())).toEqual(['Initiative', 'Proposed', 'Decided', 'Outcome'])
    expect(table.findAll('tbody th[scope="row"]')).toHaveLength(useResultsStore().result.initiatives.length)
  })

  // Rows are memoised on their row object and on being selected: these fail if either is left out.
  it('moves the selection from row to row', async () => {
    const wrapper = mount(InitiativeTimeline, { global: { plugins: [createAppI18n()] } })
    const buttons = wrapper.findAll('ol button')
    await buttons[0]?.trigger('click')
    await buttons[1]?.trigger('click')
    expect(buttons[0]?.attributes('aria-current')).toBeUndefined()
    expect(buttons[0]?.classes()).not.toContain('selected')
    expect(buttons[1]?.attributes('aria-current')).toBe('true')
    expect(buttons[1]?.classes()).toContain('selected')
  })

  it('redraws the row of an initiative whose fate a new run changed, and only its words and bar', async () => {
    const wrapper = mount(InitiativeTimeline, { global: { plugins: [createAppI18n()] } })
    const results = useResultsStore()
    const adopted = results.result.initiatives.find((i) => i.outcome === 'adopted')
    if (!adopted) throw new Error('no adopted initiative in the baseline run')
    const title = results.initiativesById.get(adopted.id)?.title ?? adopted.id
    const row = () => wrapper.findAll('ol button').find((b) => b.attributes('aria-label')?.startsWith(`${title}: `))
    const otherLabels = () => wrapper.findAll('ol button').filter((b) => b.element !== row()?.element).map((b) => b.attributes('aria-label'))
    const before = otherLabels()
    expect(row()?.find('.timeline-bar').classes()).toContain('fill-adopted')

    const vetoed: SimulationResult = {
      ...results.result,
      initiatives: results.result.initiatives.map((i) => (i.id === adopted.id ? { ...i, outcome: 'vetoed', yearDecided: null } : i)),
    }
    results.result = vetoed
    await wrapper.vm.$nextTick()
    expect(row()?.attributes('aria-label')).toMatch(/: Vetoed\./)
    expect(row()?.find('.timeline-bar').classes()).toEqual(expect.arrayContaining(['fill-vetoed', 'end-vetoed']))
    expect(otherLabels()).toEqual(before)
  })
})
