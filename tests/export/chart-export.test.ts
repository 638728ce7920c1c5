// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadProjectData, MODEL_VERSION, simulate } from '../../models/index'
import { cohesionOptions, cohesionTable, cohesionView } from '../../src/charts/cohesion-series'
import { memberOptions, memberTable, memberView } from '../../src/charts/member-series'
import { outcomeOptions, outcomeView } from '../../src/charts/outcome-series'
import { chartCsv, chartPng, specFromChart, type ChartLike } from '../../src/export/chart-export'
import { text } from '../charts/fixtures'

const data = loadProjectData()
const result = simulate(data.baseline, data)
const provenance = { scenario: 'History as it happened', seed: 20010615, modelVersion: MODEL_VERSION, extra: { link: 'http://localhost/#v1=abc' } }

const chartOf = (type: string, view: { data: unknown }, options: unknown): ChartLike => ({ config: { type }, data: view.data as ChartLike['data'], options: options as ChartLike['options'] })

describe('specFromChart', () => {
  it('reads a line chart: labels, each series with its colour and dash, axis titles and range', () => {
    const view = cohesionView(result, result, text)
    const spec = specFromChart(chartOf('line', view, cohesionOptions(text)), 'Cohesion over time', 'Index', ['note'])
    expect(spec).toMatchObject({ kind: 'line', title: 'Cohesion over time', units: 'Index', min: 0, max: 100, categoryTitle: 'Year', valueTitle: 'Index (0–100)', horizontal: false, notes: ['note'] })
    expect(spec.labels).toEqual(view.data.labels)
    expect(spec.series.map((s) => s.label)).toEqual(view.data.datasets.map((d) => d.label))
    expect(spec.series.at(-1)).toMatchObject({ colour: view.data.datasets.at(-1)?.borderColor, dash: [8, 5] })
    expect(spec.series[0]?.values).toEqual(result.years.map((y) => y.cohesion))
  })

  it('reads stacked bars, taking the outline colour where the fill is a pattern', () => {
    const pattern = {} as CanvasPattern
    const view = outcomeView(result, text, () => pattern)
    const spec = specFromChart(chartOf('bar', view, outcomeOptions(text)), 'Outcomes', '', [])
    expect(spec.kind).toBe('bar')
    expect(spec.stacked).toBe(true)
    expect(spec.series.map((s) => s.colour)).toEqual(view.data.datasets.map((d) => d.borderColor))
  })

  it('reads horizontal bars: categories on the vertical axis', () => {
    const view = memberView(result, text)
    const spec = specFromChart(chartOf('bar', view, memberOptions(text)), 'Members', '', [])
    expect(spec.horizontal).toBe(true)
    expect(spec.labels).toEqual(view.data.labels)
  })
})

describe('chartCsv', () => {
  it('writes the series as numbers, one row per year, under the scenario, seed and model version', () => {
    const view = cohesionView(result, result, text)
    const csv = chartCsv(chartOf('line', view, cohesionOptions(text)), cohesionTable(result, result, text), provenance)
    const lines = csv.trimEnd().split('\r\n')
    expect(lines.slice(0, 4)).toEqual([`# scenario: History as it happened`, `# seed: 20010615`, `# model version: ${MODEL_VERSION}`, '# link: http://localhost/#v1=abc'])
    expect(lines[4]).toBe(['Year', ...view.data.datasets.map((d) => d.label)].join(','))
    expect(lines).toHaveLength(5 + result.years.length)
    const first = result.years[0]!
    expect(lines[5]).toBe(
      [first.year, first.cohesion, first.parts.convergence, first.parts.throughput, first.parts.room, first.cohesion].map((v) => String(Math.round(v * 1000) / 1000)).join(','),
    )
  })

  it('exports the table of a frame drawn without a canvas (the timeline)', () => {
    const table = memberTable(result, text)
    const lines = chartCsv(null, table, provenance).trimEnd().split('\r\n')
    expect(lines[4]).toBe(table.columns.join(','))
    expect(lines).toHaveLength(5 + table.rows.length)
  })
})

describe('chartPng', () => {
  afterEach(() => vi.restoreAllMocks())

  it('draws the chart on white with its title above and the notes below', async () => {
    const calls: string[] = []
    const ctx = {
      fillStyle: '',
      font: '',
      textBaseline: '',
      fillRect: () => calls.push(`fillRect ${ctx.fillStyle}`),
      fillText: (t: string) => calls.push(`text ${t}`),
      drawImage: () => calls.push('image'),
    }
    const made: HTMLCanvasElement[] = []
    const create = document.createElement.bind(document)
    vi.spyOn(document, 'createElement').mockImplementation((tag: string) => {
      const el = create(tag)
      if (tag === 'canvas') {
        Object.assign(el, { getContext: () => ctx, toBlob: (cb: BlobCallback, type: string) => cb(new Blob(['png'], { type })) })
        made.push(el as HTMLCanvasElement)
      }
      return el
    })
    const source = create('canvas')
    source.width = 800
    source.height = 400
    const blob = await chartPng(source, 'Cohesion by run', ['Scenario: A · seed 7'], document)
    expect(blob.type).toBe('image/png')
    expect(calls).toEqual(['fillRect #ffffff', 'text Cohesion by run', 'image', 'text Scenario: A · seed 7'])
    expect(made[0]!.width).toBeGreaterThan(800)
    expect(made[0]!.height).toBeGreaterThan(400)
  })
})
