/**
 * "What would change it": search, in a Web Worker, for the smallest single-lever move that flips an
 * initiative's adoption, re-running whenever the scenario, the agenda or the initiative changes.
 * At most one search runs and one waits (the latest); replies to superseded requests are dropped.
 * Where `Worker` does not exist (unit tests under jsdom) the search runs on the main thread.
 */
import { onScopeDispose, readonly, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref, type ShallowRef } from 'vue'
import type { Flip, Initiative, InitiativeId, Scenario } from '../../models/index'
import type { FlipReply, FlipRequest } from '../workers/flip-protocol'
import { searchFlip } from '../workers/flip-search'

/** What to search: the scenario and agenda to run, and the initiative to flip (null: nothing). */
export interface UseFlipSearchOptions {
  scenario: MaybeRefOrGetter<Scenario>
  agenda: MaybeRefOrGetter<readonly Initiative[]>
  initiativeId: MaybeRefOrGetter<InitiativeId | null>
}

/** The latest answer and the search's state. */
export interface UseFlipSearchReturn {
  /** The smallest move for the current inputs; null while searching, when none exists or after a failure. */
  flip: Readonly<ShallowRef<Flip | null>>
  /** True from a change of inputs until its answer arrives. */
  searching: Readonly<Ref<boolean>>
  /** True when the search for the current inputs failed. */
  failed: Readonly<Ref<boolean>>
}

/** Copy a value into plain JSON, dropping any Vue proxy, so it can be posted to a worker. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** Search for the smallest single-lever flip of `initiativeId`, in a worker where one is available. */
export function useFlipSearch(options: UseFlipSearchOptions): UseFlipSearchReturn {
  const flip = shallowRef<Flip | null>(null)
  const searching = ref(false)
  const failed = ref(false)

  let latest = 0
  let worker: Worker | null = null
  let busy = false
  let waiting: FlipRequest | null = null
  let timer: ReturnType<typeof setTimeout> | undefined

  function settle(reply: FlipReply): void {
    if (reply.id !== latest) return // a newer request superseded this one
    searching.value = false
    failed.value = reply.kind === 'failed'
    flip.value = reply.kind === 'done' ? reply.flip : null
  }

  function send(request: FlipRequest): void {
    if (!worker) {
      worker = new Worker(new URL('../workers/flip.worker.ts', import.meta.url), { type: 'module' })
      worker.addEventListener('message', (event: MessageEvent<FlipReply>) => {
        busy = false
        settle(event.data)
        const next = waiting
        waiting = null
        if (next) send(next)
      })
      worker.addEventListener('error', () => {
        // The worker died: report the current request as failed and start a fresh worker next time.
        worker?.terminate()
        worker = null
        busy = false
        waiting = null
        settle({ id: latest, kind: 'failed', message: 'worker error' })
      })
    }
    if (busy) {
      waiting = request
      return
    }
    busy = true
    worker.postMessage(request)
  }

  function searchOnMainThread(request: FlipRequest): void {
    clearTimeout(timer)
    // Yield first so "Searching…" is shown before the main thread is busy.
    timer = setTimeout(() => {
      if (request.id !== latest) return
      try {
        settle({ id: request.id, kind: 'done', flip: searchFlip(request) })
      } catch (error) {
        settle({ id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) })
      }
    }, 0)
  }

  function search(): void {
    const id = ++latest
    const initiativeId = toValue(options.initiativeId)
    flip.value = null
    failed.value = false
    if (initiativeId === null) {
      searching.value = false
      return
    }
    searching.value = true
    const request: FlipRequest = {
      id,
      initiativeId,
      scenario: plain(toValue(options.scenario)),
      agenda: plain([...toValue(options.agenda)]),
    }
    if (typeof Worker === 'undefined') searchOnMainThread(request)
    else send(request)
  }

  watch(() => [toValue(options.scenario), toValue(options.agenda), toValue(options.initiativeId)] as const, search, { immediate: true })

  onScopeDispose(() => {
    latest++
    clearTimeout(timer)
    worker?.terminate()
    worker = null
  })

  return { flip, searching: readonly(searching), failed: readonly(failed) }
}
