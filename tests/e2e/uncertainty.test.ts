/**
 * The Uncertainty view in Chromium: a Monte Carlo run in Web Workers with progress and Cancel, the
 * fan and tornado charts, and the same bands and probabilities as the command line computes in
 * Node for the same seed and draws. How long the main thread is busy while draws run is a budget,
 * timed by `npm run bench` (browser-longtask), not here: on a loaded machine a timing says more
 * about the machine than about the page.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Download, Page } from '@playwright/test'
import { test, expect } from './fixtures'

/** Read a downloaded CSV: comment lines apart, then a header and rows. */
function readCsv(path: string): { comments: string[]; header: string[]; rows: string[][] } {
  const lines = readFileSync(path, 'utf8').split('\r\n').filter((l) => l !== '')
  const comments = lines.filter((l) => l.startsWith('#'))
  const [header, ...rows] = lines.filter((l) => !l.startsWith('#')).map(splitCsvLine)
  return { comments, header: header ?? [], rows }
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"'
      i++
    } else if (c === '"') quoted = !quoted
    else if (c === ',' && !quoted) {
      cells.push(cell)
      cell = ''
    } else cell += c
  }
  cells.push(cell)
  return cells
}

async function save(download: Promise<Download>, dir: string): Promise<string> {
  const d = await download
  const path = join(dir, d.suggestedFilename())
  await d.saveAs(path)
  return path
}

/** Wait in the page, polling rarely, so the test itself adds little work to the page it drives. */
const waitInPage = (page: Page, predicate: () => boolean, timeout: number) => page.waitForFunction(predicate, null, { polling: 250, timeout })

/** The Monte Carlo workers the page has started (real Web Workers, not the in-page fallback). */
const monteCarloWorkers = (page: Page): number => page.workers().filter((w) => /montecarlo\.worker/.test(w.url())).length

