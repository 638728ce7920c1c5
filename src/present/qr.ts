/**
 * QR codes of scenario links, made in the browser (no network): the encoder is loaded only when a
 * code is first shown. A code carries the scenario alone, without the pinned runs, so it stays small
 * enough to scan from the back of a room.
 */
import { decodeLink, encodeLink, type ScenarioDelta } from '../persistence/scenario-codec'

/** A QR code as a grid of modules (true: dark), quiet zone included. */
export interface QrMatrix {
  size: number
  data: boolean[][]
}

/** Encode text as a QR code (error correction M: survives a smudge on the screen); loads the encoder on first use. */
export async function encodeQr(text: string): Promise<QrMatrix> {
  const { encode } = await import('uqr')
  const qr = encode(text, { ecc: 'M', border: 4 })
  return { size: qr.size, data: qr.data }
}

/** Draw the dark modules as one SVG path (runs of modules merged into rectangles), in module units. */
export function qrPath(matrix: QrMatrix): string {
  const parts: string[] = []
  matrix.data.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x += 1
        continue
      }
      const start = x
      while (x < row.length && row[x]) x += 1
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`)
    }
  })
  return parts.join('')
}

/** The app's address without query or fragment (`https://host/path/`). */
function appBase(href: string): string {
  const url = new URL(href)
  return `${url.origin}${url.pathname}`
}

/** Keep a scenario link's scenario, selection and own initiatives, and drop its pinned runs and query. */
export function scenarioOnlyUrl(href: string): string {
  const url = new URL(href)
  const decoded = url.hash.length > 1 ? decodeLink(url.hash) : null
  if (!decoded || !decoded.ok) return `${appBase(href)}${url.hash}`
  const { pins: _pins, v: _v, ...rest } = decoded.payload
  return `${appBase(href)}#${encodeLink(rest)}`
}

/** The link of one scenario (a slide's), on the app's own address. */
export function scenarioUrl(href: string, d: ScenarioDelta): string {
  return `${appBase(href)}#${encodeLink({ d })}`
}
