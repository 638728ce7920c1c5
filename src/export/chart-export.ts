/**
 * Export a chart the way it is shown: as PNG (its canvas on white, with its title and where its
 * numbers come from), as SVG (redrawn from its series by `chart-svg.ts`) and as CSV (its series, with
 * the scenario, seed and model version in the file's header). The chart is found from the canvas
 * inside the frame, so every chart gets exports without passing its data twice. Loaded on demand:
 * it brings Chart.js, which the entry bundle leaves out.
 */
import { Chart } from 'chart.js'
import type { DataTable } from '../charts/chart-text'
import { toCsv, type CsvCell, type ExportProvenance } from './csv'
import { chartSvg, type SvgChartSpec, type SvgSeries } from './chart-svg'
import { downloadBlob, downloadText, fileStem } from './download'

/** Name an export format. */
export type ChartExportFormat = 'png' | 'svg' | 'csv'

interface AxisLike {
  min?: unknown
  max?: unknown
  stacked?: unknown
  title?: { display?: unknown; text?: unknown }
}
interface DatasetLike {
  label?: unknown
  data: unknown[]
  borderColor?: unknown
  backgroundColor?: unknown
  borderDash?: unknown
  borderWidth?: unknown
}
/** The parts of a Chart.js chart an export reads (a plain object in tests). */
export interface ChartLike {
  config: { type: string }
  data: { labels?: unknown[]; datasets: DatasetLike[] }
  options: { indexAxis?: unknown; scales?: Record<string, AxisLike | undefined> }
}

const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)
const numberOrUndefined = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
const axisTitle = (axis: AxisLike | undefined): string | undefined => {
  const t = axis?.title
  if (!t || t.display === false) return undefined
  return Array.isArray(t.text) ? t.text.join(' ') : typeof t.text === 'string' ? t.text : undefined
}
const colourOf = (d: DatasetLike, kind: 'line' | 'bar'): string => {
  const first = kind === 'bar' ? d.backgroundColor : d.borderColor
  const second = kind === 'bar' ? d.borderColor : d.backgroundColor
  return typeof first === 'string' ? first : typeof second === 'string' ? second : '#1a1a1a'
}

/** Read what an SVG needs from a chart: its kind, labels, series, axes and range. */
export function specFromChart(chart: ChartLike, title: string, units: string, notes: string[]): SvgChartSpec {
  const kind = chart.config.type === 'bar' ? 'bar' : 'line'
  const horizontal = chart.options.indexAxis === 'y'
  const scales = chart.options.scales ?? {}
  const categoryAxis = horizontal ? scales.y : scales.x
  const valueAxis = horizontal ? scales.x : scales.y
  const series: SvgSeries[] = chart.data.datasets.map((d) => ({
    label: typeof d.label === 'string' ? d.label : '',
    values: d.data.map(numberOrNull),
    colour: colourOf(d, kind),
    dash: Array.isArray(d.borderDash) ? d.borderDash.filter((x): x is number => typeof x === 'number') : undefined,
    width: kind === 'line' ? numberOrUndefined(d.borderWidth) : undefined,
  }))
  return {
    kind,
    title,
    units,
    labels: (chart.data.labels ?? []).map((l) => String(l)),
    series,
    categoryTitle: axisTitle(categoryAxis),
    valueTitle: axisTitle(valueAxis),
    min: numberOrUndefined(valueAxis?.min),
    max: numberOrUndefined(valueAxis?.max),
    stacked: Boolean(valueAxis?.stacked || categoryAxis?.stacked),
    horizontal,
    notes,
  }
}

/**
 * The chart's numbers as CSV: one row per category, one column per series, numbers unformatted. A
 * frame without a canvas chart (the timeline) exports its table instead.
 */
export function chartCsv(chart: ChartLike | null, table: DataTable, provenance: ExportProvenance | undefined): string {
  if (!chart) return toCsv([...table.columns], table.rows.map((r) => [r.header, ...r.cells]), provenance)
  const spec = specFromChart(chart, '', '', [])
  const header = [spec.categoryTitle ?? table.columns[0] ?? '', ...spec.series.map((s) => s.label)]
  const rows: CsvCell[][] = spec.labels.map((label, i) => [label, ...spec.series.map((s) => (s.values[i] == null ? null : Math.round((s.values[i] ?? 0) * 1000) / 1000))])
  return toCsv(header, rows, provenance)
}

/** Draw the canvas on white with the title above and the notes below, as a PNG blob. */
export function chartPng(canvas: HTMLCanvasElement, title: string, notes: readonly string[], doc: Document = canvas.ownerDocument): Promise<Blob> {
  const scale = canvas.clientWidth > 0 ? canvas.width / canvas.clientWidth : 1
  const pad = 16 * scale
  const head = 40 * scale
  const foot = (notes.length * 18 + 8) * scale
  const out = doc.createElement('canvas')
  out.width = Math.round(canvas.width + 2 * pad)
  out.height = Math.round(canvas.height + head + foot + 2 * pad)
  const ctx = out.getContext('2d')
  if (!ctx) return Promise.reject(new Error('this browser cannot draw images'))
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, out.width, out.height)
  ctx.fillStyle = '#14213d'
  ctx.textBaseline = 'top'
  ctx.font = `700 ${Math.round(20 * scale)}px system-ui, sans-serif`
  ctx.fillText(title, pad, pad)
  ctx.drawImage(canvas, pad, pad + head)
  ctx.font = `${Math.round(12 * scale)}px system-ui, sans-serif`
  ctx.fillStyle = '#3d4a63'
  notes.forEach((note, i) => ctx.fillText(note, pad, pad + head + canvas.height + 8 * scale + i * 18 * scale))
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))), 'image/png'))
}

/** What an export needs from the frame. */
export interface ChartExportRequest {
  format: ChartExportFormat
  /** The frame's body: the canvas inside it, if any, is the chart. */
  container: HTMLElement
  title: string
  units: string
  table: () => DataTable
  provenance: ExportProvenance | undefined
  /** Lines printed under an image (where its numbers come from), already in the user's language. */
  notes: string[]
}

/** Find the Chart.js chart drawn inside an element, if any. */
export function chartIn(container: HTMLElement): { canvas: HTMLCanvasElement; chart: ChartLike } | null {
  const canvas = container.querySelector('canvas')
  const chart: unknown = canvas ? Chart.getChart(canvas) : undefined
  return canvas && chart ? { canvas, chart: chart as ChartLike } : null
}

/** Export the chart in a frame and offer the file; returns the file's name. */
export async function exportChart(request: ChartExportRequest): Promise<string> {
  const found = chartIn(request.container)
  const stem = fileStem(request.title)
  switch (request.format) {
    case 'csv': {
      const name = `${stem}.csv`
      downloadText(name, chartCsv(found?.chart ?? null, request.table(), request.provenance), 'text/csv')
      return name
    }
    case 'svg': {
      if (!found) throw new Error('this chart has no image to export')
      const name = `${stem}.svg`
      downloadText(name, chartSvg(specFromChart(found.chart, request.title, request.units, request.notes)), 'image/svg+xml')
      return name
    }
    case 'png': {
      if (!found) throw new Error('this chart has no image to export')
      const name = `${stem}.png`
      downloadBlob(name, await chartPng(found.canvas, request.title, request.notes))
      return name
    }
    default: {
      const unreachable: never = request.format
      throw new Error(`unknown format ${String(unreachable)}`)
    }
  }
}
