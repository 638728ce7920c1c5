// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ThePresentation from '../../src/views/ThePresentation.vue'
import { createAppI18n } from '../../src/i18n/index'
import { projectLessonContext, shippedLessons } from '../../src/lessons/shipped'
import { deckFromLesson } from '../../src/present/deck'
import { usePresentationStore } from '../../src/stores/presentation'

const lesson = shippedLessons().find((l) => l.id === 'sco-bank')
if (!lesson) throw new Error('sco-bank missing')
let wrapper: VueWrapper

const press = async (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }))
  await flushPromises()
}
const heading = () => wrapper.find('.presentation h2').text()
const live = () => wrapper.find('[aria-live="polite"]').text()

describe('presenting with the keyboard', () => {
  beforeEach(async () => {
    localStorage.clear()
    setActivePinia(createPinia())
    usePresentationStore().start(deckFromLesson(lesson, projectLessonContext()))
    wrapper = mount(ThePresentation, {
      global: { plugins: [createAppI18n()], stubs: { BaseChartCanvas: { props: ['summary'], template: '<canvas role="img" :aria-label="summary" />' } } },
      attachTo: document.body,
    })
    await flushPromises()
  })
  afterEach(() => wrapper.unmount())

  it('opens on the lesson’s title slide, labelled as a presentation', () => {
    expect(wrapper.find('.presentation').attributes('aria-label')).toBe(`Presentation: ${lesson.title}`)
    expect(wrapper.find('.presentation').attributes('aria-modal')).toBe('true')
    expect(heading()).toBe(lesson.title)
    expect(wrapper.text()).toContain('5 scenarios, then questions for discussion.')
  })

  it('steps forward with →, Page Down and Space, and back with ← and Page Up', async () => {
    await press('ArrowRight')
    expect(heading()).toBe(lesson.steps[0]?.title)
    expect(live()).toBe(`Slide 2 of 7: ${lesson.steps[0]?.title}.`)
    await press('PageDown')
    expect(heading()).toBe(lesson.steps[1]?.title)
    // The second step reveals its comparison before moving on.
    await press(' ')
    expect(heading()).toBe(lesson.steps[1]?.title)
    expect(live()).toContain('Showing the comparison with the previous slide.')
    expect(wrapper.find('.slide-figure-previous').exists()).toBe(true)
    expect(wrapper.find('canvas[role="img"]').attributes('aria-label')).toMatch(/Previous slide, “History: a bank that stayed on paper”/)
    await press('ArrowLeft')
    expect(wrapper.find('.slide-figure-previous').exists()).toBe(false)
    await press('PageUp')
    expect(heading()).toBe(lesson.steps[0]?.title)
  })

  it('jumps to the end and the start with End and Home', async () => {
    await press('End')
    expect(heading()).toBe('Questions for discussion')
    expect(wrapper.findAll('.slide-question-list li').map((li) => li.text())).toEqual(lesson.questions)
    await press('Home')
    expect(heading()).toBe(lesson.title)
  })

  it('shows the watched outcomes and the author’s takeaway on a scenario slide', async () => {
    await press('ArrowRight')
    expect(wrapper.find('.slide-takeaway-text').text()).toBe(lesson.steps[0]?.takeaway)
    const items = wrapper.findAll('.slide-outcome').map((li) => li.text())
    expect(items[0]).toMatch(/^SCO Development Fund financed by member governments\s*Vetoed/)
    expect(items).toHaveLength(4)
  })

  it('lets the teacher rewrite the takeaway without the keys moving the slides', async () => {
    await press('ArrowRight')
    await press('e')
    const input = wrapper.find('.slide-takeaway-form input')
    expect(input.exists()).toBe(true)
    expect(document.activeElement).toBe(input.element)
    await input.setValue('Russia would not pay for a bank China would run.')
    await press('ArrowRight', {}, input.element)
    expect(heading()).toBe(lesson.steps[0]?.title)
    await wrapper.find('.slide-takeaway-form').trigger('submit')
    expect(wrapper.find('.slide-takeaway-text').text()).toBe('Russia would not pay for a bank China would run.')
    expect(usePresentationStore().takeaways['step-1']).toBe('Russia would not pay for a bank China would run.')
    // Kept for the next time this lesson is presented.
    expect(localStorage.getItem('sco-scenario-lab:takeaways')).toContain('Russia would not pay')
  })

  it('toggles the comparison with C, the QR code with Q, and the table with T', async () => {
    await press('ArrowRight')
    await press('ArrowRight')
    await press('c')
    expect(usePresentationStore().comparing).toBe(true)
    await press('c')
    expect(usePresentationStore().comparing).toBe(false)
    await press('q')
    expect(wrapper.find('.presentation-qr').exists()).toBe(true)
    await press('t')
    expect(wrapper.find('.slide-chart table').exists()).toBe(true)
    expect(wrapper.find('.slide-chart canvas').exists()).toBe(false)
  })

  it('leaves with Escape', async () => {
    await press('ArrowRight')
    await press('Escape')
    expect(usePresentationStore().active).toBe(false)
  })

  it('keeps Tab inside the presentation', async () => {
    const buttons = wrapper.findAll<HTMLButtonElement>('button:not([disabled])')
    const first = buttons[0]?.element
    const last = buttons[buttons.length - 1]?.element
    last?.focus()
    await press('Tab', {}, last)
    expect(document.activeElement).toBe(first)
    await press('Tab', { shiftKey: true }, first)
    expect(document.activeElement).toBe(last)
    expect(last?.textContent).toBe('Exit')
  })

  it('leaves keys with Ctrl to the browser', async () => {
    await press('ArrowRight', { ctrlKey: true })
    expect(heading()).toBe(lesson.title)
  })
})
