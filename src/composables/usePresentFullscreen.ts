/**
 * Full screen for the presentation: ask the browser to show an element full screen, and report
 * when it leaves (the user pressed Escape, or the browser left on its own). Where the browser
 * refuses, the presentation stays a window-filling overlay and nothing fails.
 */
import { onScopeDispose, ref, type Ref } from 'vue'

/** What the composable returns. */
export interface PresentFullscreen {
  /** True while the element is full screen. */
  isFullscreen: Ref<boolean>
  /** Ask for full screen; resolves false where the browser refuses or has no full-screen support. */
  enter: (element: HTMLElement) => Promise<boolean>
  /** Leave full screen if in it. */
  exit: () => Promise<void>
}

/** Track full screen; `onLeave` runs when the browser leaves full screen it had entered. */
export function usePresentFullscreen(onLeave: () => void, doc: Document = document): PresentFullscreen {
  const isFullscreen = ref(false)
  const onChange = (): void => {
    const now = Boolean(doc.fullscreenElement)
    const left = isFullscreen.value && !now
    isFullscreen.value = now
    if (left) onLeave()
  }
  doc.addEventListener('fullscreenchange', onChange)
  onScopeDispose(() => doc.removeEventListener('fullscreenchange', onChange))

  async function enter(element: HTMLElement): Promise<boolean> {
    if (typeof element.requestFullscreen !== 'function' || !doc.fullscreenEnabled) return false
    try {
      await element.requestFullscreen({ navigationUI: 'hide' })
      isFullscreen.value = Boolean(doc.fullscreenElement)
      return isFullscreen.value
    } catch {
      // Refused (no user gesture, or a policy): the overlay fills the window instead.
      return false
    }
  }

  async function exit(): Promise<void> {
    if (!doc.fullscreenElement) return
    isFullscreen.value = false
    try {
      await doc.exitFullscreen()
    } catch {
      // Already left.
    }
  }

  return { isFullscreen, enter, exit }
}
