// @vitest-environment jsdom
/**
 * The adoption table's rows are memoised on their values, not on the row objects (which are new at
 * every recount): a row must still be drawn again when only its single-run outcome or year changes.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { leverSpreads, loadProjectData, runDraws, simulate, summarizeDraws, type Initiative, type SimulationResult } from '../../models/index'
import UncertaintyAdoption from '../../src/components/UncertaintyAdoption.vue'
import { createAppI18n } from '../../src/i18n'

const data = loadProjectData()
const initiatives = new Map<string, Initiative>(data.initiatives.map((i) => [i.id, i]))
const single = simulate(data.baseline, data)

/** The single run with one initiative's fate replaced (a new result object, as a new run gives). */
function withFate(result: SimulationResult, id: string, fate: Pick<SimulationResult['initiatives'][number], 'outcome' | 'yearDecided'>): SimulationResult {
  return { ...result, initiatives: result.initiatives.map((i) => (i.id === id ? { ...i, ...fate } : { ...i })) }
}

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const rowOf = (w: VueWrapper, title: string) => w.findAll('tbody tr').find((tr) => tr.find('th').text() === title)

describe('the adoption table before any draws', () => {
  it('redraws a row whose single-run fate changed, and keeps the others, when every row object is new', async () => {
    wrapper = mount(UncertaintyAdoption, { props: { summary: null, initiatives, single }, global: { plugins: [createAppI18n()] } })
    const w = wrapper
    // Two rows the table shows, both adopted in the single run.
    const idOf = (title: string) => [...initiatives.values()].find((i) => i.title === title)?.id
    const shown = w.findAll('tbody tr').map((tr) => ({ title: tr.find('th').text(), fate: tr.findAll('td').at(-1)?.text() ?? '' }))
    const [first, second] = shown.filter((r) => /^adopted/i.test(r.fate) && idOf(r.title) !== undefined)
    if (!first || !second) throw new Error('the table shows fewer than two adopted initiatives')
    const id = idOf(first.title) ?? ''
    const fateOf = (title: string) => rowOf(w, title)?.findAll('td').at(-1)?.text()
    const secondRow = rowOf(w, second.title)?.element
    expect(secondRow).toBeInstanceOf(HTMLTableRowElement)

    // The same outcome in another year, then another outcome: each is drawn.
    const year = (single.initiatives.find((i) => i.id === id)?.yearDecided ?? 2001) + 3
    await w.setProps({ single: withFate(single, id, { outcome: 'adopted', yearDecided: year }) })
    expect(fateOf(first.title)).not.toBe(first.fate)
    expect(fateOf(first.title)).toContain(String(year))
    await w.setProps({ single: withFate(single, id, { outcome: 'vetoed', yearDecided: year }) })
    expect(fateOf(first.title)).toMatch(/veto/i)
    // The other row's fate came in a new object each time, unchanged: the row is kept as it was.
    expect(rowOf(w, second.title)?.element).toBe(secondRow)
    expect(fateOf(second.title)).toBe(second.fate)
  })
})

describe('the adoption table as draws arrive', () => {
  it('draws the rows a run’s first results change 40 per task, never all in the task that brought them', async () => {
    wrapper = mount(UncertaintyAdoption, { props: { summary: null, initiatives, single }, global: { plugins: [createAppI18n()] } })
    const w = wrapper
    const withResults = () => w.findAll('tbody tr').filter((tr) => tr.text().includes('%')).length
    const rows = w.findAll('tbody tr').length
    expect(rows).toBeGreaterThan(40)
    expect(withResults()).toBe(0)
    const summary = summarizeDraws(data.baseline, runDraws(data.baseline, data, { from: 0, to: 12 }, { leverSpreads: leverSpreads(data.uncertainty) }))
    await w.setProps({ summary })
    await nextTick()
    expect(withResults()).toBe(40)
    const counts = [withResults()]
    while (withResults() < rows && counts.length < 10) {
      await new Promise((r) => setTimeout(r, 0))
      await nextTick()
      counts.push(withResults())
    }
    const expected: number[] = []
    for (let k = 40; k < rows; k += 40) expected.push(k)
    expect(counts).toEqual([...expected, rows])
  })
})
