/**
 * Turn an outcome style into a Chart.js fill: a small tiled canvas pattern. Browser-only (needs a
 * canvas); falls back to the plain colour where none is available (tests, server rendering).
 */
import type { OutcomeStyle } from './palette'

const cache = new Map<string, CanvasPattern | string>()

/** Return a fill for a colour and pattern, cached so charts reuse one pattern object per style. */
export function canvasFill(style: OutcomeStyle): CanvasPattern | string {
  const key = `${style.colour}:${style.pattern}`
  const hit = cache.get(key)
  if (hit) return hit
  const fill = draw(style) ?? style.colour
  cache.set(key, fill)
  return fill
}

function draw(style: OutcomeStyle): CanvasPattern | null {
  if (style.pattern === 'solid' || typeof document === 'undefined') return null
  const size = 8
  const tile = document.createElement('canvas')
  tile.width = size
  tile.height = size
  const ctx = tile.getContext('2d')
  if (!ctx) return null
  ctx.fillStyle = style.colour
  ctx.fillRect(0, 0, size, size)
  ctx.strokeStyle = 'rgba(255,255,255,0.8)'
  ctx.fillStyle = 'rgba(255,255,255,0.8)'
  ctx.lineWidth = 1.5
  ctx.beginPath()
  switch (style.pattern) {
    case 'diagonal':
      ctx.moveTo(0, size)
      ctx.lineTo(size, 0)
      break
    case 'horizontal':
      ctx.moveTo(0, size / 2)
      ctx.lineTo(size, size / 2)
      break
    case 'cross':
      ctx.moveTo(0, 0)
      ctx.lineTo(size, size)
      ctx.moveTo(0, size)
      ctx.lineTo(size, 0)
      break
    case 'dots':
      ctx.arc(size / 2, size / 2, 1.6, 0, Math.PI * 2)
      ctx.fill()
      break
  }
  ctx.stroke()
  return ctx.createPattern(tile, 'repeat')
}
