import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import LZString from 'lz-string'
import { test, expect } from './fixtures'

async function openDashboard(page: Page): Promise<void> {
  await page.goto('/', { waitUntil: 'networkidle' })
  await expect(page.locator('canvas[role="img"][aria-label^="Cohesion, "]')).toBeVisible()
}

/** Load a preset and pin it under a name, from the header. */
async function pinPreset(page: Page, preset: string, name: string): Promise<void> {
  // On a phone the header's tools are folded behind one summary.
  if (!(await page.getByLabel('Run name').isVisible())) await page.getByText('Pin, share and present').click()
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: preset })
  await page.getByLabel('Run name').fill(name)
  await page.getByRole('button', { name: /^Pin/ }).click()
  await expect(page.getByRole('status').filter({ hasText: `Pinned “${name}”` })).toBeVisible()
}

async function pinTwoAndCompare(page: Page): Promise<void> {
  await openDashboard(page)
  await pinPreset(page, 'No 2017 enlargement', 'Without 2017 enlargement')
  await pinPreset(page, 'Qualified majority voting', 'Majority voting')
  await page.getByRole('tab', { name: 'Compare' }).click()
}

test.describe('compare', () => {
  test('uncertainty across the runs uses one seed and draws each run in its Compare colour', async ({ page }) => {
    await pinTwoAndCompare(page)
    const section = page.getByRole('region', { name: 'Uncertainty across runs' })
    await expect(section.getByText(/with the same seed \(20010615\)/)).toBeVisible()
    await section.getByLabel('Number of draws').selectOption('100')
    await section.getByRole('button', { name: 'Run uncertainty for 3 runs' }).click()
    await expect(section.getByText('Done: 3 runs, 100 draws each, seed 20010615.')).toBeVisible({ timeout: 30_000 })
    await expect(section.locator('canvas[role="img"][aria-label^="Cohesion under uncertainty by run, in 2035: Baseline, median "]')).toBeVisible()
  })

  test('two pinned runs side by side, with overlaid charts, the table of differences and a summary', async ({ page }) => {
    await pinTwoAndCompare(page)
    const panel = page.getByRole('tabpanel', { name: 'Compare' })
    for (const name of ['Baseline', 'Without 2017 enlargement', 'Majority voting']) {
      await expect(panel.getByRole('region', { name, exact: true })).toBeVisible()
    }
    await expect(panel.getByRole('region', { name: 'Without 2017 enlargement', exact: true }).getByText('Membership of India: never a member')).toBeVisible()
    await expect(panel.locator('canvas[role="img"][aria-label^="Cohesion of 3 runs, 2001–2035: Baseline "]')).toBeVisible()
    await expect(panel.locator('canvas[role="img"][aria-label^="Initiatives adopted so far in 3 runs"]')).toBeVisible()

    const table = panel.getByRole('region', { name: 'What differs' }).getByRole('table')
    await expect(table.locator('thead th')).toHaveText(['What', 'Baseline', 'Without 2017 enlargement', 'Majority voting'])
    const rule = table.getByRole('row', { name: /^Decision rule/ })
    await expect(rule.getByRole('cell')).toHaveText(['consensus', 'consensus', 'qualified majority of 67% by states, membership unanimous'])
    const bank = table.getByRole('row', { name: /^SCO Development Bank / })
    await expect(bank.getByRole('cell').nth(0)).toHaveText('vetoed by Russia')
    await expect(bank.getByRole('cell').nth(2)).toHaveText(/^adopted \d{4} with reservations/)

    const summary = panel.getByRole('region', { name: 'The biggest differences' })
    await expect(summary).toContainText(/The largest cohesion gap is [\d.]+ points, in \d{4}/)
    await expect(summary).toContainText(/SCO Development Bank: vetoed by Russia → vetoed by Russia → adopted \d{4} with reservations/)
    await expect(panel.getByText(/^Every run uses seed 20010615/)).toBeVisible()

    const attribution = panel.getByRole('region', { name: 'Where the difference comes from' })
    await expect(attribution.getByText('The shares depend on the order.')).toBeVisible()
    await attribution.getByLabel('to run (B)').selectOption({ label: 'Majority voting' })
    await expect(attribution.getByRole('rowheader', { name: /^Decision rule: consensus → qualified majority/ })).toBeVisible()
  })

  test('runs can be renamed and reordered by keyboard, and stay pinned after a reload', async ({ page }) => {
    await pinTwoAndCompare(page)
    const panel = page.getByRole('tabpanel', { name: 'Compare' })
    const first = panel.getByRole('region', { name: 'Without 2017 enlargement', exact: true })
    await first.getByRole('button', { name: /^Rename/ }).click()
    await first.getByLabel('New name').fill('No India, no Pakistan')
    await page.keyboard.press('Enter')
    const renamed = panel.getByRole('region', { name: 'No India, no Pakistan', exact: true })
    await expect(renamed).toBeVisible()
    await expect(renamed.getByRole('button', { name: /^Rename/ })).toBeFocused()

    await renamed.getByRole('button', { name: /^Move later/ }).focus()
    await page.keyboard.press('Enter')
    await expect(panel.locator('.run-card h3')).toHaveText(['Baseline', 'Majority voting', 'No India, no Pakistan'])
    await expect(renamed.getByRole('button', { name: /^Move earlier/ })).toBeFocused()

    // The link follows the runs a moment after each change; a reload reads the runs from it, so wait
    // until the link holds the new order (on a busy machine the rename's rewrite can come late).
    const pinNames = (hash: string): string[] => {
      // The link is `#v1=` and the compressed JSON payload (see src/persistence/scenario-codec.ts).
      const json = LZString.decompressFromEncodedURIComponent(hash.replace(/^#v1=/, '')) ?? '{}'
      return ((JSON.parse(json) as { pins?: Array<{ name: string }> }).pins ?? []).map((r) => r.name)
    }
    await expect.poll(async () => pinNames(await page.evaluate(() => location.hash))).toEqual(['Majority voting', 'No India, no Pakistan'])
    await page.reload({ waitUntil: 'networkidle' })
    await page.getByRole('tab', { name: 'Compare' }).click()
    await expect(page.locator('.run-card h3')).toHaveText(['Baseline', 'Majority voting', 'No India, no Pakistan'])
  })

  test('a run opened for editing goes back to the dashboard with its levers', async ({ page }) => {
    await pinTwoAndCompare(page)
    await page.getByRole('region', { name: 'Without 2017 enlargement', exact: true }).getByRole('button', { name: /^Open for editing/ }).click()
    await expect(page.getByRole('tab', { name: 'Dashboard' })).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('tab', { name: 'Dashboard' })).toBeFocused()
    await expect(page.getByRole('checkbox', { name: 'India', exact: true })).not.toBeChecked()
  })

  test('charts and the comparison download as PNG, SVG and CSV naming scenario, seed and model version', async ({ page }) => {
    await pinTwoAndCompare(page)
    const frame = page.getByRole('region', { name: 'Cohesion by run' })
    await frame.locator('summary', { hasText: 'Download' }).click()
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: button }).click()])
      return { name: download.suggestedFilename(), bytes: await readFile((await download.path()) ?? '') }
    }
    const png = await save('PNG image')
    expect(png.name).toBe('cohesion-by-run.png')
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
    const svg = await save('SVG image')
    expect(svg.name).toBe('cohesion-by-run.svg')
    const svgText = svg.bytes.toString('utf8')
    expect(svgText).toContain('<title id="chart-title">Cohesion by run</title>')
    expect(svgText).toContain('Majority voting')
    expect(svgText).toMatch(/seed 20010615 · model /)
    const csv = (await save('CSV data')).bytes.toString('utf8').split('\r\n')
    expect(csv[0]).toBe('# scenario: Comparison of Baseline; Without 2017 enlargement; Majority voting')
    expect(csv[1]).toBe('# seed: 20010615')
    expect(csv[2]).toMatch(/^# model version: \S+/)
    expect(csv.find((l) => l.startsWith('Year,'))).toBe('Year,Baseline,Without 2017 enlargement,Majority voting')
    await expect(frame.getByRole('status')).toHaveText('Saved cohesion-by-run.csv.')

    const [table] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download table (CSV)' }).click()])
    const tableText = (await readFile((await table.path()) ?? '')).toString('utf8')
    expect(tableText).toContain('Settings,Decision rule,consensus,consensus,"qualified majority of 67% by states, membership unanimous"')
  })

  test('dashboard charts download with the scenario being edited', async ({ page }) => {
    await openDashboard(page)
    await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Russia–China rift' })
    const frame = page.getByRole('region', { name: 'Cohesion over time' })
    await frame.locator('summary', { hasText: 'Download' }).click()
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'CSV data' }).click()])
    const lines = (await readFile((await download.path()) ?? '')).toString('utf8').split('\r\n')
    expect(lines[0]).toBe('# scenario: Russia–China rift')
    expect(lines.find((l) => l.startsWith('# link: '))).toMatch(/#v1=/)
    const timeline = page.getByRole('region', { name: 'Timeline of initiatives' })
    await timeline.locator('summary', { hasText: 'Download' }).click()
    await expect(timeline.getByRole('button', { name: 'PNG image' })).toHaveCount(0)
    await expect(timeline.getByRole('button', { name: 'CSV data' })).toBeVisible()
  })

  test('axe finds no WCAG 2 A/AA violations in the Compare view, with tables and downloads open', async ({ page, makeAxeBuilder }) => {
    await pinTwoAndCompare(page)
    await expect(page.getByRole('region', { name: 'What differs' })).toBeVisible()
    const report = async () =>
      (await makeAxeBuilder().analyze()).violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    expect(await report()).toEqual([])
    const panel = page.getByRole('tabpanel', { name: 'Compare' })
    const showTable = panel.getByRole('button', { name: 'Show as table' })
    while ((await showTable.count()) > 0) await showTable.first().click()
    await panel.locator('summary', { hasText: 'Download' }).first().click()
    await panel.getByRole('region', { name: 'Majority voting', exact: true }).getByRole('button', { name: /^Rename/ }).click()
    expect(await report()).toEqual([])
  })

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    test(`the Compare view fits ${viewport.width}×${viewport.height} without horizontal scrolling`, async ({ page }, testInfo) => {
      await page.setViewportSize(viewport)
      await pinTwoAndCompare(page)
      await expect(page.getByRole('region', { name: 'What differs' })).toBeVisible()
      const widths = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }))
      expect(widths.scroll).toBeLessThanOrEqual(widths.inner)
      await page.screenshot({ path: testInfo.outputPath(`compare-${viewport.width}.png`), fullPage: true })
    })
  }
})
