import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import LZString from 'lz-string'
import { test, expect } from './fixtures'

/** Script-injection strings: each must be shown as text and never run. */
const CORPUS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  "'><iframe srcdoc='<script>parent.__pwned=1</script>'>",
  '{{ constructor.constructor("window.__pwned=1")() }}',
  '<a href="javascript:window.__pwned=1">click</a>',
  '${window.__pwned=1}<style>*{display:none}</style>',
]

const agenda = JSON.parse(readFileSync('data/initiatives.json', 'utf8')) as { initiatives: Array<Record<string, unknown>> }
const baseline = JSON.parse(readFileSync('data/scenarios/baseline.json', 'utf8')) as { levers: Record<string, number> }

/** A link fragment as the app writes it: versioned JSON, compressed. */
const linkTo = (payload: Record<string, unknown>): string => `/#v1=${LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, ...payload }))}`

/** Count script runs and dialogs: any is a failure. */
async function trap(page: Page): Promise<string[]> {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await page.addInitScript(() => {
    ;(window as unknown as { __pwned: number }).__pwned = 0
  })
  return dialogs
}
async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0)
  expect(dialogs).toEqual([])
  expect(await page.locator('main iframe, main img[src="x"], main svg[onload], main a[href^="javascript"], main style').count()).toBe(0)
}

async function openDashboard(page: Page, path = '/'): Promise<void> {
  await page.goto(path, { waitUntil: 'networkidle' })
  await expect(page.locator('canvas[role="img"][aria-label^="Cohesion, "]')).toBeVisible()
}
async function pin(page: Page, preset: string, name: string): Promise<void> {
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: preset })
  await page.getByLabel('Run name').fill(name)
  await page.getByRole('button', { name: /^Pin/ }).click()
  await expect(page.getByRole('status').filter({ hasText: `Pinned “${name}”` })).toBeVisible()
}
const runNames = (page: Page) => page.locator('.run-card h3')

