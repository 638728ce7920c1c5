// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { chartSvg, escapeXml, niceTicks, type SvgChartSpec } from '../../src/export/chart-svg'

const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">'

const line: SvgChartSpec = {
  kind: 'line',
  title: 'Cohesion by run',
  units: 'Index from 0 to 100',
  labels: ['2001', '2002', '2003', '2004'],
  series: [
    { label: 'Baseline', values: [60, 62, 58, 61], colour: '#5E5E5E', dash: [8, 5] },
    { label: HOSTILE, values: [70, null, 72, 75], colour: '#0072B2' },
  ],
  categoryTitle: 'Year',
  valueTitle: 'Index (0–100)',
  min: 0,
  max: 100,
  notes: ['Scenario: A & B · seed 7 · model 1.0'],
}

const parse = (svg: string): Document => {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}

describe('chartSvg', () => {
  it('is a well-formed SVG with a title, axes titles, legend and notes', () => {
    const doc = parse(chartSvg(line))
    const svg = doc.documentElement
    expect(svg.getAttribute('role')).toBe('img')
    expect(doc.querySelector('title')?.textContent).toBe('Cohesion by run')
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent)
    expect(texts).toEqual(expect.arrayContaining(['Cohesion by run', 'Index from 0 to 100', 'Year', 'Index (0–100)', 'Baseline', HOSTILE, 'Scenario: A & B · seed 7 · model 1.0']))
    expect(texts).toEqual(expect.arrayContaining(['0', '20', '40', '60', '80', '100', '2001', '2004']))
  })

  it('keeps hostile labels as text: no script, image or handler elements', () => {
    const svg = chartSvg(line)
    expect(svg).not.toMatch(/<script|<img/i)
    expect(svg).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;')
    const doc = parse(svg)
    expect(doc.querySelectorAll('script, img, foreignObject')).toHaveLength(0)
    for (const el of doc.querySelectorAll('*')) for (const attr of el.attributes) expect(attr.name.startsWith('on')).toBe(false)
  })

  it('draws one path per line, broken where a value is missing, with the series dash', () => {
    const doc = parse(chartSvg(line))
    const paths = [...doc.querySelectorAll('g.series path')]
    expect(paths).toHaveLength(2)
    expect(paths[0]?.getAttribute('stroke-dasharray')).toBe('8 5')
    expect(paths[0]?.getAttribute('d')?.match(/M/g)).toHaveLength(1)
    expect(paths[1]?.getAttribute('d')?.match(/M/g)).toHaveLength(2)
    expect(paths[1]?.getAttribute('stroke')).toBe('#0072B2')
  })

  it('places values on the axis: 100 at the top of the plot, 0 at the bottom', () => {
    const doc = parse(chartSvg({ ...line, series: [{ label: 'Flat', values: [0, 100, 0, 100], colour: '#000000' }] }))
    const ys = (doc.querySelector('g.series path')?.getAttribute('d') ?? '').match(/ [\d.]+/g)!.map(Number)
    expect(ys[0]).toBeGreaterThan(ys[1]!)
    expect(ys[0]).toBe(ys[2])
  })

  it('stacks bars: each category’s bars add up to its total height', () => {
    const doc = parse(
      chartSvg({
        kind: 'bar',
        title: 'Outcomes',
        labels: ['2001', '2002'],
        stacked: true,
        series: [
          { label: 'Adopted', values: [2, 1], colour: '#009E73' },
          { label: 'Vetoed', values: [1, 3], colour: '#D55E00' },
        ],
      }),
    )
    const rects = [...doc.querySelectorAll('g.series rect')]
    expect(rects).toHaveLength(4)
    const h = (i: number) => Number(rects[i]?.getAttribute('height'))
    // 2002's total (4) is the axis maximum; 2001's total (3) is three quarters of it.
    expect((h(0) + h(1)) / (h(2) + h(3))).toBeCloseTo(3 / 4, 5)
    expect(rects[0]?.getAttribute('x')).toBe(rects[1]?.getAttribute('x'))
  })

  it('draws horizontal grouped bars with category labels on the left', () => {
    const doc = parse(
      chartSvg({
        kind: 'bar',
        horizontal: true,
        title: 'Members',
        labels: ['China', 'Russia'],
        series: [
          { label: 'Satisfaction', values: [80, 40], colour: '#0072B2' },
          { label: 'Influence', values: [50, 20], colour: '#B07A00' },
        ],
      }),
    )
    const rects = [...doc.querySelectorAll('g.series rect')]
    expect(rects).toHaveLength(4)
    expect(Number(rects[0]?.getAttribute('width'))).toBeCloseTo(2 * Number(rects[2]?.getAttribute('width')), 5)
    expect(rects[0]?.getAttribute('y')).not.toBe(rects[1]?.getAttribute('y'))
    const china = [...doc.querySelectorAll('g.category-axis text')].find((t) => t.textContent === 'China')
    expect(china?.getAttribute('text-anchor')).toBe('end')
  })
})

describe('niceTicks and escapeXml', () => {
  it.each([
    { min: 0, max: 100, expected: [0, 20, 40, 60, 80, 100] },
    { min: 0, max: 13, expected: [0, 5, 10, 15] },
    { min: 0, max: 1, expected: [0, 0.2, 0.4, 0.6, 0.8, 1] },
    { min: -1, max: 1, expected: [-1, -0.5, 0, 0.5, 1] },
  ])('ticks from $min to $max: $expected', ({ min, max, expected }) => {
    expect(niceTicks(min, max)).toEqual(expected)
  })

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
  })
})
