import { test, expect } from './fixtures'

test.describe('smoke', () => {
  test('home page loads, is self-contained and accessible', async ({ page, baseURL, consoleErrors, externalRequests, makeAxeBuilder }) => {
    const ownOrigin = new URL(baseURL ?? 'http://localhost:4173').origin
    const origins = new Set<string>()
    page.on('request', (request) => {
      const url = request.url()
      if (/^(https?|wss?):/.test(url)) origins.add(new URL(url).origin)
    })

    const response = await page.goto('/', { waitUntil: 'networkidle' })
    expect(response?.ok(), 'GET / succeeds').toBe(true)

    await expect(page).toHaveTitle(/SCO Scenario Lab/)
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()

    expect(consoleErrors, 'no console errors').toEqual([])
    expect(externalRequests, 'no requests to other origins').toEqual([])
    expect([...origins], 'only the page’s own origin is contacted').toEqual([ownOrigin])

    const results = await makeAxeBuilder().analyze()
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
    expect(summary, 'axe WCAG 2 A/AA violations').toEqual([])
  })
})
