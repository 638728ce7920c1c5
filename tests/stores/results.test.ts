import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { LEVERS, loadProjectData, simulate } from '../../models/index'
import { runNow, type Schedule } from '../../src/scheduling/frame-tasks'
import { setResultsSchedule, useResultsStore, warmUpScenarios } from '../../src/stores/results'
import type { RequestIdle } from '../../src/scheduling/idle-jobs'
import { useScenarioStore } from '../../src/stores/scenario'

const data = loadProjectData()

/** A schedule that holds jobs until the test runs them, like a browser waiting for its next paint. */
function heldSchedule() {
  const jobs: Array<{ job: () => void; cancelled: boolean }> = []
  const schedule: Schedule = (job) => {
    const entry = { job, cancelled: false }
    jobs.push(entry)
    return () => (entry.cancelled = true)
  }
  const runAll = () => jobs.splice(0).forEach((e) => !e.cancelled && e.job())
  const live = () => jobs.filter((e) => !e.cancelled).length
  return { schedule, runAll, live }
}

describe('results store', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => setResultsSchedule(runNow))

  it('starts with the baseline run for both the scenario and the reference', () => {
    const results = useResultsStore()
    expect(results.result.years.at(-1)?.cohesion).toBe(simulate(data.baseline, data).years.at(-1)?.cohesion)
    expect(results.baseline.years.length).toBe(results.result.years.length)
  })

  it('runs a change only after the paint, and once for several moves in between', () => {
    const held = heldSchedule()
    setResultsSchedule(held.schedule)
    const scenario = useScenarioStore()
    const results = useResultsStore()
    const before = results.result
    for (const value of [1.2, 1.6, 2]) scenario.setLever('afghanThreat', value)
    expect(results.result).toBe(before)
    expect(held.live()).toBe(1)
    held.runAll()
    expect(results.result).not.toBe(before)
    expect(results.result).toEqual(simulate(scenario.scenario, data, { agenda: scenario.agenda }))
  })

  it('settles a pending change at once when asked, and cancels the scheduled run', () => {
    const held = heldSchedule()
    setResultsSchedule(held.schedule)
    const scenario = useScenarioStore()
    const results = useResultsStore()
    scenario.setMembership('IND', null)
    results.settle()
    expect(results.result.years.at(-1)?.members).not.toContain('IND')
    expect(held.live()).toBe(0)
  })

  it('re-runs the baseline only when the agenda changes', () => {
    const scenario = useScenarioStore()
    const results = useResultsStore()
    const baseline = results.baseline
    scenario.setLever('afghanThreat', 1.5)
    expect(results.baseline).toBe(baseline)
    const custom = { ...data.initiatives[0]!, id: 'my-own', title: 'My own initiative' }
    scenario.addInitiative(custom)
    expect(results.baseline).not.toBe(baseline)
    expect(results.baseline.initiatives.some((i) => i.id === 'my-own')).toBe(true)
  })

  it('warms up on each lever one step either way and on every preset, in idle time, changing no result', () => {
    const scenarios = warmUpScenarios(data.baseline, data)
    const moved = scenarios.slice(0, -data.presets.length)
    for (const lever of LEVERS) {
      const values = moved.filter((s) => s.levers[lever.key] !== data.baseline.levers[lever.key]).map((s) => s.levers[lever.key])
      const from = data.baseline.levers[lever.key]
      // A lever at the end of its range moves one way only.
      const expected = [from + lever.step, from - lever.step].filter((v) => v >= lever.min && v <= lever.max)
      expect(values.length, lever.key).toBe(expected.length)
      values.forEach((v, i) => expect(v, lever.key).toBeCloseTo(expected[i]!, 9))
    }
    // Every moved scenario differs from the baseline in exactly one numeric lever.
    for (const s of moved) expect(LEVERS.filter((l) => s.levers[l.key] !== data.baseline.levers[l.key])).toHaveLength(1)
    expect(scenarios.slice(-data.presets.length).map((s) => s.id)).toEqual(data.presets.map((p) => p.id))

    const results = useResultsStore()
    const before = results.result
    const idle: Array<Parameters<RequestIdle>[0]> = []
    results.warmUp((callback) => {
      idle.push(callback)
      return () => {}
    })
    // One scenario per idle period, each a short task of its own.
    let periods = 0
    while (idle.length > 0 && periods < 1000) {
      periods++
      idle.shift()!({ timeRemaining: () => 50 })
    }
    expect(periods).toBe(scenarios.length)
    expect(results.result).toBe(before)
  })
})