test.describe('share', () => {
  test('Copy link opens the same scenario, selection and pinned runs in another browser', async ({ page, browser, baseURL }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    await openDashboard(page)
    await pin(page, 'No 2017 enlargement', 'Without 2017 enlargement')
    await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'History as it happened' })
    await page.getByRole('slider', { name: 'Russia–China alignment' }).fill('-0.4')
    await page.getByRole('slider', { name: 'Threat from Afghanistan' }).fill('1.6')
    await page.getByRole('checkbox', { name: 'Pakistan', exact: true }).uncheck()
    await page.getByRole('button', { name: /^SCO Development Bank: / }).click()
    // The link follows a change after a short pause.
    await page.waitForTimeout(400)
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible()
    const url = await page.evaluate(() => navigator.clipboard.readText())
    expect(url).toMatch(/#v1=/)

    const other = await browser.newContext()
    const fresh = await other.newPage()
    await fresh.goto(url, { waitUntil: 'networkidle' })
    await expect(fresh.getByRole('slider', { name: 'Russia–China alignment' })).toHaveValue('-0.4')
    await expect(fresh.getByRole('slider', { name: 'Threat from Afghanistan' })).toHaveValue('1.6')
    await expect(fresh.getByRole('checkbox', { name: 'Pakistan', exact: true })).not.toBeChecked()
    await expect(fresh.getByRole('checkbox', { name: 'India', exact: true })).toBeChecked()
    await expect(fresh.getByRole('heading', { level: 2, name: 'SCO Development Bank' })).toBeVisible()
    await fresh.getByRole('tab', { name: 'Compare' }).click()
    await expect(runNames(fresh)).toHaveText(['Baseline', 'Without 2017 enlargement'])
    await other.close()
  })

  test('a damaged link is refused with a notice naming what is wrong, and saved runs stay', async ({ page }) => {
    await openDashboard(page)
    await pin(page, 'Qualified majority voting', 'Saved before')
    const saved = await page.evaluate(() => localStorage.getItem('sco-scenario-lab:runs'))
    // The damaged link opens in another tab of the same browser (same storage).
    const tab = await page.context().newPage()
    const errors: string[] = []
    tab.on('pageerror', (e) => errors.push(e.message))
    await tab.goto(linkTo({ d: { l: { chinaAttention: 9 } }, pins: [{ id: 'run-1', name: 'From the link', d: {} }] }), { waitUntil: 'networkidle' })
    const alert = tab.getByRole('alert').filter({ hasText: 'This link could not be opened' })
    await expect(alert).toBeVisible()
    await expect(alert.getByRole('listitem')).toContainText(['d.l.chinaAttention'])
    await expect(tab.getByRole('slider', { name: "China's attention to the SCO" })).toHaveValue(String(baseline.levers.chinaAttention))
    await tab.getByRole('tab', { name: 'Compare' }).click()
    await expect(runNames(tab)).toHaveText(['Baseline', 'Saved before'])
    expect(await tab.evaluate(() => localStorage.getItem('sco-scenario-lab:runs'))).toBe(saved)
    await alert.getByRole('button', { name: 'Dismiss' }).click()
    await expect(alert).toHaveCount(0)

    await tab.goto('/#v1=this-is-not-a-scenario')
    await tab.reload({ waitUntil: 'networkidle' })
    await expect(tab.getByRole('alert').getByRole('listitem')).toHaveText(['link is damaged: it could not be decompressed'])
    expect(errors).toEqual([])
  })

  test('script-injection strings in a link are shown as text and never run', async ({ page }) => {
    const dialogs = await trap(page)
    const base = agenda.initiatives[0]!
    const initiatives = CORPUS.slice(4).map((title, i) => ({ ...base, id: `user-proposal-${i + 1}`, title }))
    const pins = CORPUS.slice(0, 4).map((name, i) => ({ id: `run-${i + 1}`, name, d: { l: { afghanThreat: 1 + i / 10 } } }))
    await openDashboard(page, linkTo({ d: {}, i: initiatives, pins, sel: 'user-proposal-1' }))
    await expect(page.getByRole('heading', { level: 2, name: CORPUS[4] })).toBeVisible()
    for (const title of CORPUS.slice(4)) await expect(page.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `) })).toBeVisible()
    await page.getByRole('tab', { name: 'Compare' }).click()
    await expect(runNames(page)).toHaveText(['Baseline', ...CORPUS.slice(0, 4)])
    for (const name of CORPUS.slice(0, 4)) await expect(page.getByRole('region', { name, exact: true })).toBeVisible()
    await expectNothingRan(page, dialogs)
  })

  test('script-injection strings in an imported file are shown as text and never run', async ({ page }) => {
    const dialogs = await trap(page)
    await openDashboard(page)
    await page.getByRole('tab', { name: 'Compare' }).click()
    for (const names of [CORPUS.slice(0, 4), CORPUS.slice(4)]) {
      const file = { format: 'sco-scenario-lab/run-set', schemaVersion: 1, modelVersion: 'x', runs: names.map((name, i) => ({ id: `run-${i + 1}`, name, d: {} })) }
      await page.getByLabel('Import runs from a file').setInputFiles({ name: 'corpus.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) })
      await expect(runNames(page)).toHaveText(['Baseline', ...names])
      await expect(page.getByRole('status').filter({ hasText: 'Loaded 4 runs from corpus.json' })).toBeVisible()
    }
    await page.getByRole('tab', { name: 'Dashboard' }).click()
    await page.getByRole('tab', { name: 'Compare' }).click()
    await expectNothingRan(page, dialogs)
  })

  test('a bad file is refused with its problems named, and the saved runs are intact', async ({ page }) => {
    await openDashboard(page)
    await pin(page, 'No 2017 enlargement', 'Without 2017 enlargement')
    await pin(page, 'Qualified majority voting', 'Majority voting')
    await page.getByRole('tab', { name: 'Compare' }).click()
    const saved = await page.evaluate(() => localStorage.getItem('sco-scenario-lab:runs'))
    const bad = { format: 'sco-scenario-lab/run-set', schemaVersion: 1, modelVersion: 'x', runs: [{ id: 'run-1', name: '', d: { l: { chinaAttention: 9 } } }] }
    await page.getByLabel('Import runs from a file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) })
    const alert = page.getByRole('alert').filter({ hasText: 'broken.json was not loaded' })
    await expect(alert).toBeVisible()
    await expect(alert).toContainText('your saved runs are unchanged')
    await expect(alert.getByRole('listitem')).toContainText(['runs[0].name', 'runs[0].d.l.chinaAttention'])
    await expect(runNames(page)).toHaveText(['Baseline', 'Without 2017 enlargement', 'Majority voting'])
    expect(await page.evaluate(() => localStorage.getItem('sco-scenario-lab:runs'))).toBe(saved)

    await page.getByLabel('Import runs from a file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a run set') })
    await expect(page.getByRole('alert').filter({ hasText: 'notes.txt was not loaded' }).getByRole('listitem')).toHaveText(['file is not JSON'])

    await page.reload({ waitUntil: 'networkidle' })
    await page.getByRole('tab', { name: 'Compare' }).click()
    await expect(runNames(page)).toHaveText(['Baseline', 'Without 2017 enlargement', 'Majority voting'])
  })

  test('runs exported as a file load in another browser, and an import can be undone', async ({ page, browser }) => {
    await openDashboard(page)
    await pin(page, 'Russia–China rift', 'Rift')
    await pin(page, 'Qualified majority voting', 'Majority voting')
    await page.getByRole('tab', { name: 'Compare' }).click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export runs (JSON)' }).click()])
    expect(download.suggestedFilename()).toMatch(/^sco-runs-\d{4}-\d{2}-\d{2}\.json$/)
    const buffer = await readFile((await download.path()) ?? '')

    const other = await browser.newContext()
    const fresh = await other.newPage()
    await openDashboard(fresh)
    await pin(fresh, 'No 2017 enlargement', 'Theirs')
    await fresh.getByRole('tab', { name: 'Compare' }).click()
    await fresh.getByLabel('Import runs from a file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer })
    await expect(runNames(fresh)).toHaveText(['Baseline', 'Rift', 'Majority voting'])
    await expect(fresh.getByRole('region', { name: 'Rift', exact: true })).toContainText('Russia–China alignment')
    await fresh.getByRole('button', { name: 'Undo import' }).click()
    await expect(runNames(fresh)).toHaveText(['Baseline', 'Theirs'])
    await other.close()
  })
})
