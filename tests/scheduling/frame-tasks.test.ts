import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterNextPaint, createTaskQueue } from '../../src/scheduling/frame-tasks'

/** A fake task poster: tasks wait in a list until the test runs them one by one. */
function fakeTasks() {
  const tasks: Array<() => void> = []
  return { post: (task: () => void) => tasks.push(task), runOne: () => tasks.shift()?.(), pending: () => tasks.length }
}

describe('createTaskQueue', () => {
  it('runs one job per task, in the order first queued', () => {
    const tasks = fakeTasks()
    const queue = createTaskQueue(tasks.post)
    const ran: string[] = []
    const a = {}
    const b = {}
    queue.enqueue(a, () => ran.push('a'))
    queue.enqueue(b, () => ran.push('b'))
    expect(tasks.pending()).toBe(1)
    tasks.runOne()
    expect(ran).toEqual(['a'])
    tasks.runOne()
    expect(ran).toEqual(['a', 'b'])
    expect(tasks.pending()).toBe(0)
  })

  it('keeps only the latest job for a key queued again before it ran', () => {
    const tasks = fakeTasks()
    const queue = createTaskQueue(tasks.post)
    const ran: number[] = []
    const chart = {}
    for (let i = 1; i <= 5; i++) queue.enqueue(chart, () => ran.push(i))
    expect(queue.size()).toBe(1)
    tasks.runOne()
    expect(ran).toEqual([5])
    expect(tasks.pending()).toBe(0)
  })

  it('posts a new task when work arrives after the queue ran dry', () => {
    const tasks = fakeTasks()
    const queue = createTaskQueue(tasks.post)
    const ran: string[] = []
    const key = {}
    queue.enqueue(key, () => ran.push('first'))
    tasks.runOne()
    queue.enqueue(key, () => ran.push('second'))
    expect(tasks.pending()).toBe(1)
    tasks.runOne()
    expect(ran).toEqual(['first', 'second'])
  })
})

describe('afterNextPaint', () => {
  /** Animation frames the test runs by hand, one at a time. */
  function fakeFrames() {
    const callbacks = new Map<number, FrameRequestCallback>()
    let next = 1
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      callbacks.set(next, cb)
      return next++
    })
    vi.stubGlobal('cancelAnimationFrame', (id: number) => callbacks.delete(id))
    return {
      frame: () => {
        const due = [...callbacks.entries()]
        callbacks.clear()
        for (const [, cb] of due) cb(0)
      },
    }
  }
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('runs the job only after the frame after the next one, in a task of its own', async () => {
    const frames = fakeFrames()
    const ran: string[] = []
    afterNextPaint(() => ran.push('job'))
    frames.frame()
    await new Promise((r) => setTimeout(r, 5))
    expect(ran).toEqual([])
    frames.frame()
    expect(ran).toEqual([])
    await vi.waitFor(() => expect(ran).toEqual(['job']))
  })

  it('never runs a cancelled job', async () => {
    const frames = fakeFrames()
    const ran: string[] = []
    const cancel = afterNextPaint(() => ran.push('job'))
    frames.frame()
    cancel()
    frames.frame()
    await new Promise((r) => setTimeout(r, 150))
    expect(ran).toEqual([])
  })

  it('runs the job anyway when no frames come (a hidden tab)', async () => {
    fakeFrames()
    const ran: string[] = []
    afterNextPaint(() => ran.push('job'))
    await vi.waitFor(() => expect(ran).toEqual(['job']), { timeout: 1000 })
  })
})
