import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { loadProjectData, scenarioFor } from '../../models/index'
import { decodeLink, encodeLink, toDelta } from '../../src/persistence/scenario-codec'
import { encodeQr, qrPath, scenarioOnlyUrl, scenarioUrl, type QrMatrix } from '../../src/present/qr'

const data = loadProjectData()

/** Paint a QR matrix as RGBA pixels (`scale` pixels per module), as a camera would see it. */
function pixels(matrix: QrMatrix, scale = 4): { data: Uint8ClampedArray; width: number } {
  const width = matrix.size * scale
  const out = new Uint8ClampedArray(width * width * 4).fill(255)
  matrix.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = ((y * scale + dy) * width + x * scale + dx) * 4
          out[i] = out[i + 1] = out[i + 2] = 0
        }
    }),
  )
  return { data: out, width }
}

/** Read the dark modules back out of an SVG path made by `qrPath`. */
function modulesOf(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false))
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true
  return grid
}

describe('QR codes of scenario links', () => {
  const link = scenarioUrl('https://example.org/lab/?presenter#v1=old', toDelta(scenarioFor('russia-china-rift', data)!, data.baseline, 'russia-china-rift'))

  it('encode the link so a reader gets it back exactly', async () => {
    const matrix = await encodeQr(link)
    const { data: rgba, width } = pixels(matrix)
    expect(jsQR(rgba, width, width)?.data).toBe(link)
  })

  it('keep a quiet zone of four light modules around the code', async () => {
    const matrix = await encodeQr(link)
    for (const i of [0, 1, 2, 3, matrix.size - 1]) {
      expect(matrix.data[i]?.every((dark) => !dark)).toBe(true)
      expect(matrix.data.every((row) => !row[i])).toBe(true)
    }
  })

  it('draw exactly the dark modules as one path', async () => {
    const matrix = await encodeQr('https://example.org/')
    expect(modulesOf(qrPath(matrix), matrix.size)).toEqual(matrix.data)
  })

  it('carry the scenario of a link without its pinned runs or query', () => {
    const d = { p: 'qualified-majority', r: { kind: 'consensus-opt-out' as const } }
    const pins = [{ id: 'run-1', name: 'A', d: {} }]
    const href = `https://example.org/lab/?lesson=sco-bank#${encodeLink({ d, sel: 'development-bank', pins })}`
    const only = new URL(scenarioOnlyUrl(href))
    expect(only.search).toBe('')
    const decoded = decodeLink(only.hash)
    expect(decoded).toEqual({ ok: true, payload: { v: 1, d, sel: 'development-bank' } })
    expect(scenarioOnlyUrl(href).length).toBeLessThan(href.length)
  })

  it('leave a link that is not a scenario link on the app’s address', () => {
    expect(scenarioOnlyUrl('https://example.org/lab/?x=1')).toBe('https://example.org/lab/')
  })

  it('point a slide’s code at that slide’s scenario', () => {
    const url = new URL(link)
    expect(url.origin + url.pathname).toBe('https://example.org/lab/')
    expect(decodeLink(url.hash)).toMatchObject({ ok: true, payload: { d: { p: 'russia-china-rift', l: { russiaChinaAlignment: -0.6 } } } })
  })
})
