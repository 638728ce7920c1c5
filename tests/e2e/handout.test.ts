import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

/**
 * The one-page handout through the browser's print. The print dialog itself cannot be driven, so
 * `window.print` is replaced by a counter: the test checks that "Print handout" prepared the page
 * and asked to print, then prints it to PDF as the dialog would and counts the pages.
 */

/** Count the pages of a PDF (its page objects, not the page tree). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length
}

async function preparePrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { printCalls: number }
    w.printCalls = 0
    window.print = () => {
      w.printCalls += 1
    }
  })
}

/** Press "Print handout" and wait until it has asked the browser to print. */
async function printHandout(page: Page): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)
  await page.getByRole('button', { name: 'Print handout' }).click()
  await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(before + 1)
}

// A scenario that moves every lever, adds six members, changes the rule and runs to 2060: the most
// a handout has to say.
const CROWDED =
  'v1=N4IgbiBcCMA0IBMqgDbJAJwK4GccEsBDAZQFMBjLDfAFwE8BRAWwAcALQgnKaAOgFZ42PEQbkA9gDtxTfOQBKpLjUKTypHrwAc8cm3yTCYqTLkAFXG00B2XfsMBBGjVKSa+KVAAMvAMx2DQicXNw9JADEMGSgAJi9oLyFcAkIAYXsglHwAc0kmVxooAFofAE5dAoxCFAcUyQAJUgRsg2zNcpADBCIzQgBrfBwVSQAVVwJPSBikkUIAdSUaVKkAMyi3QndJuExkogWhgHkwUgxqBA1IGmxSeFwzDCVXdW9tO5wHp7VSY9Pzy+uWFuIEIK2yHFGbEem1i8AMQ1oWC2hhQihW4gwTFe0AAvvAsZBQCMAKryWJeGIANngDnCAHFyVT4ABZAByDKmFOpIBGAGlmYzuQ4AFoMRm2EDEBzExlaPGYdADSRISAgCSSHDjXBFcQsGg6pEgeWXOKUrw4nFAA'

test.describe('the handout', () => {
  test('prints the current scenario on one page, A4 and Letter', async ({ page }) => {
    await preparePrint(page)
    await page.goto('/', { waitUntil: 'networkidle' })
    await page.getByLabel('Scenario', { exact: true }).selectOption('no-2017-enlargement')

    for (const format of ['A4', 'Letter'] as const) {
      // Each print (here, to PDF) ends with "afterprint", which puts the page back: press again each time.
      await printHandout(page)
      const pdf = await page.pdf({ format })
      expect(pageCount(pdf), `${format} pages`).toBe(1)
      await test.info().attach(`handout-${format}.pdf`, { body: pdf, contentType: 'application/pdf' })
    }

    await printHandout(page)
    // On screen nothing changes; in print only the handout shows.
    await expect(page.locator('.handout')).toBeHidden()
    await page.emulateMedia({ media: 'print' })
    const handout = page.getByRole('article', { name: 'Handout' })
    await expect(handout).toBeVisible()
    await expect(page.locator('#app')).toBeHidden()
    await expect(handout.getByRole('heading', { level: 1 })).toHaveText('No 2017 enlargement')
    await expect(handout.getByRole('heading', { name: 'Settings' })).toBeVisible()
    await expect(handout.getByText('India never joins')).toBeVisible()
    await expect(handout.getByRole('img', { name: /^Cohesion, 2001–2035: / })).toBeVisible()
    const changes = handout.getByRole('table')
    await expect(changes.getByRole('row', { name: /India as a full member Adopted Vetoed/ })).toBeVisible()
    await expect(handout.getByRole('heading', { name: /^Main vetoes and why/ })).toBeVisible()
    // The reasons behind a veto name the member, the rule and the claims.
    await expect(handout.locator('.handout-veto').first()).toContainText(/Russia: .+\(-?\d\.\d\d; [A-Z]{2,3}-\d\d/)
    await expect(handout.getByRole('heading', { name: 'Sources' })).toBeVisible()
    await expect(handout.getByText(/Valdai Club 2015|Nurimbetov 2021|Guliev et al\. 2020|Bayshulakova & Dubovtsev 2020|Starchak c\. 2010/).first()).toBeVisible()
    await expect(handout.getByRole('img', { name: /^QR code that opens this scenario/ })).toBeVisible()
    await expect(handout.locator('.handout-url')).toContainText(/#v1=/)
    await page.screenshot({ path: test.info().outputPath('handout-print.png'), fullPage: true })
  })

  test('fits a crowded scenario on one page too', async ({ page }) => {
    await preparePrint(page)
    await page.goto(`/#${CROWDED}`, { waitUntil: 'networkidle' })
    await expect(page.getByRole('slider', { name: 'Russia–China alignment' })).toHaveValue('-0.9')
    for (const format of ['A4', 'Letter'] as const) {
      await printHandout(page)
      const pdf = await page.pdf({ format })
      expect(pageCount(pdf), `${format} pages`).toBe(1)
    }
  })

  test('leaves the page as it was once printed', async ({ page }) => {
    await preparePrint(page)
    await page.goto('/', { waitUntil: 'networkidle' })
    await printHandout(page)
    expect(await page.evaluate(() => document.body.classList.contains('printing-handout'))).toBe(true)
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    await expect(page.locator('.handout-root')).toHaveCount(0)
    expect(await page.evaluate(() => document.body.classList.contains('printing-handout'))).toBe(false)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('#app')).toBeVisible()
  })
})
