import { describe, expect, it } from 'vitest'
import { createTaskQueue } from '../../src/scheduling/frame-tasks'

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
