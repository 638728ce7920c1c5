/**
 * Run a list of jobs in the page's idle time, never in a frame's way: one job per idle period that
 * has time for it, so each job is a short task of its own (an idle period can last 50 ms, and
 * filling it would make one long task that input has to wait behind).
 */
import type { Cancel } from './frame-tasks'

/** The part of `requestIdleCallback`'s deadline the runner reads. */
export interface IdleDeadline {
  timeRemaining: () => number
}

/** Ask for a callback in the next idle period; returns a cancel. */
export type RequestIdle = (callback: (deadline: IdleDeadline) => void) => Cancel

/** Time an idle period must still have to start a job (a job is a model run: about 1–3 ms once compiled). */
export const IDLE_MS_PER_JOB = 5

/** The browser's idle callbacks (none where the browser has no idle periods). */
export const browserIdle: RequestIdle = (callback) => {
  if (typeof requestIdleCallback !== 'function') return () => {}
  const handle = requestIdleCallback(callback)
  return () => cancelIdleCallback(handle)
}

/** Run `jobs` in order, one per idle period; the returned cancel drops the jobs not yet run. */
export function runWhenIdle(jobs: ReadonlyArray<() => void>, requestIdle: RequestIdle = browserIdle): Cancel {
  let next = 0
  let cancel: Cancel | null = null
  const work = (deadline: IdleDeadline): void => {
    cancel = null
    if (deadline.timeRemaining() >= IDLE_MS_PER_JOB) jobs[next++]?.()
    if (next < jobs.length) cancel = requestIdle(work)
  }
  if (jobs.length > 0) cancel = requestIdle(work)
  return () => {
    next = jobs.length
    cancel?.()
    cancel = null
  }
}
