/**
 * `npm run calibrate`: score the model against the documented cases, print the table, and write the
 * figures the Model page shows to `data/calibration-report.json` (a test checks they are current).
 */
import { writeFileSync } from 'node:fs'
import { scoreCalibration } from './calibration'

const report = scoreCalibration()
for (const c of report.cases) {
  process.stdout.write(`${c.correct ? 'ok  ' : 'MISS'} ${c.id.padEnd(40)} actual ${c.actual.padEnd(8)} predicted ${c.predicted.padEnd(8)} (${c.outcome})\n`)
}
process.stdout.write(
  `accuracy ${report.correct}/${report.total} = ${(report.accuracy * 100).toFixed(1)}%; ` +
    `always "adopted" ${(report.baselineAlwaysAdopted * 100).toFixed(1)}%; majority class by domain ${(report.baselineMajorityByDomain * 100).toFixed(1)}%\n`,
)
const { cases, ...summary } = report
writeFileSync('data/calibration-report.json', `${JSON.stringify({ ...summary, misses: cases.filter((c) => !c.correct).map((c) => c.id) }, null, 2)}\n`)
