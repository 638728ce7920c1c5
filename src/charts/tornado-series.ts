/**
 * Stage 2 of the sensitivity (tornado) chart: from ranked inputs (Spearman's ρ with the chosen
 * output over the draws) to horizontal Chart.js bars, each named in the user's words with the claims
 * it encodes; the same as a table; and a summary for the canvas's accessible name.
 */
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js'
import type { ChartText, DataTable } from './chart-text'
import { PALETTE } from './palette'

/** One bar: an input in words, its ρ, and the claims behind it. */
export interface TornadoBar {
  path: string
  label: string
  rho: number
  claims: string[]
}

/** What the tornado chart draws, and its summary in words. */
export interface TornadoView {
  data: ChartData<'bar', number[], string>
  summary: string
  bars: TornadoBar[]
  draws: number
}

/** Colour of a bar: blue where the input raises the output, vermillion where it lowers it, grey within chance. */
export function barColour(rho: number, chance = 0): string {
  if (Math.abs(rho) < chance) return CHANCE_GREY
  return rho >= 0 ? PALETTE.blue : PALETTE.vermillion
}

/** Grey of bars no stronger than chance: light, yet 3:1 against white. */
export const CHANCE_GREY = '#8A8A8A'

/** Correlations smaller than this can arise by chance among `draws` draws (about two standard errors). */
export function chanceLevel(draws: number): number {
  return draws > 1 ? 2 / Math.sqrt(draws - 1) : 1
}

/** Build the bars, strongest first, and the summary naming the three strongest. */
export function tornadoView(bars: readonly TornadoBar[], output: string, draws: number, text: ChartText): TornadoView {
  const rho = (x: number): string => text.n(x, 'decimal2')
  const chance = chanceLevel(draws)
  const top = bars.slice(0, 3).map((b) => text.t('uncertainty.tornado.summaryItem', { input: b.label, rho: rho(b.rho) }))
  return {
    data: {
      labels: bars.map((b) => b.label),
      datasets: [
        {
          label: text.t('uncertainty.tornado.series', { output }),
          data: bars.map((b) => b.rho),
          backgroundColor: bars.map((b) => barColour(b.rho, chance)),
          borderColor: bars.map((b) => barColour(b.rho, chance)),
          borderWidth: 1,
          barPercentage: 0.8,
          categoryPercentage: 0.9,
        },
      ],
    },
    summary:
      bars.length === 0
        ? text.t('uncertainty.tornado.empty', { output })
        : text.t('uncertainty.tornado.summary', { output, draws: text.n(draws, 'integer'), inputs: top.join('; ') }),
    bars: [...bars],
    draws,
  }
}

/** Break a long label into lines of at most `width` characters, at spaces. */
export function wrapLabel(label: string, width = 34): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of label.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/** Build the tornado chart's options: horizontal bars from −1 to 1, tooltips with ρ and the claims. */
export function tornadoOptions(view: TornadoView, output: string, text: ChartText): ChartOptions<'bar'> {
  return {
    indexAxis: 'y',
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    plugins: {
      // Off entirely, not merely hidden: Chart.js rebuilds a hidden legend's labels on every update.
      // Workaround: `false` disables a plugin at run time but its types refuse it (chartjs/Chart.js#11398).
      legend: false as unknown as undefined,
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'bar'>) => text.t('uncertainty.tornado.tooltip', { rho: text.n(Number(item.raw), 'decimal2') }),
          afterLabel: (item: TooltipItem<'bar'>) => {
            const claims = view.bars[item.dataIndex]?.claims ?? []
            return claims.length ? text.t('uncertainty.tornado.claims', { claims: claims.join(', ') }) : ''
          },
        },
      },
    },
    scales: {
      x: {
        min: -1,
        max: 1,
        title: { display: true, text: text.t('uncertainty.tornado.axis', { output }) },
        grid: { color: (ctx) => (ctx.tick?.value === 0 ? PALETTE.black : 'rgba(0,0,0,0.1)') },
      },
      y: {
        ticks: {
          autoSkip: false,
          // Narrow screens (a phone) get shorter lines and smaller type, so labels fit beside the bars.
          font: (ctx) => ({ size: ctx.chart.width < 520 ? 11 : 13 }),
          callback(value) {
            return wrapLabel(this.getLabelForValue(Number(value)), this.chart.width < 520 ? 22 : 40)
          },
        },
      },
    },
  }
}

/** Tabulate the bars: input, ρ, which way it pushes, and the claims. */
export function tornadoTable(view: TornadoView, output: string, text: ChartText): DataTable {
  return {
    caption: text.t('uncertainty.tornado.caption', { output }),
    columns: [text.t('uncertainty.tornado.input'), text.t('uncertainty.tornado.rho'), text.t('uncertainty.tornado.direction'), text.t('uncertainty.tornado.claimsColumn')],
    rows: view.bars.map((b) => ({
      header: b.label,
      cells: [
        text.n(b.rho, 'decimal2'),
        text.t(Math.abs(b.rho) < chanceLevel(view.draws) ? 'uncertainty.tornado.chance' : b.rho >= 0 ? 'uncertainty.tornado.raises' : 'uncertainty.tornado.lowers'),
        b.claims.join(', ') || '–',
      ],
    })),
  }
}
