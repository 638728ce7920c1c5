import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Locator, Page } from '@playwright/test'
import { AxeBuilder } from '@axe-core/playwright'
import { test, expect } from './fixtures'

/**
 * Presenting in class: pinned runs and lessons full screen, stepped through with the keyboard,
 * readable from the back row; the presenter's window in step with the audience's; the QR code.
 * Pinned runs are seeded in the browser's storage (the schema of src/persistence/run-storage.ts),
 * so these tests do not depend on the pinning controls.
 */

const RUNS_KEY = 'sco-scenario-lab:runs'
const PINS = {
  schemaVersion: 2,
  runs: [
    { id: 'run-1', name: 'Without India and Pakistan', d: { p: 'no-2017-enlargement', m: { IND: null, PAK: null } } },
    { id: 'run-2', name: 'A Russia–China rift', d: { p: 'russia-china-rift', l: { russiaChinaAlignment: -0.6 } } },
  ],
}
const jsqrSource = readFileSync(createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'), 'utf8')

async function seedPins(page: Page): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('pins-seeded')) {
        localStorage.setItem(key, value)
        sessionStorage.setItem('pins-seeded', '1')
      }
    },
    [RUNS_KEY, JSON.stringify(PINS)] as const,
  )
}

const presentation = (page: Page) => page.getByRole('dialog', { name: /^Presentation: / })
const slideTitle = (page: Page) => presentation(page).getByRole('heading', { level: 2 })
const live = (page: Page) => presentation(page).locator('[aria-live="polite"]')

/** Read a QR code drawn as SVG on the page, as a phone's camera would. */
async function readQr(page: Page, svg: Locator): Promise<string | null> {
  await page.addScriptTag({ content: jsqrSource })
  return svg.evaluate(async (element) => {
    const clone = element.cloneNode(true) as SVGSVGElement
    clone.setAttribute('width', '400')
    clone.setAttribute('height', '400')
    const image = new Image()
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 400
    const context = canvas.getContext('2d')
    if (!context) return null
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, 400, 400)
    context.drawImage(image, 0, 0, 400, 400)
    const pixels = context.getImageData(0, 0, 400, 400)
    const reader = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR
    return reader(pixels.data, 400, 400)?.data ?? null
  })
}

