/**
 * Keep the audience and presenter windows in step over a BroadcastChannel: each window holds the
 * same presentation state and sends the whole of it after every change it makes; the other applies
 * it. A window that opens says hello and is sent the state. Messages are validated like any input
 * (a message that does not match is ignored), and nothing leaves the browser.
 */
import { z } from 'zod'
import { deckSourceSchema, type DeckSource } from './deck'
import type { Cursor } from './navigation'

/** The channel both windows open. */
export const PRESENT_CHANNEL = 'sco-scenario-lab:present'

/** The timer of a presentation: when it started (ms since the epoch) or, paused, how long it had run. */
export interface PresentTimer {
  startedAt: number | null
  /** Milliseconds run before the current start (or in total, while paused). */
  elapsed: number
}

/** Everything both windows share. */
export interface SyncedState {
  active: boolean
  deck: DeckSource | null
  cursor: Cursor
  /** Takeaways edited during this presentation, by slide key. */
  takeaways: Record<string, string>
  /** Whether the audience sees the QR code of the current scenario. */
  qr: boolean
  timer: PresentTimer
}

const syncedStateSchema = z.strictObject({
  active: z.boolean(),
  deck: deckSourceSchema.nullable(),
  cursor: z.strictObject({ slide: z.number().int().min(0).max(100), step: z.number().int().min(0).max(1) }),
  takeaways: z.record(z.string().max(80), z.string().max(200)),
  qr: z.boolean(),
  timer: z.strictObject({ startedAt: z.number().nullable(), elapsed: z.number().min(0) }),
}) satisfies z.ZodType<SyncedState>

const messageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('state'), from: z.string().max(40), state: syncedStateSchema }),
  z.strictObject({ type: z.literal('hello'), from: z.string().max(40) }),
])
type SyncMessage = z.infer<typeof messageSchema>

/** The part of BroadcastChannel the sync uses (a fake in tests). */
export interface ChannelLike {
  postMessage(message: unknown): void
  close(): void
  onmessage: ((event: MessageEvent) => void) | null
}

/** What a window does with the other's messages. */
export interface SyncHandlers {
  /** The other window changed the state. */
  onState: (state: SyncedState) => void
  /** Another window opened and wants the state. */
  onHello: () => void
}

/** A window's end of the channel. */
export interface PresentSync {
  /** False when the browser has no BroadcastChannel: the windows then cannot follow each other. */
  available: boolean
  publish: (state: SyncedState) => void
  hello: () => void
  close: () => void
}

/** Open the channel; `open` creates it (default: a BroadcastChannel, when the browser has one). */
export function createPresentSync(
  handlers: SyncHandlers,
  open: (() => ChannelLike | null) | undefined = () => (typeof BroadcastChannel === 'function' ? new BroadcastChannel(PRESENT_CHANNEL) : null),
  id: string = Math.random().toString(36).slice(2, 10),
): PresentSync {
  const channel = open()
  if (!channel) return { available: false, publish: () => {}, hello: () => {}, close: () => {} }
  const send = (message: SyncMessage) => channel.postMessage(message)
  channel.onmessage = (event: MessageEvent) => {
    const parsed = messageSchema.safeParse(event.data)
    if (!parsed.success || parsed.data.from === id) return
    if (parsed.data.type === 'state') handlers.onState(parsed.data.state)
    else handlers.onHello()
  }
  return {
    available: true,
    // A structured clone of plain data: reactive proxies cannot be posted.
    publish: (state) => send({ type: 'state', from: id, state: JSON.parse(JSON.stringify(state)) as SyncedState }),
    hello: () => send({ type: 'hello', from: id }),
    close: () => {
      channel.onmessage = null
      channel.close()
    },
  }
}
