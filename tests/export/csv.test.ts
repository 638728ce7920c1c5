import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../src/export/csv'
import { fileStem } from '../../src/export/download'

describe('csvCell', () => {
  it.each([
    { input: 'plain', expected: 'plain' },
    { input: 'a,b', expected: '"a,b"' },
    { input: 'say "hi"', expected: '"say ""hi"""' },
    { input: 'two\nlines', expected: '"two\nlines"' },
    { input: '=HYPERLINK("x")', expected: `"'=HYPERLINK(""x"")"` },
    { input: '+1', expected: "'+1" },
    { input: '@SUM(A1)', expected: "'@SUM(A1)" },
    { input: 12.5, expected: '12.5' },
    { input: -3, expected: '-3' },
    { input: Number.NaN, expected: '' },
    { input: null, expected: '' },
  ])('quotes $input as $expected', ({ input, expected }) => {
    expect(csvCell(input)).toBe(expected)
  })
})

describe('toCsv', () => {
  it('states scenario, seed and model version before the header', () => {
    const text = toCsv(['year', 'cohesion'], [[2001, 60.5], [2002, 61]], {
      scenario: 'No 2017\nenlargement',
      seed: 7,
      modelVersion: '1.2.0',
      extra: { draws: 1000 },
    })
    expect(text.split('\r\n')).toEqual([
      '# scenario: No 2017 enlargement',
      '# seed: 7',
      '# model version: 1.2.0',
      '# draws: 1000',
      'year,cohesion',
      '2001,60.5',
      '2002,61',
      '',
    ])
  })
})

describe('fileStem', () => {
  it.each([
    { input: 'Cohesion, 2001–2035', expected: 'cohesion-2001-2035' },
    { input: '<script>alert(1)</script>', expected: 'script-alert-1-script' },
    { input: '…', expected: 'export' },
  ])('turns $input into $expected', ({ input, expected }) => {
    expect(fileStem(input)).toBe(expected)
  })
})
