// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, type PropType } from 'vue'
import type { ChartData } from 'chart.js'
import BaseChartCanvas from '../../src/components/BaseChartCanvas.vue'

type Data = ChartData<'line', number[], string>
const data = (...values: number[]): Data => ({ labels: values.map((_, i) => String(2001 + i)), datasets: [{ label: 'Cohesion', data: values }] })
type Options = { scales?: { y?: { title?: { text?: string } } } }
const axis = (text: string): Options => ({ scales: { y: { title: { text } } } })

// vue-chartjs's Chart, replaced by a canvas that shows the values and the axis title it was last given to draw.
vi.mock('vue-chartjs', () => ({
  Chart: defineComponent({
    props: { data: { type: Object as PropType<Data>, required: true }, options: { type: Object as PropType<Options>, required: true } },
    setup: (props) => () => h('canvas', { 'data-drawn': props.data.datasets[0]?.data.join(','), 'data-axis': props.options.scales?.y?.title?.text }),
  }),
}))

/** An IntersectionObserver the test moves in and out of view. */
let observed: Array<(entries: Array<{ isIntersecting: boolean }>) => void> = []
class FakeObserver {
  constructor(private readonly callback: (entries: Array<{ isIntersecting: boolean }>) => void) {}
  observe(): void {
    observed.push(this.callback)
  }
  disconnect(): void {}
}
const scroll = (inView: boolean): void => observed.forEach((report) => report([{ isIntersecting: inView }]))
const tasks = () => new Promise((resolve) => setTimeout(resolve, 20))

function mountChart(first: Data, options: Options = axis('Index')) {
  return mount(BaseChartCanvas, {
    props: { type: 'line', data: first as never, options: options as never, summary: 'Cohesion, first' },
  })
}

describe('BaseChartCanvas: redraws only what would change, and only in view', () => {
  beforeEach(() => {
    observed = []
    vi.stubGlobal('IntersectionObserver', FakeObserver)
  })
  afterEach(() => vi.unstubAllGlobals())

  it('redraws new data in a task of its own while in view', async () => {
    const wrapper = mountChart(data(1, 2))
    await wrapper.setProps({ data: data(1, 3) as never })
    await tasks()
    expect(wrapper.find('canvas').attributes('data-drawn')).toBe('1,3')
  })

  it('skips redraws while out of view, names the new data at once, and draws the latest on coming back', async () => {
    const wrapper = mountChart(data(1, 2))
    scroll(false)
    await wrapper.setProps({ data: data(1, 3) as never, summary: 'Cohesion, second' })
    await wrapper.setProps({ data: data(1, 4) as never, summary: 'Cohesion, third' })
    await tasks()
    expect(wrapper.find('canvas').attributes('data-drawn')).toBe('1,2')
    expect(wrapper.find('canvas').attributes('aria-label')).toBe('Cohesion, third')
    scroll(true)
    await tasks()
    expect(wrapper.find('canvas').attributes('data-drawn')).toBe('1,4')
  })

  it('draws the latest data before the page is printed, even out of view', async () => {
    const wrapper = mountChart(data(1, 2))
    scroll(false)
    await wrapper.setProps({ data: data(1, 5) as never })
    window.dispatchEvent(new Event('beforeprint'))
    await wrapper.vm.$nextTick()
    expect(wrapper.find('canvas').attributes('data-drawn')).toBe('1,5')
    wrapper.unmount()
  })

  it('does not redraw on coming back when nothing changed meanwhile', async () => {
    const wrapper = mountChart(data(1, 2))
    const canvas = wrapper.find('canvas').element
    scroll(false)
    await wrapper.setProps({ data: data(1, 2) as never })
    scroll(true)
    await tasks()
    expect(wrapper.find('canvas').element).toBe(canvas)
    expect(wrapper.find('canvas').attributes('data-drawn')).toBe('1,2')
  })

  it('applies new options in a task of its own, not in the change that brought them', async () => {
    const wrapper = mountChart(data(1, 2), axis('Index'))
    await wrapper.setProps({ options: axis('Share') as never })
    expect(wrapper.find('canvas').attributes('data-axis')).toBe('Index')
    await tasks()
    expect(wrapper.find('canvas').attributes('data-axis')).toBe('Share')
  })

  it('holds new options while out of view (a hidden section) and draws them with the data on coming back', async () => {
    const wrapper = mountChart(data(1, 2), axis('Index'))
    scroll(false)
    await wrapper.setProps({ options: axis('Share') as never })
    await wrapper.setProps({ data: data(1, 6) as never })
    await tasks()
    expect(wrapper.find('canvas').attributes('data-axis')).toBe('Index')
    expect(wrapper.find('canvas').attributes('data-drawn')).toBe('1,2')
    scroll(true)
    await tasks()
    expect(wrapper.find('canvas').attributes('data-axis')).toBe('Share')
    expect(wrapper.find('canvas').attributes('data-drawn')).toBe('1,6')
  })

  it('redraws on coming back when only the options changed meanwhile', async () => {
    const wrapper = mountChart(data(1, 2), axis('Index'))
    scroll(false)
    await wrapper.setProps({ options: axis('Share') as never })
    scroll(true)
    await tasks()
    expect(wrapper.find('canvas').attributes('data-axis')).toBe('Share')
  })
})
