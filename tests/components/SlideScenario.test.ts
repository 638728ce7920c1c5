// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { loadProjectData, scenarioFor } from '../../models/index'
import SlideScenario from '../../src/components/SlideScenario.vue'
import { createAppI18n } from '../../src/i18n/index'
import { deckFromRuns } from '../../src/present/deck'
import { baselineResult, buildSlides, outcomeChanges, type ScenarioSlide } from '../../src/present/slides'

const data = loadProjectData()
const preset = (id: string) => {
  const s = scenarioFor(id, data)
  if (!s) throw new Error(`no preset ${id}`)
  return s
}
const deck = deckFromRuns(
  [
    { id: 'run-1', name: 'Russia–China rift', scenario: preset('russia-china-rift'), presetId: 'russia-china-rift' },
    { id: 'run-2', name: 'Without India & Pakistan <b>', scenario: preset('no-2017-enlargement'), presetId: 'no-2017-enlargement' },
  ],
  { scenario: data.baseline, presetId: 'baseline', title: 'History' },
  data.baseline,
  'Pinned runs',
)
const [rift, noEnlargement] = buildSlides(deck, data) as ScenarioSlide[]
const stubs = { BaseChartCanvas: { props: ['summary'], template: '<canvas role="img" :aria-label="summary" />' } }
const render = (props: { slide: ScenarioSlide; comparing?: boolean; takeaway?: string | null }) =>
  mount(SlideScenario, { props: { comparing: false, takeaway: null, ...props }, global: { plugins: [createAppI18n()], stubs } })

describe('a scenario slide', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('shows the run’s name as text, its settings in words and the final cohesion', () => {
    const wrapper = render({ slide: noEnlargement! })
    expect(wrapper.find('h2').text()).toBe('Without India & Pakistan <b>')
    expect(wrapper.find('h2 b').exists()).toBe(false)
    expect(wrapper.find('.slide-settings').text()).toBe('India never joins · Pakistan never joins')
    const last = noEnlargement!.result.years[noEnlargement!.result.years.length - 1]
    expect(wrapper.find('.slide-figure-value').text()).toBe(last?.cohesion.toFixed(1))
  })

  it('writes a takeaway from the results when none was given, and shows an edited one instead', () => {
    const generated = render({ slide: rift! }).find('.slide-takeaway-text').text()
    expect(generated).toMatch(/^Cohesion ends at \d+\.\d in 2035, (as in history|\d+\.\d (above|below) history); outcomes that differ: \d+\.$/)
    const count = outcomeChanges(baselineResult(data), rift!.result, data.initiatives).length
    expect(generated).toContain(`outcomes that differ: ${count}.`)
    // The same before and after revealing the comparison: it speaks of history.
    expect(render({ slide: noEnlargement!, comparing: true }).find('.slide-takeaway-text').text()).toBe(render({ slide: noEnlargement! }).find('.slide-takeaway-text').text())
    expect(render({ slide: rift!, takeaway: 'The buffer failed.' }).find('.slide-takeaway-text').text()).toBe('The buffer failed.')
  })

  it('lists the outcomes that differ from history, and from the previous slide once compared', () => {
    const alone = render({ slide: noEnlargement! })
    expect(alone.find('.slide-outcomes-heading').text()).toMatch(/^Outcomes unlike history: \d+$/)
    expect(alone.text()).toContain('India as a full member')
    expect(alone.text()).toContain('(history: adopted)')

    const compared = render({ slide: noEnlargement!, comparing: true })
    expect(compared.find('.slide-outcomes-heading').text()).toMatch(/^Outcomes unlike the previous slide: \d+$/)
    expect(compared.text()).toContain('(previous: ')
    expect(compared.find('.slide-figure-previous').exists()).toBe(true)
    expect(compared.find('canvas').attributes('aria-label')).toMatch(/^Cohesion, 2001–2035: .* Previous slide, “Russia–China rift”/)
  })
})
