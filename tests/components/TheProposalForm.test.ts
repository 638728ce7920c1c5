// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import TheProposalForm from '../../src/components/TheProposalForm.vue'
import { idFromTitle } from '../../src/composables/useProposal'
import { createAppI18n } from '../../src/i18n'
import { useScenarioStore } from '../../src/stores/scenario'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

function mountForm() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useScenarioStore()
  wrapper = mount(TheProposalForm, { global: { plugins: [pinia, createAppI18n()] }, attachTo: document.body })
  return { wrapper, store }
}

/** Find a control by its label's text. */
function control(w: VueWrapper, label: string) {
  const element = w.findAll('label').find((l) => l.text().startsWith(label))
  const id = element?.attributes('for')
  if (!id) throw new Error(`no label ${label}`)
  return w.get(`[id="${id}"]`)
}

async function importFile(w: VueWrapper, content: string): Promise<void> {
  const input = control(w, 'Initiative file')
  const file = new File([content], 'initiatives.json', { type: 'application/json' })
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await vi.waitFor(() => expect(w.get('.proposal-import-status').text()).not.toBe(''))
}

const bank = {
  id: 'my-bank',
  title: 'My bank',
  yearProposed: 2012,
  domain: 'economic',
  form: 'institution',
  champions: ['CHN'],
  features: {
    bindingness: 0.8,
    pooledFunding: 0.9,
    leadPower: 'CHN',
    militaryComponent: 0,
    antiWesternSignal: 0.1,
    sovereigntyCost: 0.3,
    territorialNorm: 0,
    bilateralDispute: null,
    overlaps: ['EDB'],
    regionalFocus: 'central-asia',
  },
}

describe('TheProposalForm', () => {
  it('shows an invalid bindingness next to its field and adds nothing', async () => {
    const { wrapper, store } = mountForm()
    await control(wrapper, 'Title').setValue('Binding bank')
    const bindingness = control(wrapper, 'Bindingness')
    await bindingness.setValue('1.5')
    await bindingness.trigger('change')
    expect(bindingness.attributes('aria-invalid')).toBe('true')
    const errorId = bindingness.attributes('aria-describedby')?.split(' ').find((id) => id.endsWith('-error'))
    expect(errorId).toBeDefined()
    const error = wrapper.get(`[id="${errorId}"]`)
    expect(error.text()).toMatch(/^Error: .*1/)
    // The error sits in the bindingness field, not elsewhere.
    expect(error.element.closest('.proposal-field')?.contains(bindingness.element)).toBe(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(store.customInitiatives).toEqual([])
    expect(wrapper.text()).toContain('Fix 1 problem(s)')
    expect(document.activeElement).toBe(bindingness.element)
  })

  it('previews the members’ reactions and adds a valid draft to the agenda, selected', async () => {
    const { wrapper, store } = mountForm()
    await control(wrapper, 'Title').setValue('Common SCO bank')
    await control(wrapper, 'Pooled funding').setValue('0.9')
    await control(wrapper, 'Bindingness').setValue('0.8')
    await control(wrapper, 'Lead power').setValue('CHN')
    const reactions = wrapper.get('.proposal-reactions-panel')
    expect(reactions.text()).toContain('In the current scenario:')
    const russia = reactions.findAll('tbody tr').find((row) => row.text().startsWith('Russia'))
    expect(russia?.text()).toContain('Objects')
    expect(russia?.text()).toContain('Common government money')
    // Lowering the money changes the preview as the user edits.
    const before = russia?.text()
    await control(wrapper, 'Pooled funding').setValue('0')
    const after = wrapper.get('.proposal-reactions-panel').findAll('tbody tr').find((row) => row.text().startsWith('Russia'))?.text()
    expect(after).not.toBe(before)

    await wrapper.get('form').trigger('submit')
    expect(store.customInitiatives.map((i) => i.id)).toEqual(['common-sco-bank'])
    expect(store.agenda.some((i) => i.id === 'common-sco-bank')).toBe(true)
    expect(store.selectedInitiativeId).toBe('common-sco-bank')
    expect(wrapper.get('.proposal-mine').text()).toContain('Common SCO bank')
    await wrapper.findAll('.proposal-mine button').find((b) => b.text() === 'Remove')!.trigger('click')
    expect(store.customInitiatives).toEqual([])
  })

  it('lists the field paths of a bad import and adds nothing', async () => {
    const { wrapper, store } = mountForm()
    const bad = [bank, { ...bank, id: 'Bad Id', features: { ...bank.features, bindingness: 2 } }]
    await importFile(wrapper, JSON.stringify(bad))
    const status = wrapper.get('.proposal-import-status').text()
    expect(status).toContain('[1].id')
    expect(status).toContain('[1].features.bindingness')
    expect(store.customInitiatives).toEqual([])

    await importFile(wrapper, JSON.stringify({ ...bank, features: { ...bank.features, overlaps: ['NATO'] } }))
    expect(wrapper.get('.proposal-import-status').text()).toContain('features.overlaps[0]')
    expect(store.customInitiatives).toEqual([])

    await importFile(wrapper, '{ not json')
    expect(wrapper.get('.proposal-import-status').text()).toContain('not valid JSON')
    expect(store.customInitiatives).toEqual([])
  })

  it('imports a valid file and shows a hostile title as text', async () => {
    const { wrapper, store } = mountForm()
    const title = '<img src=x onerror=alert(1)>'
    await importFile(wrapper, JSON.stringify({ ...bank, title }))
    expect(store.customInitiatives.map((i) => i.title)).toEqual([title])
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('.proposal-mine').text()).toContain(title)
    expect(wrapper.get('.proposal-import-status').text()).toContain(title)

    // Typed into the form, the same title is text too, and gets a kebab-case id.
    await control(wrapper, 'Title').setValue(title)
    await wrapper.get('form').trigger('submit')
    expect(store.customInitiatives.map((i) => i.id)).toEqual(['my-bank', 'img-src-x-onerror-alert-1'])
    expect(wrapper.find('img').exists()).toBe(false)
  })

  it('makes unique kebab-case ids from titles', () => {
    expect(idFromTitle('Développement — Bank!', new Set())).toBe('developpement-bank')
    expect(idFromTitle('Bank', new Set(['bank', 'bank-2']))).toBe('bank-3')
    expect(idFromTitle('???', new Set())).toBe('initiative')
  })
})
