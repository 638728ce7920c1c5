/**
 * Keep input responsive while results and charts catch up. A slider's key press only changes the
 * scenario and repaints the slider; the run and each chart's redraw happen afterwards, each in its
 * own short task, so the next key press never waits behind all of them at once.
 */

/** Cancel a scheduled job. */
export type Cancel = () => void

/** Run a job later; the results store takes one of these (tests pass `runNow`). */
export type Schedule = (job: () => void) => Cancel

/** Run the job at once (tests, Node, and pages that cannot paint). */
export const runNow: Schedule = (job) => {
  job()
  return () => {}
}

/** Frames pause in hidden tabs; past this many milliseconds the job runs anyway. */
const HIDDEN_FALLBACK_MS = 100

/**
 * Run a job in a task once the browser has drawn the next frame: at the frame after it
 * (two animation frames), then in a message task. One frame is not enough: the job would start while
 * the compositor is still drawing the frame that shows the moved slider, and on a two-core machine
 * it would delay that frame. The results follow one frame later instead.
 */
export const afterNextPaint: Schedule = (job) => {
  let settled = false
  const channel = new MessageChannel()
  const finish = (): void => {
    if (settled) return
    settled = true
    cancelAnimationFrame(frame)
    clearTimeout(fallback)
    channel.port1.close()
  }
  const run = (): void => {
    if (settled) return
    finish()
    job()
  }
  channel.port1.onmessage = run
  // The frame that shows the change, then the one after: by then the first has been drawn.
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => channel.port2.postMessage(null))
  })
  const fallback = setTimeout(run, HIDDEN_FALLBACK_MS)
  return finish
}

/** Say whether this page can paint (a browser window with animation frames). */
export function canPaint(): boolean {
  return typeof window !== 'undefined' && typeof requestAnimationFrame === 'function' && typeof MessageChannel === 'function'
}

/**
 * A queue of redraws run one per task. A key names the redraw (a chart); queuing it again before it
 * ran replaces the job, so a chart is only ever redrawn with its latest data.
 */
export function createTaskQueue(post: (pump: () => void) => void = postTask): { enqueue: (key: object, job: () => void) => void; size: () => number } {
  const jobs = new Map<object, () => void>()
  let scheduled = false
  const pump = (): void => {
    scheduled = false
    const first = jobs.entries().next()
    if (first.done) return
    const [key, job] = first.value
    jobs.delete(key)
    job()
    if (jobs.size > 0) schedule()
  }
  const schedule = (): void => {
    if (scheduled) return
    scheduled = true
    post(pump)
  }
  return {
    enqueue(key, job) {
      jobs.delete(key)
      jobs.set(key, job)
      schedule()
    },
    size: () => jobs.size,
  }
}

/** The Prioritized Task Scheduling API, where the browser has it (Chromium does). */
interface TaskScheduler {
  postTask: (task: () => void, options: { priority: 'user-blocking' | 'user-visible' | 'background' }) => Promise<unknown>
}

/**
 * Post a task that yields to input and rendering: a background-priority task where the browser
 * supports it, else a message to ourselves (not clamped like setTimeout; input can run in between).
 */
export function postTask(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler
  if (scheduler && typeof scheduler.postTask === 'function') {
    void scheduler.postTask(task, { priority: 'background' })
    return
  }
  if (typeof MessageChannel !== 'function') {
    setTimeout(task, 0)
    return
  }
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    channel.port1.close()
    task()
  }
  channel.port2.postMessage(null)
}

/** The queue every chart's redraw goes through. */
export const chartRedraws = createTaskQueue()
