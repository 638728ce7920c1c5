/**
 * `npm run bench`: time the model as it ships (bundled by Vite, as the browser and the Worker run it)
 * and check each performance budget. Prints one line per benchmark with the median in milliseconds
 * and whether it is within budget; exits 1 if any budget is missed.
 *
 *   node-model    one baseline run (all members, all initiatives, 2001–2035)     budget 2 ms
 *   node-draws    1,000 Monte Carlo draws, single-threaded                       budget 3,000 ms
 *   bundle        entry JavaScript of the built app, gzip                        budget 250 KB
 *   browser-slider  share of slider key presses repainted within 16 ms, in Chromium (a held key)  at least 95%
 *   browser-tap     the same presses 100 ms apart, as when a key is tapped (a reference; no budget)
 *   browser-bare    the same presses on six bare sliders (a control: what the machine allows now; no budget)
 *                   (each of these three: the median of three rounds on freshly loaded pages)
 *   browser-draws   1,000 Monte Carlo draws in the app's workers, Run to final bands     budget 1,500 ms
 *   browser-longtask  longest main-thread task while those draws run (Long Tasks API)   budget 50 ms
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { runBrowserBench, type Line } from './bench-browser'
import { runMonteCarloBench } from './bench-montecarlo'

const lines: Line[] = []
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx')

// The model as the browser and the Worker run it: bundled by Vite. Timed in a Node process of its
// own (bench-node.ts), which loads nothing else.
const outDir = join(process.cwd(), 'node_modules', '.tmp', 'bench-model')
await build({
  configFile: false,
  logLevel: 'silent',
  build: { outDir, emptyOutDir: true, minify: true, lib: { entry: join(process.cwd(), 'models', 'index.ts'), formats: ['es'], fileName: 'model' } },
})
const nodeBench = spawnSync(tsx, [join('scripts', 'bench-node.ts'), join(outDir, 'model.js')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
if (nodeBench.status !== 0) throw new Error(`scripts/bench-node.ts exited with ${nodeBench.status ?? nodeBench.signal}`)
lines.push(...(JSON.parse(nodeBench.stdout) as Line[]))

// Entry bundle size: build the app as it is now, so the bundle and browser figures match the source.
await build({ logLevel: 'warn' })
const assets = join(process.cwd(), 'dist', 'assets')
{
  const html = readFileSync(join(process.cwd(), 'dist', 'index.html'), 'utf8')
  const entries = readdirSync(assets).filter((f) => f.endsWith('.js') && html.includes(f))
  const bytes = entries.reduce((total, f) => total + gzipSync(readFileSync(join(assets, f))).length, 0)
  lines.push({ name: 'bundle', value: bytes / 1024, unit: 'KB', budget: 250, detail: `entry JavaScript, gzip (${entries.join(', ')})` })
}

// Browser benchmarks, in Chromium against the built app.
lines.push(...(await runBrowserBench()))
lines.push(...(await runMonteCarloBench()))

let failed = 0
for (const l of lines) {
  const ok = l.atLeast ? l.value >= l.budget : l.value <= l.budget
  const value = l.unit === 'ms' ? l.value.toFixed(3) : l.value.toFixed(1)
  const budget = `${l.atLeast ? 'at least' : 'budget'} ${l.budget} ${l.unit}`
  if (l.reference) {
    process.stdout.write(`${l.name.padEnd(16)} ${value.padStart(10)} ${l.unit}  reference, no budget (the app's: ${budget})  (${l.detail})\n`)
    continue
  }
  if (!ok) failed++
  process.stdout.write(`${l.name.padEnd(16)} ${value.padStart(10)} ${l.unit}  ${budget}  ${ok ? 'ok' : 'MISSED'}  (${l.detail})\n`)
}
process.exitCode = failed > 0 ? 1 : 0
