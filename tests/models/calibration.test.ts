/**
 * Accuracy against documented SCO initiatives, through the same code path as `sim evaluate`.
 * The cases live beside the project (`../shared/calibration/`); the model never sees their ids or titles.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scoreCalibration } from '../../scripts/calibration'

describe('calibration against documented SCO initiatives', () => {
  const report = scoreCalibration()

  it('reaches 75% accuracy on the three classes and beats both simple baselines', () => {
    console.log(
      `calibration: ${report.correct}/${report.total} = ${(report.accuracy * 100).toFixed(1)}% ` +
        `(always "adopted" ${(report.baselineAlwaysAdopted * 100).toFixed(1)}%, majority class by domain ${(report.baselineMajorityByDomain * 100).toFixed(1)}%)`,
    )
    expect(report.total).toBeGreaterThanOrEqual(20)
    expect(report.accuracy).toBeGreaterThanOrEqual(0.75)
    expect(report.accuracy).toBeGreaterThan(report.baselineAlwaysAdopted)
    expect(report.accuracy).toBeGreaterThan(report.baselineMajorityByDomain)
  })

  it('matches the figures the Model page shows (data/calibration-report.json; refresh with npm run calibrate)', () => {
    const shown = JSON.parse(readFileSync('data/calibration-report.json', 'utf8')) as Record<string, unknown>
    expect(shown).toMatchObject({
      accuracy: report.accuracy,
      correct: report.correct,
      total: report.total,
      baselineAlwaysAdopted: report.baselineAlwaysAdopted,
      baselineMajorityByDomain: report.baselineMajorityByDomain,
    })
  })
})
