import { test, expect } from './fixtures'
import type { Page } from '@playwright/test'

async function expectNoAxeViolations(makeAxeBuilder: () => import('@axe-core/playwright').AxeBuilder): Promise<void> {
  const results = await makeAxeBuilder().analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
  expect(summary, 'axe WCAG 2 A/AA violations').toEqual([])
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click()
}

test.describe('explanation panel, proposal form and model page', () => {
  test('explains the Development Bank veto and applies the change that flips it', async ({ page, makeAxeBuilder }) => {
    await page.goto('/')
    await page.getByRole('button', { name: /^SCO Development Bank\b/ }).click()

    const panel = page.getByRole('region', { name: 'SCO Development Bank' })
    await expect(panel).toBeVisible()
    await expect(panel.getByRole('heading', { level: 2, name: 'SCO Development Bank' })).toBeFocused()
    await expect(panel.locator('.explanation-outcome')).toContainText('Vetoed')
    await expect(panel.getByRole('heading', { name: 'Russia objects' })).toBeVisible()
    await expect(panel.locator('.blocker-reasons')).toContainText('Common government money')

    // The search runs in a worker; its answer names the lever and the new outcome in words.
    const apply = panel.getByRole('button', { name: 'Apply this change' })
    await expect(apply).toBeVisible({ timeout: 20_000 })
    await expect(panel.locator('.flip-status')).toContainText(/^Lower Russia's resistance to Chinese-led economics from 1\.00 to \d\.\d\d: the initiative is adopted/)

    await expectNoAxeViolations(makeAxeBuilder)

    await apply.click()
    await expect(panel.locator('.explanation-outcome')).toContainText(/^(Adopted|Adopted with reservations|Diluted)\b/)
    await expect(panel.getByRole('heading', { name: 'Russia objects' })).toHaveCount(0)

    await panel.getByRole('heading', { level: 2 }).focus()
    await page.keyboard.press('Escape')
    await expect(panel).toHaveCount(0)
  })

  test('previews member reactions to a proposal and adds it to the agenda', async ({ page, makeAxeBuilder }) => {
    await page.goto('/')
    await openTab(page, 'Propose an initiative')
    await page.getByLabel('Title').fill('SCO energy fund')
    await page.getByLabel('Pooled funding (0–1)').fill('0.9')
    await page.getByLabel('Bindingness (0–1)').fill('0.8')
    await page.getByLabel('Lead power').selectOption('CHN')

    const reactions = page.getByRole('region', { name: 'How the members react' })
    await expect(reactions).toContainText('In the current scenario:')
    const russia = reactions.getByRole('row', { name: /^Russia\b/ })
    await expect(russia).toContainText('Objects')
    await expect(russia).toContainText('Common government money')

    await page.getByLabel('Bindingness (0–1)').fill('3')
    await page.getByLabel('Bindingness (0–1)').blur()
    await expect(page.getByLabel('Bindingness (0–1)')).toHaveAttribute('aria-invalid', 'true')
    await expectNoAxeViolations(makeAxeBuilder)
    await page.getByLabel('Bindingness (0–1)').fill('0.8')

    await page.getByRole('button', { name: 'Add to the agenda' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Added “SCO energy fund”' })).toBeVisible()
    const mine = page.getByRole('region', { name: 'Your initiatives' })
    await expect(mine).toContainText('SCO energy fund')

    // Its explanation is open on the dashboard.
    await openTab(page, 'Dashboard')
    await expect(page.getByRole('region', { name: 'SCO energy fund' })).toBeVisible()

    await openTab(page, 'Propose an initiative')
    await expectNoAxeViolations(makeAxeBuilder)
  })

  test('the model page explains rules, sources and accuracy, accessibly', async ({ page, makeAxeBuilder }) => {
    await page.goto('/')
    await openTab(page, 'Model and sources')
    await expect(page.getByRole('heading', { level: 2, name: 'Model and sources' })).toBeVisible()
    await expect(page.getByRole('heading', { name: /Common government money/ })).toBeVisible()
    await expect(page.locator('.model-accuracy')).toContainText('Accuracy:')
    await expectNoAxeViolations(makeAxeBuilder)
  })
})
