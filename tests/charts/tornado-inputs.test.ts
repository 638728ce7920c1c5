/** Every Monte Carlo input in the user's words, with the claims it encodes (src/charts/input-labels.ts). */
import { describe, expect, it } from 'vitest'
import { leverInfo, leverSpreads, loadProjectData, runDraws } from '../../models/index'
import { describeInput, inputLabel } from '../../src/charts/input-labels'
import { createAppI18n } from '../../src/i18n/index'
import { text } from './fixtures'

const data = loadProjectData()
const i18n = createAppI18n().global
const actorName = (id: string) => (i18n.te(`actors.${id}`) ? i18n.t(`actors.${id}`) : id)
const label = (path: string) => inputLabel(describeInput(path, data.actors), text, actorName)

describe('describeInput', () => {
  it.each([
    { path: 'levers.russiaChinaAlignment', expected: { kind: 'lever', key: 'russiaChinaAlignment', claims: leverInfo('russiaChinaAlignment').claims } },
    { path: 'actors.CHN.interests.economic', expected: { kind: 'interest', actor: 'CHN', key: 'economic', claims: ['CN-02', 'CN-01'] } },
    { path: 'actors.CHN.dominanceAversion.RUS', expected: { kind: 'dominance', actor: 'CHN', other: 'RUS', claims: ['CN-03', 'RU-05'] } },
    { path: 'actors.CHN.dominanceAversion.*', expected: { kind: 'dominance', actor: 'CHN', other: '*', claims: ['CN-03'] } },
    { path: 'actors.CHN.overlapAttitudes.BRI', expected: { kind: 'overlap', actor: 'CHN', key: 'BRI', claims: ['CN-05'] } },
    { path: 'actors.CHN.regionalInterest.central-asia', expected: { kind: 'region', actor: 'CHN', key: 'central-asia', claims: ['CN-01'] } },
    { path: 'actors.CHN.tolerance', expected: { kind: 'tolerance', actor: 'CHN', claims: ['ORG-04', 'CN-06'] } },
    { path: 'affinities.IND-PAK', expected: { kind: 'affinity', actor: 'IND', other: 'PAK', claims: ['EN-04'] } },
    { path: 'actors.CHN.colour', expected: { kind: 'unknown', claims: [] } },
    { path: 'nonsense', expected: { kind: 'unknown', claims: [] } },
  ])('$path → $expected.kind', ({ path, expected }) => {
    expect(describeInput(path, data.actors)).toMatchObject(expected)
  })
})

describe('inputLabel', () => {
  it.each([
    { path: 'levers.russiaChinaAlignment', expected: 'Lever: Russia–China alignment' },
    { path: 'actors.RUS.interests.pooledFunding', expected: 'Russia: attitude to common government money' },
    { path: 'actors.KAZ.dominanceAversion.CHN', expected: 'Kazakhstan: wariness of China leading' },
    { path: 'actors.KAZ.dominanceAversion.*', expected: 'Kazakhstan: wariness of any other power leading' },
    { path: 'actors.RUS.overlapAttitudes.EAEU', expected: 'Russia: attitude to anything touching the Eurasian Economic Union' },
    { path: 'actors.IND.regionalInterest.middle-east', expected: 'India: interest in the Middle East' },
    { path: 'actors.PAK.tolerance', expected: 'Pakistan: loss it accepts for consensus' },
    { path: 'affinities.RUS-IND', expected: 'Warmth between Russia and India' },
  ])('$path → "$expected"', ({ path, expected }) => {
    expect(label(path)).toBe(expected)
  })

  it('names every input the model draws, with at least one claim, and no two alike', () => {
    const [draw] = runDraws(data.baseline, data, { from: 0, to: 1 }, { recordInputs: true, leverSpreads: leverSpreads(data.uncertainty) })
    const paths = draw?.inputs?.paths ?? []
    expect(paths.length).toBeGreaterThan(100)
    const labels = paths.map(label)
    for (const [i, path] of paths.entries()) {
      const info = describeInput(path, data.actors)
      expect(info.kind, path).not.toBe('unknown')
      expect(info.claims.length, path).toBeGreaterThan(0)
      expect(labels[i], path).not.toMatch(/uncertainty\.|levers\.|\{/)
    }
    expect(new Set(labels).size).toBe(labels.length)
  })
})
