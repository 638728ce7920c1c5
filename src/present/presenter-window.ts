/**
 * The presenter's second window: the same app opened with `?presenter`, which shows only the
 * presenter view (current and next slide, notes, timer) and follows the audience window.
 */

/** The query parameter that opens the presenter view. */
export const PRESENTER_PARAM = 'presenter'

/** The presenter window's address, on the app's own address. */
export function presenterUrl(href: string): string {
  const url = new URL(href)
  url.search = ''
  url.hash = ''
  url.searchParams.set(PRESENTER_PARAM, '')
  return url.toString().replace(/=$/, '')
}

/** True when this window is the presenter view. */
export function isPresenterView(search: string): boolean {
  return new URLSearchParams(search).has(PRESENTER_PARAM)
}

/** Open (or bring forward) the presenter window; null when the browser blocked it. */
export function openPresenterWindow(win: Pick<Window, 'open' | 'location'> = window): Window | null {
  return win.open(presenterUrl(win.location.href), 'sco-scenario-lab-presenter', 'popup,width=1280,height=800')
}
