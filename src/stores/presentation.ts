/**
 * The presentation: which deck is shown, where it stands, the takeaways edited on the way, whether
 * the QR code is up, and the presenter's timer. Holds inputs and selections only; the slides are
 * derived by running the model on each slide's scenario. The same store runs in the audience and
 * the presenter window, kept in step by `usePresentSync`.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { loadProjectData } from '../../models/index'
import type { DeckSource } from '../present/deck'
import { navigate, type Cursor, type NavAction } from '../present/navigation'
import { buildSlides, type Slide } from '../present/slides'
import type { PresentTimer, SyncedState } from '../present/sync'
import { readTakeaways, writeTakeaways } from '../present/takeaway-storage'

/** Name a deck for stored takeaways: "pins", or "lesson:<id>". */
export function deckKey(deck: DeckSource): string {
  return deck.origin.kind === 'pins' ? 'pins' : `lesson:${deck.origin.lessonId}`
}

export const usePresentationStore = defineStore('presentation', () => {
  const data = loadProjectData()
  /** True while the deck is on screen. */
  const active = ref(false)
  /** The deck being (or last) presented. */
  const deck = shallowRef<DeckSource | null>(null)
  const cursor = ref<Cursor>({ slide: 0, step: 0 })
  /** Takeaways edited for this deck, by slide key (they replace the author's or the generated one). */
  const takeaways = ref<Record<string, string>>({})
  /** Whether the audience sees the QR code of the current scenario. */
  const qr = ref(false)
  const timer = ref<PresentTimer>({ startedAt: null, elapsed: 0 })

  /** The slides, each scenario run through the model (recomputed only when the deck changes). */
  const slides = computed<Slide[]>(() => (deck.value ? buildSlides(deck.value, data) : []))
  const steps = computed(() => slides.value.map((s) => s.steps))
  const current = computed<Slide | null>(() => slides.value[cursor.value.slide] ?? null)
  const next = computed<Slide | null>(() => slides.value[cursor.value.slide + 1] ?? null)
  /** True when the current slide shows its comparison with the previous one. */
  const comparing = computed(() => current.value?.kind === 'scenario' && current.value.steps === 2 && cursor.value.step === 1)

  /** Show a deck from its first slide and start the timer. */
  function start(next: DeckSource, now: number = Date.now()): void {
    deck.value = next
    cursor.value = { slide: 0, step: 0 }
    takeaways.value = readTakeaways(deckKey(next))
    qr.value = false
    timer.value = { startedAt: now, elapsed: 0 }
    active.value = true
  }

  /** Leave the presentation (the deck stays, so the presenter window can say it has ended). */
  function stop(): void {
    active.value = false
    qr.value = false
  }

  /** Move through the deck. */
  function go(action: NavAction): void {
    cursor.value = navigate(cursor.value, action, steps.value)
  }

  /** Replace a slide's takeaway (an empty text restores the author's or the generated one), and keep it. */
  function setTakeaway(key: string, text: string): void {
    const clean = text.replace(/\s+/g, ' ').trim().slice(0, 200)
    const nextTakeaways = { ...takeaways.value }
    if (clean) nextTakeaways[key] = clean
    else delete nextTakeaways[key]
    takeaways.value = nextTakeaways
    if (deck.value) writeTakeaways(deckKey(deck.value), nextTakeaways)
  }

  /** Show or hide the QR code on the audience screen. */
  function toggleQr(): void {
    qr.value = !qr.value
  }

  /** Pause the timer, or run it again. */
  function toggleTimer(now: number = Date.now()): void {
    const t = timer.value
    timer.value = t.startedAt === null ? { startedAt: now, elapsed: t.elapsed } : { startedAt: null, elapsed: t.elapsed + (now - t.startedAt) }
  }

  /** Set the timer back to zero (running). */
  function resetTimer(now: number = Date.now()): void {
    timer.value = { startedAt: now, elapsed: 0 }
  }

  /** Everything the other window needs. */
  const synced = computed<SyncedState>(() => ({
    active: active.value,
    deck: deck.value,
    cursor: cursor.value,
    takeaways: takeaways.value,
    qr: qr.value,
    timer: timer.value,
  }))

  /** Take the other window's state. */
  function apply(state: SyncedState): void {
    if (state.deck !== null && JSON.stringify(state.deck) !== JSON.stringify(deck.value)) deck.value = state.deck
    else if (state.deck === null) deck.value = null
    cursor.value = navigate(state.cursor, { kind: 'goto', slide: state.cursor.slide, step: state.cursor.step }, steps.value)
    takeaways.value = state.takeaways
    qr.value = state.qr
    timer.value = state.timer
    active.value = state.active
  }

  return {
    active,
    deck,
    cursor,
    takeaways,
    qr,
    timer,
    slides,
    current,
    next,
    comparing,
    synced,
    start,
    stop,
    go,
    setTakeaway,
    toggleQr,
    toggleTimer,
    resetTimer,
    apply,
  }
})
