import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

const cohesionCanvas = (page: Page) => page.locator('canvas[role="img"][aria-label^="Cohesion, "]')

async function openDashboard(page: Page): Promise<void> {
  await page.goto('/', { waitUntil: 'networkidle' })
  await expect(cohesionCanvas(page)).toBeVisible()
}

test.describe('dashboard', () => {
  test('charts describe themselves and offer their data as tables', async ({ page }) => {
    await openDashboard(page)
    await expect(cohesionCanvas(page)).toHaveAttribute('aria-label', /^Cohesion, 2001–2035: [\d.]+ in 2035 \(baseline [\d.]+\)/)
    await expect(page.locator('canvas[role="img"][aria-label^="Agenda outcomes by year, "]')).toBeVisible()
    await expect(page.locator('canvas[role="img"][aria-label^="Members\' satisfaction and influence"]')).toBeVisible()
    const cohesion = page.getByRole('region', { name: 'Cohesion over time' })
    await cohesion.getByRole('button', { name: 'Show as table' }).click()
    const table = cohesion.getByRole('table', { name: /Cohesion and its parts/ })
    await expect(table).toBeVisible()
    await expect(table.getByRole('rowheader', { name: '2035' })).toBeVisible()
    await expect(table.getByRole('columnheader', { name: 'Baseline cohesion' })).toBeVisible()
  })

  test('unticking India changes the cohesion chart', async ({ page }) => {
    await openDashboard(page)
    const before = await cohesionCanvas(page).getAttribute('aria-label')
    const india = page.getByRole('checkbox', { name: 'India', exact: true })
    await expect(india).toBeChecked()
    await india.uncheck()
    await expect(cohesionCanvas(page)).not.toHaveAttribute('aria-label', before ?? '')
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
  })

  test('a preset loads, and Ctrl+Z restores the baseline', async ({ page }) => {
    await openDashboard(page)
    const before = await cohesionCanvas(page).getAttribute('aria-label')
    const preset = page.getByLabel('Scenario', { exact: true })
    await preset.selectOption({ label: 'No 2017 enlargement' })
    await expect(page.getByText('India and Pakistan never join')).toBeVisible()
    await expect(page.getByRole('checkbox', { name: 'India', exact: true })).not.toBeChecked()
    await expect(page.getByRole('checkbox', { name: 'Pakistan', exact: true })).not.toBeChecked()
    await expect(cohesionCanvas(page)).not.toHaveAttribute('aria-label', before ?? '')

    await page.keyboard.press('Control+z')
    await expect(preset).toHaveValue('baseline')
    await expect(page.getByRole('checkbox', { name: 'India', exact: true })).toBeChecked()
    await expect(cohesionCanvas(page)).toHaveAttribute('aria-label', before ?? '')

    await page.keyboard.press('Control+Shift+z')
    await expect(preset).toHaveValue('no-2017-enlargement')
  })

  test('a slider moves the results at once; a bad typed value is refused', async ({ page }) => {
    await openDashboard(page)
    const before = await cohesionCanvas(page).getAttribute('aria-label')
    const slider = page.getByRole('slider', { name: "Russia's resistance to Chinese-led economics" })
    await slider.fill('0')
    await expect(cohesionCanvas(page)).not.toHaveAttribute('aria-label', before ?? '')
    const typed = page.getByLabel("Russia's resistance to Chinese-led economics: type a value")
    await typed.fill('7')
    await typed.press('Enter')
    await expect(page.getByText('Type a number from 0 to 2.')).toBeVisible()
    await expect(slider).toHaveValue('0')
  })

  test('an initiative on the timeline can be chosen by keyboard', async ({ page }) => {
    await openDashboard(page)
    const entry = page.getByRole('button', { name: /^SCO free-trade zone: Vetoed\./ })
    await entry.focus()
    await page.keyboard.press('Enter')
    await expect(entry).toHaveAttribute('aria-current', 'true')
  })

  test('axe finds no WCAG 2 A/AA violations, with tables and sources open', async ({ page, makeAxeBuilder }) => {
    await openDashboard(page)
    const report = async () =>
      (await makeAxeBuilder().analyze()).violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    expect(await report()).toEqual([])
    const showTable = page.getByRole('button', { name: 'Show as table' })
    while ((await showTable.count()) > 0) await showTable.first().click()
    // The first sources disclosure in the levers (the header's folded tools are a disclosure too).
    await page.locator('.dashboard-levers details summary').first().click()
    await page.getByLabel('Qualified majority').check()
    expect(await report()).toEqual([])
  })

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    test(`no horizontal overflow at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await openDashboard(page)
      const widths = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }))
      expect(widths.scroll).toBeLessThanOrEqual(widths.inner)
    })
  }
})
