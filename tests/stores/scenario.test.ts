import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { loadProjectData } from '../../models/index'
import { useScenarioStore } from '../../src/stores/scenario'

const data = loadProjectData()

describe('scenario store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
  })

  it('starts at the baseline with nothing to undo or redo', () => {
    const store = useScenarioStore()
    expect(store.presetId).toBe(data.baseline.id)
    expect(store.scenario).toBe(data.baseline)
    expect(store.canUndo).toBe(false)
    expect(store.canRedo).toBe(false)
  })

  it('makes one drag of one lever a single undo step', () => {
    const store = useScenarioStore()
    for (const value of [1.05, 1.1, 1.25, 1.4]) store.setLever('russiaEconomicResistance', value)
    expect(store.scenario.levers.russiaEconomicResistance).toBe(1.4)
    store.undo()
    expect(store.scenario.levers.russiaEconomicResistance).toBe(data.baseline.levers.russiaEconomicResistance)
    expect(store.canUndo).toBe(false)
  })

  it('makes moves of two levers two undo steps', () => {
    const store = useScenarioStore()
    store.setLever('afghanThreat', 1.5)
    store.setLever('institutionalReform', 0.5)
    store.undo()
    expect(store.scenario.levers.afghanThreat).toBe(1.5)
    expect(store.scenario.levers.institutionalReform).toBe(data.baseline.levers.institutionalReform)
    store.undo()
    expect(store.scenario.levers.afghanThreat).toBe(data.baseline.levers.afghanThreat)
  })

  it('clamps and snaps lever values and turns on a lever’s override switch', () => {
    const store = useScenarioStore()
    store.setLever('chinaEconomicPush', 7)
    expect(store.scenario.levers.chinaEconomicPush).toBe(2)
    store.setLever('chinaEconomicPush', 1.333)
    expect(store.scenario.levers.chinaEconomicPush).toBe(1.35)
    expect(store.scenario.levers.russiaWestOverride).toBe(false)
    store.setLever('russiaWestConfrontation', 0.3)
    expect(store.scenario.levers.russiaWestOverride).toBe(true)
  })

  it('redoes what was undone, and a new edit clears the redo list', () => {
    const store = useScenarioStore()
    store.setLever('afghanThreat', 2)
    store.undo()
    expect(store.canRedo).toBe(true)
    store.redo()
    expect(store.scenario.levers.afghanThreat).toBe(2)
    store.undo()
    store.setLever('centralAsianHedging', 0.5)
    expect(store.canRedo).toBe(false)
  })

  it.each([
    { actor: 'IND', year: null, expected: null },
    { actor: 'AFG', year: 2030, expected: 2030 },
    { actor: 'IRN', year: 2020, expected: 2020 },
    { actor: 'TUR', year: 2100, expected: data.baseline.endYear },
  ])('setMembership($actor, $year) leaves membership year $expected', ({ actor, year, expected }) => {
    const store = useScenarioStore()
    store.setMembership(actor, year)
    expect(store.membershipYear(actor)).toBe(expected)
    const accessions = store.scenario.events.filter((e) => e.kind === 'accession' && e.actor === actor && e.status === 'member')
    expect(accessions).toHaveLength(expected === null ? 0 : 1)
  })

  it('undoes a membership change', () => {
    const store = useScenarioStore()
    store.setMembership('IND', null)
    store.undo()
    expect(store.membershipYear('IND')).toBe(2017)
  })

  it('loads a preset as one undo step and ignores unknown ids', () => {
    const store = useScenarioStore()
    expect(store.loadPreset('no-2017-enlargement')).toBe(true)
    expect(store.presetId).toBe('no-2017-enlargement')
    expect(store.membershipYear('IND')).toBeNull()
    expect(store.membershipYear('PAK')).toBeNull()
    expect(store.loadPreset('no-such-preset')).toBe(false)
    expect(store.presetId).toBe('no-2017-enlargement')
    store.undo()
    expect(store.presetId).toBe(data.baseline.id)
    expect(store.membershipYear('IND')).toBe(2017)
  })

  it('resets to the baseline', () => {
    const store = useScenarioStore()
    store.loadPreset('russia-china-rift')
    store.setLever('afghanThreat', 0)
    store.reset()
    expect(store.scenario).toBe(data.baseline)
    expect(store.presetId).toBe(data.baseline.id)
  })

  it('keeps the end year within 2025–2060', () => {
    const store = useScenarioStore()
    store.setEndYear(2100)
    expect(store.scenario.endYear).toBe(2060)
    store.setEndYear(1990)
    expect(store.scenario.endYear).toBe(2025)
  })
})
