import { describe, expect, it } from 'vitest'
import { loadProjectData, scenarioFor, type Scenario } from '../../models/index'
import { changeInWords, ruleInWords, settingsInWords } from '../../src/present/describe'
import { text } from '../charts/fixtures'

const data = loadProjectData()
const actorName = (code: string) => text.t(`actors.${code}`)
const words = (s: Scenario) => settingsInWords(s, data.baseline, text, actorName)
const preset = (id: string) => {
  const s = scenarioFor(id, data)
  if (!s) throw new Error(`no preset ${id}`)
  return s
}

describe('settings in words', () => {
  it('says history is history', () => {
    expect(words(data.baseline)).toEqual(['History as it happened: no lever moved.'])
  })

  it.each([
    ['no-2017-enlargement', ['India never joins', 'Pakistan never joins']],
    ['afghanistan-joins', ['Afghanistan joins in 2027']],
    ['russia-china-rift', ['Russia–China alignment: -0.60 (history 0.50)']],
    ['qualified-majority', ['Decision rule: qualified majority of 67% (counted by number of states)']],
    ['sco-minus-x', ['Decision rule: Consensus with opt-outs (“SCO minus X”)']],
    ['china-turns-to-bri', ["China's attention to the SCO: 0.20 (history 0.60)", 'Belt and Road draws China away from: 2015 (history 2019)']],
  ])('%s', (id, expected) => {
    expect(words(preset(id))).toEqual(expected)
  })

  it('names a membership moved to another year, and the horizon', () => {
    expect(changeInWords({ kind: 'membership', actor: 'IRN', from: 2023, to: 2030 }, text, actorName)).toBe('Iran joins in 2030 (history 2023)')
    expect(changeInWords({ kind: 'end-year', from: 2035, to: 2050 }, text, actorName)).toBe('Runs to 2050')
    expect(ruleInWords({ kind: 'qualified-majority', weighting: 'population', threshold: 0.75, unanimityForMembership: true }, text)).toBe('qualified majority of 75% (counted by population)')
  })
})
