// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
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
})
