/**
 * Run the "what would change it" search (100–500 ms and more) off the main thread, so sliders keep
 * following the hand. One request at a time; `useFlipSearch` drops replies it no longer needs.
 */
import type { FlipReply, FlipRequest } from './flip-protocol'
import { searchFlip } from './flip-search'

/** The worker's global scope, typed by what is used (it compiles under both the DOM and WebWorker libs). */
interface FlipWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<FlipRequest>) => void): void
  postMessage(reply: FlipReply): void
}
const scope = self as unknown as FlipWorkerScope

scope.addEventListener('message', (event: MessageEvent<FlipRequest>) => {
  const { id } = event.data
  let reply: FlipReply
  try {
    reply = { id, kind: 'done', flip: searchFlip(event.data) }
  } catch (error) {
    reply = { id, kind: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(reply)
})
