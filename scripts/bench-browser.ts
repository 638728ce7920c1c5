/**
 * Browser benchmarks for `npm run bench`, in Debian's Chromium driven by Playwright:
 *   browser-slider   share of slider key presses whose next paint came within 16 ms
 *                    (Event Timing API: each keydown's duration runs from input to the next paint),
 *                    measured once the app has loaded and settled
 * The app is built into dist/ and served by `vite preview` for the measurement.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** One benchmark's figure and budget, as `npm run bench` prints it. */
export interface Line {
  name: string
  value: number
  unit: 'ms' | 'KB' | '%'
  budget: number
  detail: string
  /** Budgets are maxima unless this says the value must reach at least the budget. */
  atLeast?: boolean
}

const PORT = 4179
/** Debian's Chromium (Playwright's own browser download is never used). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Serve the build in dist/ with `vite preview` on `port`; resolves once it answers. */
export async function servePreview(port: number): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true })
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://localhost:${port}/`)
      if (res.ok) return server
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  if (server.pid) process.kill(-server.pid)
  throw new Error('vite preview did not start')
}

/** Launch Chromium headless with the flags every browser measurement uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })
}

/** Press the arrow keys on sliders and count key presses whose next paint took over 16 ms. */
export async function runBrowserBench(): Promise<Line[]> {
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`browser benchmarks skipped: no Chromium at ${CHROMIUM}\n`)
    return []
  }
  if (!existsSync('dist/index.html')) {
    process.stderr.write('browser benchmarks need a build: run `npm run build` first\n')
    return []
  }
  const server = await servePreview(PORT)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    // Measure the app as a user meets it once it has loaded: the page and its assets in, the
    // service worker's offline copy made, and the main thread idle (not the start-up work).
    await page.goto(`http://localhost:${PORT}/`, { waitUntil: 'networkidle' })
    await page.waitForSelector('input[type="range"]')
    await page.evaluate(async () => {
      await navigator.serviceWorker?.ready
      await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }))
    })
    await page.evaluate(() => {
      const w = window as unknown as { __slow: number[]; __all: number }
      w.__slow = []
      w.__all = 0
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'keydown') w.__slow.push(e.duration)
      }).observe({ type: 'event', buffered: false, durationThreshold: 16 } as PerformanceObserverInit)
      document.addEventListener('keydown', () => w.__all++, { capture: true })
    })
    const sliders = page.locator('input[type="range"]')
    const count = Math.min(await sliders.count(), 6)
    const pressesPerSlider = 40
    for (let s = 0; s < count; s++) {
      const slider = sliders.nth(s)
      await slider.focus()
      for (let i = 0; i < pressesPerSlider; i++) {
        await page.keyboard.press(i < pressesPerSlider / 2 ? 'ArrowRight' : 'ArrowLeft')
        await page.waitForTimeout(20)
      }
    }
    await page.waitForTimeout(300)
    const { slow, all } = await page.evaluate(() => {
      const w = window as unknown as { __slow: number[]; __all: number }
      return { slow: w.__slow.filter((d) => d > 16), all: w.__all }
    })
    const within = all > 0 ? (100 * (all - slow.length)) / all : 0
    const worst = slow.length ? Math.max(...slow) : 0
    return [
      {
        name: 'browser-slider',
        value: within,
        unit: '%',
        budget: 95,
        atLeast: true,
        detail: `${all} key presses on ${count} sliders; ${slow.length} over 16 ms to next paint${slow.length ? `, worst ${worst} ms` : ''}`,
      },
    ]
  } finally {
    await browser.close()
    if (server.pid) process.kill(-server.pid)
  }
}
