/**
 * `npm run bench`: time the model as it ships (bundled by Vite, as the browser and the Worker run it)
 * and check each performance budget. Prints one line per benchmark with the median in milliseconds
 * and whether it is within budget; exits 1 if any budget is missed.
 *
 *   node-model    one baseline run (all members, all initiatives, 2001–2035)     budget 2 ms
 *   node-draws    1,000 Monte Carlo draws, single-threaded                       budget 3,000 ms
 *   bundle        entry JavaScript of the built app, gzip                        budget 250 KB
 *   browser-slider  share of slider key presses repainted within 16 ms, in Chromium      at least 95%
 *   browser-bare    the same presses on six bare sliders (a control: what the machine allows now; no budget)
 *   browser-draws   1,000 Monte Carlo draws in the app's workers, Run to final bands     budget 1,500 ms
 *   browser-longtask  longest main-thread task while those draws run (Long Tasks API)   budget 50 ms
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { runBrowserBench, type Line } from './bench-browser'
import { runMonteCarloBench } from './bench-montecarlo'


const lines: Line[] = []
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

const outDir = join(process.cwd(), 'node_modules', '.tmp', 'bench-model')
await build({
  configFile: false,
  logLevel: 'silent',
  build: { outDir, emptyOutDir: true, minify: true, lib: { entry: join(process.cwd(), 'models', 'index.ts'), formats: ['es'], fileName: 'model' } },
})
const model = (await import(pathToFileURL(join(outDir, 'model.js')).href)) as typeof import('../models/index')
const data = model.loadProjectData()

// One baseline run: warm up, then the median of many timed runs. This machine's speed changes from
// one second to the next (a run takes about 1.1 ms in some stretches and 1.8 ms or more in others, as
// other work shares the processor): the runs are spread over a few seconds, so that no single stretch
// decides the figure, and the spread is printed beside it.
for (let i = 0; i < 100; i++) model.simulate(data.baseline, data)
const runs: number[] = []
for (let i = 0; i < 2000; i++) {
  const t0 = performance.now()
  model.simulate(data.baseline, data)
  runs.push(performance.now() - t0)
}
const at = (p: number): string => model.quantile(runs, p).toFixed(2)
lines.push({ name: 'node-model', value: median(runs), unit: 'ms', budget: 2, detail: `median of ${runs.length} baseline runs; 10th–90th percentile ${at(0.1)}–${at(0.9)} ms` })

// 1,000 draws: the median of three repetitions.
const drawTimes: number[] = []
for (let rep = 0; rep < 3; rep++) {
  const t0 = performance.now()
  model.runDraws(data.baseline, data, { from: 0, to: 1000 })
  drawTimes.push(performance.now() - t0)
}
lines.push({ name: 'node-draws', value: median(drawTimes), unit: 'ms', budget: 3000, detail: 'median of 3 × 1,000 draws' })

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
