import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, type EffectScope } from 'vue'
import { loadProjectData } from '../../models/index'
import { usePresentSync } from '../../src/composables/usePresentSync'
import { projectLessonContext, shippedLessons } from '../../src/lessons/shipped'
import { deckFromLesson } from '../../src/present/deck'
import { createPresentSync, type ChannelLike, type SyncedState } from '../../src/present/sync'
import { usePresentationStore } from '../../src/stores/presentation'

loadProjectData()
const lesson = shippedLessons().find((l) => l.id === 'central-asia')
if (!lesson) throw new Error('central-asia missing')
const deck = deckFromLesson(lesson, projectLessonContext())

/** One browser window: its own Pinia, its own channel, for as long as its scope lives. */
interface Window {
  pinia: Pinia
  scope: EffectScope
  store: () => ReturnType<typeof usePresentationStore>
}
const open: Window[] = []
function openWindow(answerHello: boolean, channel = `test-${Math.random()}`): Window {
  const pinia = createPinia()
  setActivePinia(pinia)
  const scope = effectScope()
  scope.run(() => usePresentSync({ answerHello, open: () => new BroadcastChannel(channel) }))
  const window = { pinia, scope, store: () => usePresentationStore(pinia) }
  open.push(window)
  return window
}
afterEach(() => {
  for (const w of open.splice(0)) w.scope.stop()
})

describe('audience and presenter windows', () => {
  it('start in step: a presenter window that opens late is sent the deck and the slide', async () => {
    const name = `late-${Math.random()}`
    const audience = openWindow(true, name)
    audience.store().start(deck)
    audience.store().go({ kind: 'next' })
    const presenter = openWindow(false, name)
    const sync = createPresentSync({ onState: () => {}, onHello: () => {} }, () => new BroadcastChannel(name))
    sync.hello()
    await vi.waitFor(() => expect(presenter.store().active).toBe(true))
    sync.close()
    expect(presenter.store().deck?.title).toBe(lesson?.title)
    expect(presenter.store().cursor).toEqual({ slide: 1, step: 0 })
    expect(presenter.store().current?.kind).toBe('scenario')
  })

  it('stay in step whichever window moves, and end together', async () => {
    const name = `both-${Math.random()}`
    const audience = openWindow(true, name)
    const presenter = openWindow(false, name)
    audience.store().start(deck)
    await vi.waitFor(() => expect(presenter.store().active).toBe(true))

    presenter.store().go({ kind: 'next' })
    presenter.store().go({ kind: 'next' })
    await vi.waitFor(() => expect(audience.store().cursor).toEqual({ slide: 2, step: 0 }))

    audience.store().go({ kind: 'next' })
    await vi.waitFor(() => expect(presenter.store().cursor).toEqual({ slide: 2, step: 1 }))
    expect(presenter.store().comparing).toBe(true)

    presenter.store().setTakeaway('step-2', 'Edited in the presenter window')
    await vi.waitFor(() => expect(audience.store().takeaways['step-2']).toBe('Edited in the presenter window'))

    presenter.store().toggleQr()
    await vi.waitFor(() => expect(audience.store().qr).toBe(true))

    presenter.store().stop()
    await vi.waitFor(() => expect(audience.store().active).toBe(false))
  })

  it('ignore messages that are not a presentation state', () => {
    let handlers: ((event: MessageEvent) => void) | null = null
    const fake: ChannelLike = {
      postMessage: () => {},
      close: () => {},
      get onmessage() {
        return handlers
      },
      set onmessage(h) {
        handlers = h
      },
    }
    const received: SyncedState[] = []
    createPresentSync({ onState: (s) => received.push(s), onHello: () => {} }, () => fake, 'me')
    const send = (data: unknown) => handlers?.({ data } as MessageEvent)
    send({ type: 'state', from: 'other', state: { active: true } })
    send({ type: 'state', from: 'other', state: { active: true, deck: null, cursor: { slide: -1, step: 0 }, takeaways: {}, qr: false, timer: { startedAt: null, elapsed: 0 } } })
    send('hello')
    expect(received).toEqual([])
    send({ type: 'state', from: 'other', state: { active: false, deck: null, cursor: { slide: 0, step: 0 }, takeaways: {}, qr: false, timer: { startedAt: null, elapsed: 0 } } })
    send({ type: 'state', from: 'me', state: { active: false, deck: null, cursor: { slide: 0, step: 0 }, takeaways: {}, qr: false, timer: { startedAt: null, elapsed: 0 } } })
    expect(received).toHaveLength(1)
  })

  it('says so when the browser cannot link windows', () => {
    const sync = createPresentSync({ onState: () => {}, onHello: () => {} }, () => null)
    expect(sync.available).toBe(false)
    expect(() => sync.publish({} as SyncedState)).not.toThrow()
  })
})
