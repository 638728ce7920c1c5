#!/usr/bin/env node
// Prints one line, `N passed, N failed` (plus `, N skipped` if any), summing the Vitest
// report (.reports/unit.json) and the Playwright report (.reports/e2e.json).
// Exits 1 if a report is missing or unreadable, if any test failed, or if no test ran.
import { readFileSync } from 'node:fs'

const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : 0)

function load(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

const problems = []
let passed = 0
let failed = 0
let skipped = 0

const unit = load('.reports/unit.json')
if ('error' in unit || typeof unit.numTotalTests !== 'number') {
  problems.push(`unit report .reports/unit.json missing or invalid${unit.error ? ` (${unit.error})` : ''}`)
} else {
  passed += num(unit.numPassedTests)
  failed += num(unit.numFailedTests)
  skipped += num(unit.numPendingTests) + num(unit.numTodoTests)
  if (unit.success === false && num(unit.numFailedTests) === 0) {
    // e.g. a test file that failed to load: Vitest counts it as a failed suite, not a test.
    failed += Math.max(1, num(unit.numFailedTestSuites))
  }
}

const e2e = load('.reports/e2e.json')
const stats = e2e && typeof e2e === 'object' && !('error' in e2e) ? e2e.stats : undefined
if (!stats || typeof stats.expected !== 'number') {
  problems.push(`e2e report .reports/e2e.json missing or invalid${e2e.error ? ` (${e2e.error})` : ''}`)
} else {
  passed += num(stats.expected) + num(stats.flaky)
  failed += num(stats.unexpected)
  skipped += num(stats.skipped)
  // Errors outside any test (config, web server, global setup) are not counted as tests.
  if (Array.isArray(e2e.errors) && e2e.errors.length > 0 && num(stats.unexpected) === 0) failed += 1
}

for (const problem of problems) console.error(`test-summary: ${problem}`)
if (problems.length === 0 && passed + failed === 0) console.error('test-summary: no tests ran')

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`)
process.exit(problems.length > 0 || failed > 0 || passed + failed === 0 ? 1 : 0)
