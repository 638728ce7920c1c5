/**
 * A chart as SVG, drawn from its series (Chart.js draws only to a canvas): a title, the units, value
 * and category axes with their titles, lines (with gaps and dashes) or bars (grouped, stacked or
 * horizontal), a legend, and notes naming the scenario, seed and model version. Pure: text in, text
 * out; every label is escaped, so a hostile run name stays text.
 */

/** One series: a label, one value per category (null: no value), a colour and an optional dash. */
export interface SvgSeries {
  label: string
  values: (number | null)[]
  colour: string
  dash?: number[]
  width?: number
}

/** What to draw. */
export interface SvgChartSpec {
  kind: 'line' | 'bar'
  title: string
  units?: string
  labels: string[]
  series: SvgSeries[]
  /** Title of the category axis and of the value axis. */
  categoryTitle?: string
  valueTitle?: string
  /** Value axis range; absent, taken from the data (always including zero for bars). */
  min?: number
  max?: number
  stacked?: boolean
  /** Bars run left to right, one row per category (e.g. one per member). */
  horizontal?: boolean
  /** Lines printed under the chart (where its numbers come from). */
  notes?: string[]
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
const INK = '#14213d'
const SOFT = '#3d4a63'
const GRID = '#d5dae4'
/** Average character width at 13px, for laying out labels without measuring text. */
const CHAR = 7.2

/** Escape text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
}

const fmt = (x: number): string => (Math.round(x * 10) / 10).toString()

/** Pick about `count` round tick values (1, 2, 2.5 or 5 × a power of ten apart) from min up to at least max. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min]
  const raw = (max - min) / Math.max(1, count)
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw
  const first = Math.ceil(min / step - 1e-9)
  const last = Math.ceil(max / step - 1e-9)
  // `|| 0` turns −0 into 0.
  return Array.from({ length: last - first + 1 }, (_, i) => Math.round((first + i) * step * 1e9) / 1e9 || 0)
}

function valueRange(spec: SvgChartSpec): [number, number] {
  let lo = Infinity
  let hi = -Infinity
  spec.labels.forEach((_, i) => {
    let pos = 0
    let neg = 0
    for (const s of spec.series) {
      const v = s.values[i]
      if (v == null || !Number.isFinite(v)) continue
      if (spec.stacked) {
        if (v >= 0) pos += v
        else neg += v
      } else {
        lo = Math.min(lo, v)
        hi = Math.max(hi, v)
      }
    }
    if (spec.stacked) {
      lo = Math.min(lo, neg)
      hi = Math.max(hi, pos)
    }
  })
  if (!Number.isFinite(lo)) [lo, hi] = [0, 1]
  if (spec.kind === 'bar') [lo, hi] = [Math.min(0, lo), Math.max(0, hi)]
  const min = spec.min ?? lo
  let max = spec.max ?? hi
  if (max <= min) max = min + 1
  if (spec.max === undefined) max = niceTicks(min, max).at(-1) ?? max
  return [min, Math.max(max, min + 1e-9)]
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}" ${attrs}>${escapeXml(content)}</text>`
}

/** Draw the chart as an SVG document of `width` × `height` pixels (taller if the legend needs it). */
export function chartSvg(spec: SvgChartSpec, width = 960, baseHeight = 540): string {
  const notes = spec.notes ?? []
  // Legend rows: items flow left to right and wrap.
  const legendItems = spec.series.map((s) => ({ s, w: 40 + s.label.length * CHAR + 18 }))
  const legendRows: { s: SvgSeries; w: number }[][] = [[]]
  let rowWidth = 0
  for (const item of legendItems) {
    if (rowWidth + item.w > width - 40 && rowWidth > 0) {
      legendRows.push([])
      rowWidth = 0
    }
    legendRows[legendRows.length - 1]?.push(item)
    rowWidth += item.w
  }
  const legendHeight = legendRows.length * 22
  const notesHeight = notes.length * 17
  const height = baseHeight + legendHeight + notesHeight + 12
  const categoryWidth = spec.horizontal ? Math.min(240, 16 + Math.max(0, ...spec.labels.map((l) => l.length)) * CHAR) : 0
  const plot = {
    left: spec.horizontal ? categoryWidth + 40 : 78,
    right: width - 24,
    top: spec.units ? 84 : 60,
    bottom: baseHeight - 64,
  }
  const plotW = plot.right - plot.left
  const plotH = plot.bottom - plot.top
  const [min, max] = valueRange(spec)
  const ticks = niceTicks(min, max).filter((v) => v >= min - 1e-9 && v <= max + 1e-9)
  const n = spec.labels.length
  // Value → pixel along the value axis; category index → pixel (centre) along the category axis.
  const along = (v: number): number => (spec.horizontal ? plot.left + ((v - min) / (max - min)) * plotW : plot.bottom - ((v - min) / (max - min)) * plotH)
  const band = (spec.horizontal ? plotH : plotW) / Math.max(1, n)
  const centre = (i: number): number => {
    if (spec.kind === 'line') return plot.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1))
    return spec.horizontal ? plot.top + (i + 0.5) * band : plot.left + (i + 0.5) * band
  }

  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${fmt(height)}" viewBox="0 0 ${width} ${fmt(height)}" role="img" aria-labelledby="chart-title chart-desc" font-family="${escapeXml(FONT)}">`,
  )
  out.push(`<title id="chart-title">${escapeXml(spec.title)}</title>`)
  out.push(`<desc id="chart-desc">${escapeXml([spec.units ?? '', ...notes].filter(Boolean).join(' '))}</desc>`)
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`)
  out.push(text(24, 34, spec.title, `font-size="22" font-weight="700" fill="${INK}"`))
  if (spec.units) out.push(text(24, 58, spec.units, `font-size="13" fill="${SOFT}"`))

  // Value axis: grid lines and tick labels.
  out.push('<g class="value-axis" font-size="13">')
  for (const v of ticks) {
    const p = along(v)
    if (spec.horizontal) {
      out.push(`<line x1="${fmt(p)}" y1="${plot.top}" x2="${fmt(p)}" y2="${plot.bottom}" stroke="${GRID}"/>`)
      out.push(text(p, plot.bottom + 18, fmt(v), `text-anchor="middle" fill="${INK}"`))
    } else {
      out.push(`<line x1="${plot.left}" y1="${fmt(p)}" x2="${plot.right}" y2="${fmt(p)}" stroke="${GRID}"/>`)
      out.push(text(plot.left - 8, p + 4, fmt(v), `text-anchor="end" fill="${INK}"`))
    }
  }
  out.push('</g>')

  // Category axis: labels, thinned so they do not overlap.
  const longest = Math.max(1, ...spec.labels.map((l) => l.length)) * CHAR + 10
  const every = spec.horizontal ? Math.max(1, Math.ceil(16 / band)) : Math.max(1, Math.ceil(longest / Math.max(1, plotW / Math.max(1, n))))
  out.push('<g class="category-axis" font-size="13">')
  spec.labels.forEach((label, i) => {
    if (i % every !== 0) return
    const c = centre(i)
    out.push(spec.horizontal ? text(plot.left - 8, c + 4, label, `text-anchor="end" fill="${INK}"`) : text(c, plot.bottom + 18, label, `text-anchor="middle" fill="${INK}"`))
  })
  out.push(`<line x1="${plot.left}" y1="${plot.bottom}" x2="${plot.right}" y2="${plot.bottom}" stroke="${INK}"/>`)
  out.push(`<line x1="${plot.left}" y1="${plot.top}" x2="${plot.left}" y2="${plot.bottom}" stroke="${INK}"/>`)
  out.push('</g>')

  // Axis titles.
  const xTitle = spec.horizontal ? spec.valueTitle : spec.categoryTitle
  const yTitle = spec.horizontal ? spec.categoryTitle : spec.valueTitle
  if (xTitle) out.push(text(plot.left + plotW / 2, plot.bottom + 42, xTitle, `font-size="14" font-weight="600" text-anchor="middle" fill="${INK}"`))
  if (yTitle) {
    const x = spec.horizontal ? 18 : 22
    out.push(text(x, plot.top + plotH / 2, yTitle, `font-size="14" font-weight="600" text-anchor="middle" fill="${INK}" transform="rotate(-90 ${x} ${fmt(plot.top + plotH / 2)})"`))
  }

  // Data.
  out.push('<g class="series">')
  if (spec.kind === 'line') {
    for (const s of spec.series) {
      let d = ''
      let pen = false
      s.values.forEach((v, i) => {
        if (v == null || !Number.isFinite(v)) {
          pen = false
          return
        }
        d += `${pen ? 'L' : 'M'}${fmt(centre(i))} ${fmt(along(v))} `
        pen = true
      })
      const dash = s.dash?.length ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''
      out.push(`<path d="${d.trim()}" fill="none" stroke="${escapeXml(s.colour)}" stroke-width="${s.width ?? 3}" stroke-linejoin="round"${dash}><title>${escapeXml(s.label)}</title></path>`)
    }
  } else {
    const groups = spec.stacked ? 1 : Math.max(1, spec.series.length)
    const thickness = (band * 0.8) / groups
    spec.labels.forEach((_, i) => {
      let pos = 0
      let neg = 0
      spec.series.forEach((s, k) => {
        const v = s.values[i]
        if (v == null || !Number.isFinite(v) || v === 0) return
        const from = spec.stacked ? (v >= 0 ? pos : neg) : 0
        const to = from + v
        if (spec.stacked) {
          if (v >= 0) pos = to
          else neg = to
        }
        const offset = centre(i) - (band * 0.8) / 2 + (spec.stacked ? 0 : k * thickness)
        const a = along(Math.min(from, to))
        const b = along(Math.max(from, to))
        const rect = spec.horizontal
          ? `x="${fmt(a)}" y="${fmt(offset)}" width="${fmt(b - a)}" height="${fmt(thickness)}"`
          : `x="${fmt(offset)}" y="${fmt(b)}" width="${fmt(thickness)}" height="${fmt(a - b)}"`
        out.push(`<rect ${rect} fill="${escapeXml(s.colour)}" stroke="#ffffff" stroke-width="0.5"><title>${escapeXml(`${s.label}, ${spec.labels[i] ?? ''}: ${fmt(v)}`)}</title></rect>`)
      })
    })
  }
  out.push('</g>')

  // Legend.
  out.push('<g class="legend" font-size="13">')
  legendRows.forEach((row, r) => {
    let x = 24
    const y = baseHeight - 4 + r * 22
    for (const { s, w } of row) {
      const dash = s.dash?.length && spec.kind === 'line' ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''
      out.push(
        spec.kind === 'line'
          ? `<line x1="${x}" y1="${y - 4}" x2="${x + 32}" y2="${y - 4}" stroke="${escapeXml(s.colour)}" stroke-width="${s.width ?? 3}"${dash}/>`
          : `<rect x="${x}" y="${y - 12}" width="16" height="14" fill="${escapeXml(s.colour)}"/>`,
      )
      out.push(text(x + 40, y, s.label, `fill="${INK}"`))
      x += w
    }
  })
  out.push('</g>')

  // Notes: where the numbers come from.
  notes.forEach((note, i) => out.push(text(24, baseHeight + legendHeight + 8 + i * 17, note, `font-size="12" fill="${SOFT}"`)))
  out.push('</svg>')
  return `${out.join('\n')}\n`
}
