/**
 * Run a list of jobs in the page's idle time, one at a time, never in a frame's way: each idle
 * period runs jobs while it has time left, and the rest wait for the next idle period.
 */
import type { Cancel } from './frame-tasks'

/** The part of `requestIdleCallback`'s deadline the runner reads. */
export interface IdleDeadline {
  timeRemaining: () => number
}

/** Ask for a callback in the next idle period; returns a cancel. */
export type RequestIdle = (callback: (deadline: IdleDeadline) => void) => Cancel

/** Time an idle period must still have to start a job (a job is a model run: about 1–3 ms). */
export const IDLE_MS_PER_JOB = 5

/** The browser's idle callbacks (none where the browser has no idle periods). */
export const browserIdle: RequestIdle = (callback) => {
  if (typeof requestIdleCallback !== 'function') return () => {}
  const handle = requestIdleCallback(callback)
  return () => cancelIdleCallback(handle)
}

/** Run `jobs` in order in idle periods; the returned cancel drops the jobs not yet run. */
export function runWhenIdle(jobs: ReadonlyArray<() => void>, requestIdle: RequestIdle = browserIdle): Cancel {
  let next = 0
  let cancel: Cancel | null = null
  const work = (deadline: IdleDeadline): void => {
    cancel = null
    while (next < jobs.length && deadline.timeRemaining() >= IDLE_MS_PER_JOB) {
      const job = jobs[next++]
      job?.()
    }
    if (next < jobs.length) cancel = requestIdle(work)
  }
  if (jobs.length > 0) cancel = requestIdle(work)
  return () => {
    next = jobs.length
    cancel?.()
    cancel = null
  }
}
