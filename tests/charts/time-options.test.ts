import { describe, expect, it } from 'vitest'
import { cohesionOptions } from '../../src/charts/cohesion-series'
import { compareLineOptions } from '../../src/charts/compare-series'
import { fanOptions } from '../../src/charts/fan-series'
import { outcomeOptions } from '../../src/charts/outcome-series'
import { lineLegend } from '../../src/charts/time-options'
import { text } from './fixtures'

describe('charts over the years share one set of options', () => {
  it.each([
    { name: 'cohesion', options: cohesionOptions(text) },
    { name: 'outcomes', options: outcomeOptions(text) },
    { name: 'compare', options: compareLineOptions('cohesion', text) },
    { name: 'fan', options: fanOptions(text) },
  ])('$name: no animation, sorted years, tooltips per year, flat year labels', ({ options }) => {
    expect(options).toMatchObject({ animation: false, normalized: true, responsive: true, maintainAspectRatio: false, interaction: { mode: 'index', intersect: false } })
    expect(options.scales?.x).toMatchObject({ title: { display: true, text: text.t('charts.common.year') }, ticks: { maxRotation: 0, autoSkipPadding: 12 } })
  })

  it('lists line legends in series order, not drawing order', () => {
    const sort = lineLegend().labels.sort
    const items = [{ datasetIndex: 2 }, { datasetIndex: 0 }, { datasetIndex: 1 }] as Parameters<typeof sort>[0][]
    expect([...items].sort(sort).map((i) => i.datasetIndex)).toEqual([0, 1, 2])
  })
})
