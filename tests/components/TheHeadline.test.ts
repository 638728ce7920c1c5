// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import TheHeadline from '../../src/components/TheHeadline.vue'
import { createAppI18n } from '../../src/i18n'
import { useResultsStore } from '../../src/stores/results'
import { useScenarioStore } from '../../src/stores/scenario'

describe('TheHeadline', () => {
  it('shows cohesion in the last year beside the baseline, and follows the run', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const wrapper = mount(TheHeadline, { global: { plugins: [pinia, createAppI18n()] } })
    const results = useResultsStore()
    const last = () => results.result.years[results.result.years.length - 1]
    const base = results.baseline.years[results.baseline.years.length - 1]
    expect(wrapper.get('.headline-label').text()).toBe(`Cohesion in ${last()?.year}`)
    expect(wrapper.get('.headline-value').text()).toBe((last()?.cohesion ?? 0).toFixed(1))
    expect(wrapper.get('.headline-baseline').text()).toBe(`baseline ${(base?.cohesion ?? 0).toFixed(1)}`)

    const before = wrapper.get('.headline-value').text()
    useScenarioStore().setLever('chinaAttention', 0)
    await flushPromises()
    expect(wrapper.get('.headline-value').text()).toBe((last()?.cohesion ?? 0).toFixed(1))
    expect(wrapper.get('.headline-value').text()).not.toBe(before)
  })
})
