import { test, expect } from './fixtures'

// Once loaded, the app works with the network off, including after a reload: a service worker
// precaches every built file (vite-plugin-pwa, generated at build time).
test.describe('offline', () => {
  test('after one visit the app reloads and works with the network off', async ({ page, context }) => {
    await page.goto('/', { waitUntil: 'networkidle' })
    // Wait until the service worker has installed (precached every file) and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
      }
    })
    await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Qualified majority voting' })
    await page.getByLabel('Run name').fill('Kept offline')
    await page.getByRole('button', { name: /^Pin/ }).click()

    await context.setOffline(true)
    // Nothing may reach the server from here on: whatever is not in the cache fails.
    const reachedServer: string[] = []
    await context.route('**/*', (route) => {
      reachedServer.push(route.request().url())
      return route.abort('internetdisconnected')
    })

    const response = await page.reload({ waitUntil: 'load' })
    expect(response?.fromServiceWorker()).toBe(true)
    await expect(page.getByRole('heading', { level: 1, name: 'SCO Scenario Lab' })).toBeVisible()
    const cohesion = page.locator('canvas[role="img"][aria-label^="Cohesion, "]')
    await expect(cohesion).toBeVisible()

    // The dashboard still works: a lever moves the charts, and another view (its own chunk) opens.
    const before = await cohesion.getAttribute('aria-label')
    await page.getByRole('checkbox', { name: 'India', exact: true }).uncheck()
    await expect(cohesion).not.toHaveAttribute('aria-label', before ?? '')
    await page.getByRole('tab', { name: 'Compare' }).click()
    await expect(page.getByRole('region', { name: 'Kept offline', exact: true })).toBeVisible()
    await expect(page.locator('canvas[role="img"][aria-label^="Cohesion of 2 runs"]')).toBeVisible()
    expect(reachedServer).toEqual([])
  })
})
