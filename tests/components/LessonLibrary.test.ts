// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import LessonLibrary from '../../src/components/LessonLibrary.vue'
import { createAppI18n } from '../../src/i18n/index'
import { LESSONS_KEY } from '../../src/lessons/storage'
import { useLessonsStore } from '../../src/stores/lessons'
import { useRunsStore } from '../../src/stores/runs'
import { useScenarioStore } from '../../src/stores/scenario'

let wrapper: VueWrapper

beforeAll(() => {
  // jsdom has no modal dialogs: open and close them as a browser would, without the top layer.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})

const button = (name: string, within: VueWrapper | DOMWrapper<Element> = wrapper) => {
  const found = (within.findAll('button') as DOMWrapper<HTMLButtonElement>[]).find((b) => b.text() === name)
  if (!found) throw new Error(`no button "${name}"`)
  return found
}
const item = (title: string) => {
  const found = wrapper.findAll('.lesson-library-item').find((li) => li.find('h4').text() === title)
  if (!found) throw new Error(`no lesson "${title}"`)
  return found
}
const storedLessons = () => (JSON.parse(localStorage.getItem(LESSONS_KEY) ?? '{"lessons":[]}') as { lessons: { title: string; steps: { title: string; notes: string; takeaway: string }[]; questions: string[] }[] }).lessons

async function pinTwoRuns(): Promise<void> {
  const scenario = useScenarioStore()
  const runs = useRunsStore()
  scenario.loadPreset('russia-china-rift')
  runs.pin('The rift')
  scenario.loadPreset('qualified-majority')
  runs.pin('Majority voting')
  await flushPromises()
}

describe('the lessons dialog', () => {
  beforeEach(async () => {
    localStorage.clear()
    setActivePinia(createPinia())
    useLessonsStore().load()
    wrapper = mount(LessonLibrary, { global: { plugins: [createAppI18n()] }, attachTo: document.body })
    await (wrapper.vm as unknown as { show: () => Promise<void> }).show()
  })
  afterEach(() => wrapper.unmount())

  it('lists the lessons that ship, and asks for pinned runs before saving one', () => {
    expect(wrapper.findAll('.lesson-library-item h4').map((h) => h.text())).toEqual(['Why the SCO never built its bank', 'What enlargement did to consensus', 'Central Asia between Russia and China'])
    expect(wrapper.text()).toContain('Pin runs on the dashboard first')
  })

  it('saves the pinned runs as a lesson, one step per run in order, kept in the browser', async () => {
    await pinTwoRuns()
    const title = wrapper.find('.lesson-library-save input')
    await title.setValue('Rift or majority?')
    await wrapper.find('.lesson-library-save form').trigger('submit')
    expect(wrapper.find('[role="status"]').text()).toBe('Saved “Rift or majority?”. Edit it to add notes and questions.')
    expect(item('Rift or majority?').text()).toContain('yours')
    const [saved] = storedLessons()
    expect(saved?.steps.map((s) => s.title)).toEqual(['The rift', 'Majority voting'])
  })

  it('edits a lesson’s notes and questions, and saves them only when valid', async () => {
    await pinTwoRuns()
    await wrapper.find('.lesson-library-save input').setValue('Rift or majority?')
    await wrapper.find('.lesson-library-save form').trigger('submit')
    await button('Edit', item('Rift or majority?')).trigger('click')

    const editor = wrapper.find('.lesson-editor')
    await editor.find('textarea[id$="-s0-notes"]').setValue('Ask who gains from the rift.')
    await editor.find('input[id$="-s1-takeaway"]').setValue('A majority builds the bank.')
    await editor.find('textarea[id$="-questions"]').setValue('Who pays?\n\nWho decides?')
    await editor.find('input[id$="-name"]').setValue('   ')
    await editor.trigger('submit')
    // An empty title is refused, naming the field, and nothing is saved.
    expect(wrapper.find('.lesson-editor-errors').text()).toContain('title must not be empty')
    expect(storedLessons()[0]?.steps[0]?.notes).toBe('')

    await editor.find('input[id$="-name"]').setValue('Rift or majority, with notes')
    await editor.trigger('submit')
    expect(wrapper.find('.lesson-editor').exists()).toBe(false)
    const [saved] = storedLessons()
    expect(saved?.title).toBe('Rift or majority, with notes')
    expect(saved?.steps[0]?.notes).toBe('Ask who gains from the rift.')
    expect(saved?.steps[1]?.takeaway).toBe('A majority builds the bank.')
    expect(saved?.questions).toEqual(['Who pays?', 'Who decides?'])
  })

  it('copies a shipped lesson to edit it, leaving the original', async () => {
    await button('Copy to edit', item('Central Asia between Russia and China')).trigger('click')
    expect(wrapper.find('.lesson-editor h3').text()).toBe('Edit “Central Asia between Russia and China (copy)”')
    expect(storedLessons().map((l) => l.title)).toEqual(['Central Asia between Russia and China (copy)'])
    expect(useLessonsStore().shipped.find((l) => l.id === 'central-asia')?.title).toBe('Central Asia between Russia and China')
  })

  it('exports a lesson as a JSON file', async () => {
    const created: Blob[] = []
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob)
      return 'blob:lesson'
    })
    // jsdom has no object URLs: stand in for them for this test only.
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }
    URL.createObjectURL = createObjectURL
    URL.revokeObjectURL = vi.fn()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    await button('Export file', item('Why the SCO never built its bank')).trigger('click')
    expect(click).toHaveBeenCalled()
    const text = await created[0]?.text()
    expect(JSON.parse(text ?? '{}')).toMatchObject({ schemaVersion: 1, id: 'sco-bank', title: 'Why the SCO never built its bank' })
    expect(wrapper.find('[role="status"]').text()).toBe('Saved as why-the-sco-never-built-its-bank.lesson.json.')
    click.mockRestore()
    URL.createObjectURL = saved.create
    URL.revokeObjectURL = saved.revoke
  })

  it('imports a lesson file, and refuses a bad one with every problem and its field', async () => {
    const input = wrapper.find('input[type="file"]')
    const upload = async (text: string) => {
      Object.defineProperty(input.element, 'files', { value: [new File([text], 'lesson.json', { type: 'application/json' })], configurable: true })
      await input.trigger('change')
      await flushPromises()
    }
    await upload(JSON.stringify({ schemaVersion: 1, id: 'x', title: '', summary: '', steps: [{ title: 'A', scenario: { preset: 'nope' }, takeaway: '', notes: '', claims: ['RU-77'] }], questions: [] }))
    const errors = wrapper.find('[role="alert"]')
    expect(errors.text()).toContain('This file is not a lesson this app can open')
    expect(errors.findAll('li').map((li) => li.find('code').text()).sort()).toEqual(['steps[0].claims[0]', 'steps[0].scenario.preset', 'title'])
    expect(storedLessons()).toEqual([])

    await upload('this is not json')
    expect(wrapper.find('[role="alert"] li').text()).toMatch(/^file is not JSON/)

    await upload(JSON.stringify({ schemaVersion: 1, id: 'sco-bank', title: 'A friend’s lesson', summary: '', steps: [{ title: 'History', scenario: {}, takeaway: '', notes: '', claims: [] }], questions: ['Why?'] }))
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.find('[role="status"]').text()).toBe('Imported “A friend’s lesson”.')
    // Its id clashed with a shipped lesson, so it was given another.
    expect(item('A friend’s lesson').exists()).toBe(true)
    expect(useLessonsStore().mine[0]?.id).toBe('sco-bank-2')
  })
})
