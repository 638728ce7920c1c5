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
  /** Grant the next idle period, of `ms` milliseconds. */
  const grant = (ms: number) => {
    const entry = waiting.shift()
    if (!entry || entry.cancelled) return false
    entry.callback({ timeRemaining: () => ms })
    return true
  }
  const live = () => waiting.filter((e) => !e.cancelled).length
  return { requestIdle, grant, live }
}

describe('runWhenIdle', () => {
  const table: Array<{ idle: number[]; expected: number[] }> = [
    // One job per idle period, however long the period: each job is a short task of its own.
    { idle: [50, 50, 50, 50, 50], expected: [1, 2, 3, 4, 5] },
    // A period too short for a job runs nothing, and the job waits for the next.
    { idle: [IDLE_MS_PER_JOB - 1, 20, 0, IDLE_MS_PER_JOB], expected: [0, 1, 1, 2] },
  ]
  it.each(table)('runs one job in each idle period long enough: periods of $idle ms leave $expected done', ({ idle, expected }) => {
    const fake = fakeIdle()
    const done: number[] = []
    runWhenIdle(
      Array.from({ length: 5 }, (_, i) => () => done.push(i)),
      fake.requestIdle,
    )
    const after = idle.map((ms) => {
      fake.grant(ms)
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
    fake.grant(50)
    fake.grant(50)
    expect(done).toEqual([0, 1])
    cancel()
    expect(fake.live()).toBe(0)
    expect(fake.grant(50)).toBe(false)
    expect(done).toEqual([0, 1])
  })

  it('asks for no idle time when there is nothing to run', () => {
    const fake = fakeIdle()
    runWhenIdle([], fake.requestIdle)
    expect(fake.live()).toBe(0)
  })
})
