/**
 * Warm the model up in idle time while `wanted` holds (the dashboard, whose sliders it is for), and
 * stop for good once it no longer does or the component goes: another view, the Monte Carlo's
 * workers above all, then has the processor to itself.
 */
import { onScopeDispose, watch, type WatchSource } from 'vue'
import type { Cancel } from '../scheduling/frame-tasks'

export function useModelWarmUp(wanted: WatchSource<boolean>, start: () => Cancel): void {
  let stop: Cancel | null = start()
  const end = (): void => {
    stop?.()
    stop = null
  }
  watch(wanted, (now) => {
    if (!now) end()
  })
  onScopeDispose(end)
}
