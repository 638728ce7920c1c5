import { describe, expect, it } from 'vitest'
import { IDLE_MS_PER_JOB, runWhenIdle, type IdleDeadline, type RequestIdle } from '../../src/scheduling/idle-jobs'

/** Fake idle periods: each request waits until the test grants an idle period of some length. */
function fakeIdle() {
  const waiting: Array<{ callback: (deadline: IdleDeadline) => void; cancelled: boolean }> = []
  const requestIdle: RequestIdle = (callback) => {
    const entry = { callback, cancelled: false }
    waiting.push(entry)
    return () => (entry.cancelled = true)
  }
  /** Grant one idle period of `ms` milliseconds; each job run in it uses `perJob` of them. */
  const grant = (ms: number, perJob: number, ran: () => number) => {
    const entry = waiting.shift()
    if (!entry || entry.cancelled) return false
    const start = ran()
    entry.callback({ timeRemaining: () => Math.max(0, ms - (ran() - start) * perJob) })
    return true
  }
  const live = () => waiting.filter((e) => !e.cancelled).length
  return { requestIdle, grant, live }
}

describe('runWhenIdle', () => {
  const table: Array<{ idle: number[]; perJob: number; expected: number[] }> = [
    // Enough time for every job in the first idle period.
    { idle: [50], perJob: 1, expected: [5] },
    // Each period fits two jobs of 4 ms (the second starts with 6 ms left, the third would start with 2).
    { idle: [10, 10, 10], perJob: 4, expected: [2, 4, 5] },
    // A period shorter than one job's allowance runs nothing, and the jobs wait for the next.
    { idle: [IDLE_MS_PER_JOB - 1, 20], perJob: 2, expected: [0, 5] },
  ]
  it.each(table)('runs jobs in idle periods of $idle ms, $perJob ms each: $expected done after each', ({ idle, perJob, expected }) => {
    const fake = fakeIdle()
    const done: number[] = []
    runWhenIdle(
      Array.from({ length: 5 }, (_, i) => () => done.push(i)),
      fake.requestIdle,
    )
    const after = idle.map((ms) => {
      fake.grant(ms, perJob, () => done.length)
      return done.length
    })
    expect(after).toEqual(expected)
    expect(done).toEqual([0, 1, 2, 3, 4].slice(0, expected.at(-1)))
    expect(fake.live()).toBe(done.length < 5 ? 1 : 0)
  })

  it('drops the jobs not yet run when cancelled, and asks for no more idle time', () => {
    const fake = fakeIdle()
    const done: number[] = []
    const cancel = runWhenIdle(
      Array.from({ length: 4 }, (_, i) => () => done.push(i)),
      fake.requestIdle,
    )
    fake.grant(10, 4, () => done.length)
    expect(done).toEqual([0, 1])
    cancel()
    expect(fake.live()).toBe(0)
    expect(fake.grant(100, 1, () => done.length)).toBe(false)
    expect(done).toEqual([0, 1])
  })

  it('asks for no idle time when there is nothing to run', () => {
    const fake = fakeIdle()
    runWhenIdle([], fake.requestIdle)
    expect(fake.live()).toBe(0)
  })
})
