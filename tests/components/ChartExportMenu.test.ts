// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import BaseChartFrame from '../../src/components/BaseChartFrame.vue'
import type { ChartExportRequest } from '../../src/export/chart-export'
import { provideExportProvenance } from '../../src/export/provenance'
import { createAppI18n } from '../../src/i18n/index'

const requests = vi.hoisted(() => [] as ChartExportRequest[])
vi.mock('../../src/export/chart-export', () => ({
  exportChart: async (request: ChartExportRequest) => {
    requests.push(request)
    if (request.format === 'svg') throw new Error('no image')
    return `cohesion.${request.format}`
  },
}))

const table = () => ({ caption: 'Cohesion', columns: ['Year', 'Cohesion'], rows: [{ header: '2001', cells: ['50.0'] }] })
let wrapper: VueWrapper

function mountFrame(withCanvas: boolean, provided = true) {
  const Host = defineComponent({
    setup() {
      if (provided) provideExportProvenance(() => ({ scenario: 'Rift', seed: 7, modelVersion: '9.9' }))
      return () => h(BaseChartFrame, { title: 'Cohesion over time', units: 'Index', table }, () => (withCanvas ? h('canvas') : h('ul')))
    },
  })
  wrapper = mount(Host, { global: { plugins: [createAppI18n()] }, attachTo: document.body })
}
async function open() {
  const details = wrapper.find('details')
  ;(details.element as HTMLDetailsElement).open = true
  await details.trigger('toggle')
}
const buttons = () => wrapper.findAll('.chart-export button').map((b) => b.text())

afterEach(() => {
  requests.length = 0
  wrapper.unmount()
})

describe('chart downloads', () => {
  it('offer PNG, SVG and CSV for a chart on a canvas, named for the chart', async () => {
    mountFrame(true)
    expect(wrapper.find('summary').text()).toBe('Download Cohesion over time')
    await open()
    expect(buttons()).toEqual(['PNG image', 'SVG image', 'CSV data'])
    expect(wrapper.find('[role="group"]').attributes('aria-label')).toBe('Download Cohesion over time')
  })

  it('offer only CSV for a frame drawn without a canvas', async () => {
    mountFrame(false)
    await open()
    expect(buttons()).toEqual(['CSV data'])
  })

  it('export with the provided scenario, seed and model version, and say what was saved', async () => {
    mountFrame(true)
    await open()
    await wrapper.findAll('.chart-export button')[2]!.trigger('click')
    await flushPromises()
    expect(requests).toHaveLength(1)
    const request = requests[0]!
    expect(request).toMatchObject({ format: 'csv', title: 'Cohesion over time', units: 'Index', provenance: { scenario: 'Rift', seed: 7, modelVersion: '9.9' } })
    expect(request.notes).toEqual(['Scenario: Rift · seed 7 · model 9.9'])
    expect(request.container.querySelector('canvas')).not.toBeNull()
    expect(request.table()).toEqual(table())
    expect(wrapper.find('.chart-export [role="status"]').text()).toBe('Saved cohesion.csv.')
  })

  it('say why when a file could not be made', async () => {
    mountFrame(true)
    await open()
    await wrapper.findAll('.chart-export button')[1]!.trigger('click')
    await flushPromises()
    expect(wrapper.find('.chart-export [role="status"]').text()).toBe('The file could not be made: no image')
  })

  it('keep the frame’s table toggle working as before', async () => {
    mountFrame(true, false)
    await wrapper.find('.chart-frame-toggle').trigger('click')
    expect(wrapper.find('table caption').text()).toBe('Cohesion')
  })
})
