import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { loadProjectData, type Flip } from '../../models/index'
import { useFlipSearch } from '../../src/composables/useFlipSearch'
import type { FlipReply, FlipRequest } from '../../src/workers/flip-protocol'

/** A stand-in worker that records requests and lets the test answer them in any order. */
class FakeWorker {
  static instances: FakeWorker[] = []
  posted: FlipRequest[] = []
  terminated = false
  private listener: ((event: MessageEvent<FlipReply>) => void) | null = null
  constructor() {
    FakeWorker.instances.push(this)
  }
  addEventListener(type: string, listener: (event: MessageEvent<FlipReply>) => void): void {
    if (type === 'message') this.listener = listener
  }
  postMessage(request: FlipRequest): void {
    this.posted.push(request)
  }
  reply(reply: FlipReply): void {
    this.listener?.({ data: reply } as MessageEvent<FlipReply>)
  }
  terminate(): void {
    this.terminated = true
  }
}

const flipFor = (to: number): Flip => ({ lever: 'russiaEconomicResistance', from: 1, to, outcome: 'adopted', yearDecided: 2012, distance: 0.1 })

afterEach(() => {
  vi.unstubAllGlobals()
  FakeWorker.instances = []
})

describe('useFlipSearch', () => {
  it('posts plain requests, keeps one in flight, drops stale replies, and terminates on dispose', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const data = loadProjectData()
    const initiativeId = ref<string | null>('development-bank')
    const scope = effectScope()
    const search = scope.run(() => useFlipSearch({ scenario: data.baseline, agenda: data.initiatives, initiativeId }))!
    const worker = FakeWorker.instances[0]!
    expect(search.searching.value).toBe(true)
    expect(worker.posted.map((r) => r.initiativeId)).toEqual(['development-bank'])

    initiativeId.value = 'special-account'
    await nextTick()
    initiativeId.value = 'free-trade-zone'
    await nextTick()
    // The first search is still running: the later ones wait, and only the latest is kept.
    expect(worker.posted).toHaveLength(1)

    worker.reply({ id: worker.posted[0]!.id, kind: 'done', flip: flipFor(0.5) })
    expect(search.flip.value).toBeNull() // stale: the user has moved on
    expect(search.searching.value).toBe(true)
    expect(worker.posted.map((r) => r.initiativeId)).toEqual(['development-bank', 'free-trade-zone'])

    worker.reply({ id: worker.posted[1]!.id, kind: 'done', flip: flipFor(0.3) })
    expect(search.searching.value).toBe(false)
    expect(search.flip.value?.to).toBe(0.3)

    scope.stop()
    expect(worker.terminated).toBe(true)
  })
})
