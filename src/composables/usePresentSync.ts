/**
 * Keep this window's presentation store in step with the other window's: publish every local
 * change, apply the other's, and answer a newly opened window with the current state. Changes
 * applied from the other window are not sent back. The audience window closing ends the
 * presentation in the presenter's window.
 */
import { onScopeDispose, watch } from 'vue'
import { createPresentSync, type ChannelLike, type PresentSync } from '../present/sync'
import { usePresentationStore } from '../stores/presentation'

/** Options: whether this window answers hellos (the audience window), and a channel for tests. */
export interface PresentSyncOptions {
  /** The audience window holds the deck and answers a presenter window that opens. */
  answerHello: boolean
  open?: () => ChannelLike | null
}

/** Connect the presentation store to the channel for as long as the calling scope lives. */
export function usePresentSync(options: PresentSyncOptions): PresentSync {
  const store = usePresentationStore()
  let applying = false
  const sync = createPresentSync(
    {
      onState: (state) => {
        applying = true
        try {
          store.apply(state)
        } finally {
          applying = false
        }
      },
      onHello: () => {
        if (options.answerHello && store.deck) sync.publish(store.synced)
      },
    },
    options.open,
  )
  watch(
    () => store.synced,
    (state) => {
      if (!applying) sync.publish(state)
    },
    { flush: 'sync' },
  )
  // The audience window closing ends the presentation for the presenter too.
  const onPageHide = (): void => {
    if (options.answerHello && store.active) sync.publish({ ...store.synced, active: false })
  }
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onPageHide)
  onScopeDispose(() => {
    if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide)
    sync.close()
  })
  return sync
}
