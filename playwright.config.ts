import { defineConfig, devices } from '@playwright/test'

// End-to-end tests run against the production build served by `vite preview`.
// The browser is Debian's chromium (/usr/bin/chromium); Playwright's own browser
// download is never used (see tests/e2e/README.md).
const isCI = Boolean(process.env.CI)
// E2E_PORT and E2E_OUT_DIR let several suites run side by side without sharing a build.
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.E2E_OUT_DIR ?? 'dist'
const baseURL = `http://localhost:${port}`

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.test.ts',
  outputDir: `./test-results/${port}`,
  fullyParallel: false,
  workers: 1, // 2-core machines: one browser at a time
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
