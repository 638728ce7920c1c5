import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { projectLessonContext, shippedLessons } from '../../src/lessons/shipped'
import { deckFromLesson } from '../../src/present/deck'
import { TAKEAWAYS_KEY } from '../../src/present/takeaway-storage'
import { deckKey, usePresentationStore } from '../../src/stores/presentation'

const lesson = shippedLessons().find((l) => l.id === 'enlargement-consensus')
if (!lesson) throw new Error('enlargement-consensus missing')
const deck = deckFromLesson(lesson, projectLessonContext())

/** A storage in memory, standing in for the browser's. */
function installStorage(): Map<string, string> {
  const items = new Map<string, string>()
  vi.stubGlobal('localStorage', { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) })
  return items
}

describe('the presentation store', () => {
  let storage: Map<string, string>
  beforeEach(() => {
    storage = installStorage()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.unstubAllGlobals())

  it('starts a deck on its first slide, with the timer running and no QR code', () => {
    const store = usePresentationStore()
    store.start(deck, 1_000)
    expect(store.active).toBe(true)
    expect(store.cursor).toEqual({ slide: 0, step: 0 })
    expect(store.current?.kind).toBe('title')
    expect(store.next?.kind).toBe('scenario')
    expect(store.timer).toEqual({ startedAt: 1_000, elapsed: 0 })
    expect(store.qr).toBe(false)
  })

  it('keeps edited takeaways per deck, and an empty one restores the author’s', () => {
    const store = usePresentationStore()
    store.start(deck)
    store.setTakeaway('step-2', '  Every   new member is a veto player. ')
    expect(store.takeaways).toEqual({ 'step-2': 'Every new member is a veto player.' })
    expect(JSON.parse(storage.get(TAKEAWAYS_KEY) ?? '{}').decks[deckKey(deck)]).toEqual({ 'step-2': 'Every new member is a veto player.' })
    // Presented again later: the edit is still there.
    setActivePinia(createPinia())
    const again = usePresentationStore()
    again.start(deck)
    expect(again.takeaways['step-2']).toBe('Every new member is a veto player.')
    again.setTakeaway('step-2', '   ')
    expect(again.takeaways).toEqual({})
  })

  it('pauses, resumes and resets the timer without losing time', () => {
    const store = usePresentationStore()
    store.start(deck, 0)
    store.toggleTimer(60_000)
    expect(store.timer).toEqual({ startedAt: null, elapsed: 60_000 })
    store.toggleTimer(90_000)
    expect(store.timer).toEqual({ startedAt: 90_000, elapsed: 60_000 })
    store.resetTimer(100_000)
    expect(store.timer).toEqual({ startedAt: 100_000, elapsed: 0 })
  })

  it('takes the other window’s state, keeping the cursor within the deck', () => {
    const store = usePresentationStore()
    store.apply({ active: true, deck, cursor: { slide: 40, step: 1 }, takeaways: { 'step-1': 'x' }, qr: true, timer: { startedAt: null, elapsed: 5 } })
    expect(store.cursor).toEqual({ slide: store.slides.length - 1, step: 0 })
    expect(store.qr).toBe(true)
    expect(store.takeaways).toEqual({ 'step-1': 'x' })
    store.stop()
    expect(store.active).toBe(false)
    expect(store.qr).toBe(false)
    expect(store.deck).not.toBeNull()
  })
})