/** Accessibility violations inside a part of the page (WCAG 2 A/AA, colour contrast included). */
async function axeViolations(builder: AxeBuilder, selector?: string): Promise<string[]> {
  const results = await (selector ? builder.include(selector) : builder).analyze()
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test.describe('presentation mode', () => {
  test.use({ viewport: { width: 1366, height: 768 } })

  test('presents the pinned runs full screen, steps with the keyboard, and leaves with Escape', async ({ page, makeAxeBuilder }) => {
    await seedPins(page)
    await page.goto('/', { waitUntil: 'networkidle' })
    await expect(page.getByLabel('Slides')).toHaveValue('pins')
    await expect(page.getByLabel('Slides').locator('option:checked')).toHaveText('Pinned runs (2)')
    // Scroll a little, keeping the Present button in view (a click would otherwise scroll to it first).
    await page.mouse.wheel(0, 40)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
    const scrolled = await page.evaluate(() => window.scrollY)

    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await expect(presentation(page)).toBeVisible()
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label') ?? null)).toBe('Presentation: Pinned runs')
    await expect(slideTitle(page)).toHaveText('Without India and Pakistan')
    await expect(presentation(page).locator('.slide-settings')).toHaveText('India never joins · Pakistan never joins')
    // The chart shows what the slide is about, in words, for screen readers.
    await expect(presentation(page).locator('canvas[role="img"]')).toHaveAttribute('aria-label', /^Cohesion, 2001–2035: [\d.]+ in 2035 \(history [\d.]+\)/)

    // Forward: the next run, then (a second press) its comparison with the first.
    await page.keyboard.press('ArrowRight')
    await expect(slideTitle(page)).toHaveText('A Russia–China rift')
    await expect(live(page)).toHaveText('Slide 2 of 2: A Russia–China rift.')
    await page.keyboard.press('Space')
    await expect(live(page)).toContainText('Showing the comparison with the previous slide.')
    await expect(presentation(page).locator('canvas[role="img"]')).toHaveAttribute('aria-label', /Previous slide, “Without India and Pakistan”: [\d.]+ in 2035\.$/)
    await expect(presentation(page).locator('.slide-outcomes-heading')).toHaveText(/^Outcomes unlike the previous slide: \d+$/)
    // Back: hide the comparison, then the first run.
    await page.keyboard.press('ArrowLeft')
    await expect(live(page)).not.toContainText('comparison')
    await page.keyboard.press('PageUp')
    await expect(slideTitle(page)).toHaveText('Without India and Pakistan')
    await page.keyboard.press('End')
    await expect(slideTitle(page)).toHaveText('A Russia–China rift')
    await page.keyboard.press('Home')
    await expect(slideTitle(page)).toHaveText('Without India and Pakistan')

    expect(await axeViolations(makeAxeBuilder(), '.presentation')).toEqual([])

    await page.keyboard.press('Escape')
    await expect(presentation(page)).toHaveCount(0)
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true)
    // Back where the user was: the same place on the page, focus on the button that started it.
    await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeFocused()
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)
  })

  test('reads from the back row: slide text is at least 24 px on a 1366 × 768 projector', async ({ page }) => {
    await page.goto('/', { waitUntil: 'networkidle' })
    await page.getByLabel('Slides').selectOption({ label: 'Why the SCO never built its bank' })
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await expect(slideTitle(page)).toHaveText('Why the SCO never built its bank')
    await page.keyboard.press('ArrowRight')
    await expect(slideTitle(page)).toHaveText('History: a bank that stayed on paper')
    // Let the controls fade, as they do when the mouse rests.
    await expect(presentation(page)).toHaveClass(/chrome-hidden/, { timeout: 5000 })

    const slide = presentation(page).locator('.slide')
    // The slide is drawn at its design size, not shrunk: computed sizes are what the room sees.
    const box = await slide.boundingBox()
    expect(box?.width).toBeCloseTo(1366, 0)
    expect(box?.height).toBeCloseTo(768, 0)
    const sizes = await slide.evaluate((root) => {
      const out: { text: string; size: number; color: string }[] = []
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
        if (!own || el.closest('canvas')) continue
        const style = getComputedStyle(el)
        out.push({ text: el.textContent?.trim().slice(0, 40) ?? '', size: parseFloat(style.fontSize), color: style.color })
      }
      return out
    })
    expect(sizes.length).toBeGreaterThan(10)
    const small = sizes.filter((s) => s.size < 24)
    expect(small, 'slide text smaller than 24 px').toEqual([])
    // High contrast: text is black or near-black on white, apart from the accent colour.
    const colours = new Set(sizes.map((s) => s.color))
    for (const colour of colours) expect(['rgb(0, 0, 0)', 'rgb(38, 38, 38)', 'rgb(11, 79, 138)']).toContain(colour)
    await page.screenshot({ path: test.info().outputPath('slide-1366x768.png') })
  })

  test('presents a lesson from the picker: title, steps with their takeaways, questions', async ({ page, makeAxeBuilder }) => {
    await page.goto('/', { waitUntil: 'networkidle' })
    await page.getByLabel('Slides').selectOption({ label: 'What enlargement did to consensus' })
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await expect(slideTitle(page)).toHaveText('What enlargement did to consensus')
    await page.keyboard.press('PageDown')
    await expect(slideTitle(page)).toHaveText('The founders only')
    await expect(presentation(page).locator('.slide-takeaway-text')).toHaveText('Six members: the Greater Eurasia link passes; the Central Asian founders keep Belarus out.')
    await expect(presentation(page).locator('.slide-outcome').first()).toContainText('Adopted')
    await page.keyboard.press('End')
    await expect(slideTitle(page)).toHaveText('Questions for discussion')
    await expect(presentation(page).locator('.slide-question-list li')).toHaveCount(5)
    expect(await axeViolations(makeAxeBuilder(), '.presentation')).toEqual([])
    await page.keyboard.press('Escape')
    await expect(presentation(page)).toHaveCount(0)
  })

  test('opens a lesson that came with a link', async ({ page }) => {
    await page.goto('/?lesson=central-asia', { waitUntil: 'networkidle' })
    const offer = page.getByRole('status').filter({ hasText: 'A lesson came with this link' })
    await expect(offer).toContainText('“Central Asia between Russia and China”')
    // The lesson is taken out of the address, which stays the scenario's link.
    await expect.poll(() => page.evaluate(() => window.location.search)).toBe('')
    await offer.getByRole('button', { name: 'Present it' }).click()
    await expect(slideTitle(page)).toHaveText('Central Asia between Russia and China')
  })

  test('refuses a damaged lesson link and says why', async ({ page }) => {
    await page.goto('/?lesson=v1.notalesson', { waitUntil: 'networkidle' })
    const alert = page.getByRole('alert').filter({ hasText: 'The lesson in this link could not be opened' })
    await expect(alert).toContainText('link is damaged')
  })

  test('the presenter’s window and the audience’s stay in step, either one driving', async ({ page, context, makeAxeBuilder }) => {
    await seedPins(page)
    await page.goto('/', { waitUntil: 'networkidle' })
    await page.getByLabel('Slides').selectOption({ label: 'Why the SCO never built its bank' })
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()])
    const presenterErrors: string[] = []
    presenter.on('pageerror', (e) => presenterErrors.push(e.message))
    presenter.on('console', (m) => m.type() === 'error' && presenterErrors.push(m.text()))
    await presenter.waitForLoadState('networkidle')
    await expect(presenter.getByText('Waiting for the presentation')).toBeVisible()

    await page.bringToFront()
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await expect(slideTitle(page)).toHaveText('Why the SCO never built its bank')
    const now = presenter.getByRole('region', { name: 'Now on screen' })
    await expect(now.getByRole('heading', { level: 3 })).toHaveText('Why the SCO never built its bank')
    await expect(presenter.getByRole('heading', { name: 'Next: History: a bank that stayed on paper' })).toBeVisible()
    await expect(presenter.getByRole('timer')).toContainText(/\d\d:\d\d/)

    // The presenter drives.
    await presenter.getByRole('button', { name: 'Next', exact: true }).click()
    await expect(slideTitle(page)).toHaveText('History: a bank that stayed on paper')
    await presenter.keyboard.press('ArrowRight')
    await expect(slideTitle(page)).toHaveText('Russia and China as close partners')
    await expect(presenter.getByText('Nurimbetov 2021 calls the SCO a buffer')).toBeVisible()

    // The audience window drives.
    await page.keyboard.press('ArrowRight')
    await expect(presenter.locator('.presenter-count')).toHaveText('3 / 7')
    await expect(live(page)).toContainText('Showing the comparison')
    await expect(presenter.getByRole('button', { name: 'Compare with previous' })).toHaveAttribute('aria-pressed', 'true')
    await page.keyboard.press('ArrowRight')
    await expect(now.getByRole('heading', { level: 3 })).toHaveText('Russia drops its resistance to Chinese-led finance')

    // A takeaway rewritten in the presenter's window appears on the screen.
    await presenter.getByLabel('Takeaway for this slide').fill('Money, not mood.')
    await presenter.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(presentation(page).locator('.slide-takeaway-text')).toHaveText('Money, not mood.')

    expect(await axeViolations(makeAxeBuilder(), '.presentation')).toEqual([])
    expect(await axeViolations(new AxeBuilder({ page: presenter }).withTags(['wcag2a', 'wcag2aa']))).toEqual([])

    await presenter.getByRole('button', { name: 'End presentation' }).click()
    await expect(presentation(page)).toHaveCount(0)
    await expect(presenter.getByText('The presentation has ended')).toBeVisible()

    // Closing the audience's window ends the presentation in the presenter's too.
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await expect(now.getByRole('heading', { level: 3 })).toHaveText('Why the SCO never built its bank')
    await page.close({ runBeforeUnload: true })
    await expect(presenter.getByText('The presentation has ended')).toBeVisible()
    expect(presenterErrors).toEqual([])
  })

  test('puts the current scenario’s QR code on screen, and it opens that scenario', async ({ page, context }) => {
    await seedPins(page)
    await page.goto('/', { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await expect(slideTitle(page)).toHaveText('Without India and Pakistan')
    await page.keyboard.press('ArrowRight')
    await expect(slideTitle(page)).toHaveText('A Russia–China rift')
    await page.keyboard.press('q')
    const code = presentation(page).getByRole('img', { name: 'QR code that opens this scenario in the SCO Scenario Lab' })
    await expect(code).toBeVisible()
    const link = await readQr(page, code)
    expect(link).toMatch(/^http:\/\/localhost:\d+\/#v1=/)

    const phone = await context.newPage()
    await phone.setViewportSize({ width: 390, height: 844 })
    await phone.goto(link ?? '', { waitUntil: 'networkidle' })
    await expect(phone.getByLabel('Scenario', { exact: true })).toHaveValue('russia-china-rift')
    await expect(phone.getByRole('slider', { name: 'Russia–China alignment' })).toHaveValue('-0.6')
    await phone.close()
  })

  test('shows the QR code of the scenario being edited on request', async ({ page, makeAxeBuilder }) => {
    await seedPins(page)
    await page.goto('/', { waitUntil: 'networkidle' })
    await page.getByLabel('Scenario', { exact: true }).selectOption('qualified-majority')
    await page.getByRole('button', { name: 'Show QR code' }).click()
    const dialog = page.getByRole('dialog', { name: 'Open this scenario on your phone' })
    await expect(dialog).toBeVisible()
    const code = dialog.getByRole('img', { name: /^QR code that opens this scenario/ })
    await expect(code).toBeVisible()
    const link = await readQr(page, code)
    expect(link).toBe(await dialog.getByLabel('Link to this scenario').inputValue())
    // The code carries the scenario, not the pinned runs, so it stays easy to scan.
    expect((link ?? '').length).toBeLessThan(page.url().length)
    expect(await axeViolations(makeAxeBuilder(), '.qr-dialog')).toEqual([])
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()

    await page.goto(link ?? '', { waitUntil: 'networkidle' })
    await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('qualified-majority')
  })
})
