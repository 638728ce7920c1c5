import { test as base, expect } from '@playwright/test'
import { AxeBuilder } from '@axe-core/playwright'

/**
 * Shared `test` for every end-to-end file: `import { test, expect } from './fixtures'`.
 *
 * - `consoleErrors`: every console.error message and uncaught page error, collected from
 *   the first navigation on. The test fails at teardown if any were seen, unless the
 *   file sets `test.use({ failOnConsoleErrors: false })`.
 * - `externalRequests`: every request to an origin other than the app's own (baseURL).
 *   Such requests are aborted (the app must be self-contained and work offline) and the
 *   test fails at teardown, unless `test.use({ failOnExternalRequests: false })`.
 * - `makeAxeBuilder()`: an AxeBuilder limited to WCAG 2 A and AA rules.
 */
type Options = {
  failOnConsoleErrors: boolean
  failOnExternalRequests: boolean
}

type Fixtures = {
  consoleErrors: string[]
  externalRequests: string[]
  makeAxeBuilder: () => AxeBuilder
}

export const test = base.extend<Fixtures & Options>({
  failOnConsoleErrors: [true, { option: true }],
  failOnExternalRequests: [true, { option: true }],

  consoleErrors: [
    async ({ page, failOnConsoleErrors }, use) => {
      const errors: string[] = []
      page.on('console', (msg) => {
        if (msg.type() === 'error') {
          const { url, lineNumber } = msg.location()
          errors.push(`console.error: ${msg.text()}${url ? ` (${url}:${lineNumber})` : ''}`)
        }
      })
      page.on('pageerror', (error) => {
        errors.push(`uncaught: ${error.name}: ${error.message}`)
      })
      await use(errors)
      if (failOnConsoleErrors) {
        expect(errors, 'console errors or uncaught exceptions on the page').toEqual([])
      }
    },
    { auto: true },
  ],

  externalRequests: [
    async ({ page, baseURL, failOnExternalRequests }, use) => {
      const ownOrigin = new URL(baseURL ?? 'http://localhost:4173').origin
      const external: string[] = []
      const isExternal = (url: string): boolean => {
        if (!/^(https?|wss?):/.test(url)) return false // data:, blob:, about: stay in the page
        return new URL(url).origin !== ownOrigin
      }
      page.on('request', (request) => {
        if (isExternal(request.url())) external.push(`${request.method()} ${request.url()}`)
      })
      // Abort anything leaving the app's origin so a test never depends on the network.
      await page.route(
        (url) => isExternal(url.href),
        (route) => route.abort('blockedbyclient'),
      )
      await use(external)
      if (failOnExternalRequests) {
        expect(external, 'requests to origins other than the app').toEqual([])
      }
    },
    { auto: true },
  ],

  makeAxeBuilder: async ({ page }, use) => {
    await use(() => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']))
  },
})

export { expect }
