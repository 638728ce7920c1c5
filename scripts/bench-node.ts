/**
 * Node benchmarks of the model, for `npm run bench`: times the model bundle named on the command
 * line and prints the two lines below as JSON on stdout.
 *   node-model    one baseline run (all members, all initiatives, 2001–2035)     budget 2 ms
 *   node-draws    1,000 Monte Carlo draws, single-threaded                       budget 3,000 ms
 *
 * `bench.ts` runs this file in a Node process of its own, which loads nothing but the model. Timed
 * inside the bench's own process, beside Vite's and Playwright's modules, a baseline run took 3–6 ms
 * in about half the runs instead of 1.1–1.3 ms: with that much else in the heap, V8 chose to
 * allocate the run's results straight into the old generation (allocation-site pretenuring,
 * `node --trace-pretenuring-statistics`), and then cleared them with a full collection every second
 * or so. That measured the harness's heap, not the model.
 */
import { pathToFileURL } from 'node:url'
import type { Line } from './bench-browser'

const modelFile = process.argv[2]
if (!modelFile) throw new Error('usage: tsx scripts/bench-node.ts <built model.js>')
const model = (await import(pathToFileURL(modelFile).href)) as typeof import('../models/index')
const data = model.loadProjectData()

const median = (xs: number[]): number => model.quantile(xs, 0.5)

// One baseline run: warm up, then the median of many timed runs. This machine's speed changes from
// one second to the next, as other work shares the processor: the runs are spread over a few
// seconds, so that no single stretch decides the figure, and the spread is printed beside it.
for (let i = 0; i < 100; i++) model.simulate(data.baseline, data)
const runs: number[] = []
for (let i = 0; i < 2000; i++) {
  const t0 = performance.now()
  model.simulate(data.baseline, data)
  runs.push(performance.now() - t0)
}
const at = (p: number): string => model.quantile(runs, p).toFixed(2)
const lines: Line[] = [
  { name: 'node-model', value: median(runs), unit: 'ms', budget: 2, detail: `median of ${runs.length} baseline runs; 10th–90th percentile ${at(0.1)}–${at(0.9)} ms` },
]

// 1,000 draws: the median of three repetitions.
const drawTimes: number[] = []
for (let rep = 0; rep < 3; rep++) {
  const t0 = performance.now()
  model.runDraws(data.baseline, data, { from: 0, to: 1000 })
  drawTimes.push(performance.now() - t0)
}
lines.push({ name: 'node-draws', value: median(drawTimes), unit: 'ms', budget: 3000, detail: 'median of 3 × 1,000 draws' })

process.stdout.write(`${JSON.stringify(lines)}\n`)
