/**
 * One lane of the Monte Carlo pool: runs chunks of draws off the main thread and posts them back as
 * transferred typed arrays; after a run, ranks the inputs it is handed and answers sensitivity requests.
 */
import { createMonteCarloHandler, startWarmUp } from './montecarlo-chunk'
import { chunkTransferables, type MonteCarloReply, type MonteCarloRequest } from './montecarlo-protocol'

/** The worker's global scope, typed by what is used (it compiles under both the DOM and WebWorker libs). */
interface MonteCarloWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<MonteCarloRequest>) => void): void
  postMessage(reply: MonteCarloReply, transfer: Transferable[]): void
}
const scope = self as unknown as MonteCarloWorkerScope
const handler = createMonteCarloHandler()
// Workers start when the Uncertainty view opens: warm the JIT while the user sets up a run.
const warmUp = startWarmUp()

scope.addEventListener('message', (event: MessageEvent<MonteCarloRequest>) => {
  warmUp.stop()
  const reply = handler.handle(event.data)
  if (!reply) return
  scope.postMessage(reply, reply.kind === 'chunk' ? chunkTransferables(reply.result) : [])
})
