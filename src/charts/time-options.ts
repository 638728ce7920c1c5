/**
 * What every chart over the years shares: drawn at once (no animation, so a slider never waits for
 * a transition), sized by its box, tooltips for every series at a year, and a year axis whose labels
 * never rotate. Years arrive sorted and evenly spaced, so Chart.js may skip its ordering checks
 * (`normalized`) and measure a few labels only (`sampleSize`).
 */
import type { LegendItem } from 'chart.js'
import type { ChartText } from './chart-text'

/** The shared top-level options of a chart over the years (a fresh object each time). */
export function timeChartBase() {
  return {
    animation: false,
    normalized: true,
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: 'index', intersect: false },
  } as const
}

/** The year axis: titled, labels flat, a few measured. */
export function yearAxis(text: ChartText) {
  return {
    title: { display: true, text: text.t('charts.common.year') },
    ticks: { maxRotation: 0, autoSkipPadding: 12, sampleSize: 6 },
  }
}

/**
 * A legend at the bottom listing series in their order (Chart.js lists by drawing order, which puts
 * a reference line drawn on top first), with line-shaped boxes.
 */
export function lineLegend() {
  return {
    position: 'bottom' as const,
    labels: { boxWidth: 28, boxHeight: 3, sort: (a: LegendItem, b: LegendItem) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) },
  }
}
