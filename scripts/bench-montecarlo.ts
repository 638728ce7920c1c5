/**
 * Browser benchmark of the Monte Carlo run, for `npm run bench`, in Debian's Chromium driven by
 * Playwright against the built app (dist/, served by `vite preview`):
 *   browser-draws     1,000 draws in the Uncertainty view, from pressing Run to the final bands
 *                     (median of three runs after a warm-up run)                       budget 1,500 ms
 *   browser-longtask  longest main-thread task while those draws run (Long Tasks API,
 *                     which reports only tasks over 50 ms: 0 means none)               budget 50 ms
 */
import { existsSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { quantile } from '../models/index'
import { CHROMIUM, launchChromium, servePreview, type Line } from './bench-browser'

const PORT = 4189

/** Options: an app already being served (else dist/ is served here), and how many timed runs. */
export interface MonteCarloBenchOptions {
  baseUrl?: string
  runs?: number
}

/** Run `draws` draws in the open Uncertainty view; return the wall time and the long tasks during it. */
async function timedRun(page: Page, draws: number): Promise<{ ms: number; longTasks: number[] }> {
  await page.getByLabel('Number of draws').selectOption(String(draws))
  await page.evaluate(() => {
    const w = window as unknown as { __mc: { start: number; end: number | null; long: number[] } }
    w.__mc = { start: 0, end: null, long: [] }
    const status = document.querySelector('#panel-uncertainty .mc-status')
    new MutationObserver((_, observer) => {
      if (/^Done/.test(status?.textContent ?? '')) {
        w.__mc.end = performance.now()
        observer.disconnect()
      }
    }).observe(status as Node, { childList: true, characterData: true, subtree: true })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (w.__mc.end === null) w.__mc.long.push(e.duration)
    }).observe({ type: 'longtask', buffered: false })
    document.querySelector<HTMLButtonElement>('#panel-uncertainty form button[type="submit"]')?.addEventListener('click', () => (w.__mc.start = performance.now()), { once: true, capture: true })
  })
  await page.locator('#panel-uncertainty form button[type="submit"]').click()
  await page.waitForFunction(() => (window as unknown as { __mc: { end: number | null } }).__mc.end !== null, null, { polling: 250, timeout: 120_000 })
  const { start, end, long } = await page.evaluate(() => (window as unknown as { __mc: { start: number; end: number; long: number[] } }).__mc)
  return { ms: end - start, longTasks: long }
}

/** Time 1,000 draws in the browser and find the longest main-thread task while they run. */
export async function runMonteCarloBench(options: MonteCarloBenchOptions = {}): Promise<Line[]> {
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`Monte Carlo browser benchmark skipped: no Chromium at ${CHROMIUM}\n`)
    return []
  }
  if (!options.baseUrl && !existsSync('dist/index.html')) {
    process.stderr.write('Monte Carlo browser benchmark needs a build: run `npm run build` first\n')
    return []
  }
  const server = options.baseUrl ? null : await servePreview(PORT)
  const baseUrl = options.baseUrl ?? `http://localhost:${PORT}/`
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    await page.goto(baseUrl)
    await page.getByRole('tab', { name: 'Uncertainty' }).click()
    await page.waitForSelector('#panel-uncertainty form button[type="submit"]')
    const workers = Number(await page.locator('#panel-uncertainty [data-workers]').getAttribute('data-workers'))
    // Warm up: the workers load the model and the JIT compiles it.
    await timedRun(page, 100)
    const times: number[] = []
    const longTasks: number[] = []
    for (let i = 0; i < (options.runs ?? 3); i++) {
      const run = await timedRun(page, 1000)
      times.push(run.ms)
      longTasks.push(...run.longTasks)
    }
    const median = times.length ? quantile(times, 0.5) : 0
    const longest = longTasks.length ? Math.max(...longTasks) : 0
    return [
      {
        name: 'browser-draws',
        value: median,
        unit: 'ms',
        budget: 1500,
        detail: `median of ${times.length} × 1,000 draws in ${workers} Web Worker${workers === 1 ? '' : 's'}, Run to final bands (${times.map((t) => Math.round(t)).join(', ')} ms)`,
      },
      {
        name: 'browser-longtask',
        value: longest,
        unit: 'ms',
        budget: 50,
        detail: longTasks.length ? `${longTasks.length} main-thread tasks over 50 ms during the draws` : 'no main-thread task over 50 ms during the draws',
      },
    ]
  } finally {
    await browser.close()
    if (server?.pid) process.kill(-server.pid)
  }
}
