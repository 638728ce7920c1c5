import { execFileSync } from 'node:child_process'
import { test, expect } from './fixtures'

// Same scenario and seed, same bytes: the browser's run must have the fingerprint that the command
// line prints for the same preset (one Node process per preset, run from the project's root).
function nodeRun(preset: string): { fingerprint: string; seed: number } {
  const out = execFileSync('npx', ['--no-install', 'tsx', 'scripts/sim.ts', 'run', '--scenario', preset], { encoding: 'utf8' })
  return JSON.parse(out) as { fingerprint: string; seed: number }
}

test.describe('same result in Node and in the browser', () => {
  for (const preset of ['baseline', 'no-2017-enlargement', 'qualified-majority']) {
    test(`the ${preset} run has the fingerprint the command line prints`, async ({ page }) => {
      const expected = nodeRun(preset)
      expect(expected.fingerprint).toMatch(/^[0-9a-f]{16}$/)
      await page.goto('/')
      await page.getByRole('combobox', { name: 'Scenario' }).selectOption(preset)
      await page.getByRole('tab', { name: 'Model and sources' }).click()
      await expect(page.getByTestId('run-seed')).toHaveText(String(expected.seed))
      await expect(page.getByTestId('result-fingerprint')).toHaveText(expected.fingerprint)
    })
  }
})
