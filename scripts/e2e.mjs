#!/usr/bin/env node
// Runs the end-to-end suite (tests/e2e) with Playwright's test runner against Debian's
// chromium. Playwright's own browser download is never used. Extra arguments are passed
// through: `npm run test:e2e -- tests/e2e/smoke.test.ts --headed`.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function run(command, args, options = {}) {
  console.log(`$ ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', ...options })
  if (result.error) {
    console.error(`e2e: could not run ${command}: ${result.error.message}`)
    return 1
  }
  return result.status ?? 1
}

if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    console.error(
      `e2e: ${chromium} is missing. Install Debian's chromium as root (apt-get update && apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium binary. Do not run `playwright install`.',
    )
    process.exit(1)
  }
  console.log(`e2e: ${chromium} is missing; installing Debian's chromium with apt-get`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  if (run('apt-get', ['update'], { env }) !== 0 || run('apt-get', ['install', '-y', 'chromium'], { env }) !== 0) {
    console.error('e2e: apt-get failed to install chromium')
    process.exit(1)
  }
  if (!existsSync(chromium)) {
    console.error(`e2e: chromium was installed but ${chromium} still does not exist`)
    process.exit(1)
  }
}

const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }
const status = run('npx', ['--no-install', 'playwright', 'test', ...process.argv.slice(2)], { env })
process.exit(status)