test.describe('uncertainty', () => {
  test('runs in workers with progress, cancels, restarts, draws fan and tornado, and matches Node', async ({ page, makeAxeBuilder }, testInfo) => {
    test.setTimeout(240_000)
    await page.goto('/')
    await page.getByRole('tab', { name: 'Uncertainty' }).click()
    const panel = page.getByRole('tabpanel', { name: 'Uncertainty' })
    const status = panel.locator('.mc-status')
    const progress = panel.getByRole('progressbar', { name: 'Progress' })
    const fan = panel.locator('canvas[role="img"][aria-label^="Cohesion"]')
    // Before any run the fan shows the single run and the baseline.
    await expect(fan).toHaveAttribute('aria-label', /^Cohesion, 2001–2035, before any Monte Carlo draws/)
    // As a class would, look at the view before running: right after it opens, its worker warms up
    // on throwaway draws (up to about 0.6 s of processor time on this machine), and a run started
    // then shares the two cores with them.
    await page.waitForTimeout(2000)

    // A long run: see progress, then cancel it.
    await panel.getByLabel('Number of draws').selectOption('5000')
    await panel.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(status).toHaveText('Running 5,000 draws…')
    expect(monteCarloWorkers(page), 'draws run in Web Workers').toBeGreaterThan(0)
    await waitInPage(page, () => Number(document.querySelector('#panel-uncertainty progress')?.getAttribute('value')) >= 200, 60_000)
    await panel.getByRole('button', { name: 'Cancel' }).click()
    await expect(fan).toHaveAttribute('aria-label', /^Cohesion under uncertainty, 2001–2035, \d[\d,]* draws/)
    await expect(status).toHaveText(/^Cancelled after [\d,]+ of 5,000 draws\./)
    const cancelledAt = Number(await progress.getAttribute('value'))
    expect(cancelledAt).toBeLessThan(5000)
    await page.waitForTimeout(500)
    expect(Number(await progress.getAttribute('value')), 'no draws arrive after Cancel').toBe(cancelledAt)

    // Restart with 1,000 draws and let it finish.
    await panel.getByLabel('Number of draws').selectOption('1000')
    await panel.getByRole('button', { name: 'Run again' }).click()
    await waitInPage(page, () => /^Done/.test(document.querySelector('#panel-uncertainty .mc-status')?.textContent ?? ''), 120_000)
    await expect(status).toHaveText(/^Done: 1,000 draws in [\d.]+ s\.$/)
    await expect(progress).toHaveAttribute('value', '1000')

    await expect(fan).toHaveAttribute('aria-label', /^Cohesion under uncertainty, 2001–2035, 1,000 draws: in 2035 the median draw is [\d.]+ and 80% of draws fall between [\d.]+ and [\d.]+/)
    const tornado = panel.locator('canvas[role="img"][aria-label^="What drives cohesion in 2035"]')
    await expect(tornado).toBeVisible({ timeout: 30_000 })
    await expect(tornado).toHaveAttribute('aria-label', /^What drives cohesion in 2035 over 1,000 draws: .+ \(ρ -?[\d.]+\)/)
    const drivers = panel.getByRole('region', { name: /What drives cohesion in 2035/ })
    await drivers.getByRole('button', { name: 'Show as table' }).click()
    const driversTable = drivers.getByRole('table', { name: /Inputs ranked by their rank correlation/ })
    await expect(driversTable.getByRole('row')).not.toHaveCount(1)
    await expect(driversTable.getByRole('row').nth(1)).toContainText(/[A-Z]{2,3}-\d{2}/)
    await expect(panel.getByRole('table', { name: /Probability of adoption by year, over 1,000 draws/ }).getByRole('row', { name: /^SCO Development Bank\b/ })).toContainText('%')
    await expect(panel.locator('.mc-blockers')).toContainText(/blocks in \d+% of draws/)

    const results = await makeAxeBuilder().include('#panel-uncertainty').analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

    // The same seed and draws in Node (the command line) give the same bands and probabilities.
    const dir = testInfo.outputPath()
    const bandsPath = await save(Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download bands (CSV)' }).click()]).then(([d]) => d), dir)
    const probabilitiesPath = await save(
      Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download probabilities (CSV)' }).click()]).then(([d]) => d),
      dir,
    )
    const bands = readCsv(bandsPath)
    expect(bands.comments).toContain('# draws: 1000')
    const seed = Number(bands.comments.find((c) => c.startsWith('# seed: '))?.slice(8))
    expect(Number.isInteger(seed)).toBe(true)

    const node = JSON.parse(
      execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/sim.ts', 'run', '--draws', '1000', '--seed', String(seed)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
    ) as { monteCarlo: { draws: number; seed: number; years: number[]; cohesion: { p10: number[]; p50: number[]; p90: number[] }; adoption: Record<string, { final: number }> } }
    expect(node.monteCarlo.draws).toBe(1000)
    const column = (name: string) => bands.rows.map((r) => Number(r[bands.header.indexOf(name)]))
    expect(bands.rows.map((r) => Number(r[0]))).toEqual(node.monteCarlo.years)
    expect(column('cohesion_p10')).toEqual(node.monteCarlo.cohesion.p10)
    expect(column('cohesion_p50')).toEqual(node.monteCarlo.cohesion.p50)
    expect(column('cohesion_p90')).toEqual(node.monteCarlo.cohesion.p90)

    const probabilities = readCsv(probabilitiesPath)
    const finalColumn = probabilities.header.indexOf('p_adopted_final')
    const browserFinals = Object.fromEntries(probabilities.rows.map((r) => [r[0], Number(r[finalColumn])]))
    expect(browserFinals).toEqual(Object.fromEntries(Object.entries(node.monteCarlo.adoption).map(([id, a]) => [id, a.final])))
  })

  test('says results are stale after the scenario changes and reruns on request', async ({ page, makeAxeBuilder }) => {
    test.setTimeout(120_000)
    await page.goto('/')
    await page.getByRole('tab', { name: 'Uncertainty' }).click()
    const panel = page.getByRole('tabpanel', { name: 'Uncertainty' })
    await panel.getByLabel('Number of draws').selectOption('100')
    await panel.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(panel.locator('.mc-status')).toHaveText(/^Done: 100 draws/, { timeout: 60_000 })
    await panel.getByLabel('Seed', { exact: true }).fill('77')
    await panel.getByLabel('Seed', { exact: true }).press('Tab')
    await expect(panel.getByText('These results are for the scenario as it was when you ran it.')).toBeVisible()
    const results = await makeAxeBuilder().include('#panel-uncertainty').analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await panel.getByRole('button', { name: 'Run again for the current scenario' }).click()
    await expect(panel.locator('.mc-status')).toHaveText(/^Done: 100 draws/, { timeout: 60_000 })
    await expect(panel.getByText('These results are for the scenario as it was when you ran it.')).toHaveCount(0)
    await expect(panel.locator('canvas[role="img"][aria-label^="Cohesion under uncertainty"]')).toBeVisible()
  })
})
