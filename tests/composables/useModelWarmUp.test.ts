import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useModelWarmUp } from '../../src/composables/useModelWarmUp'

/** Start a warm-up that only counts how often it was started and stopped. */
function countingStart() {
  const counts = { started: 0, stopped: 0 }
  const start = () => {
    counts.started++
    return () => void counts.stopped++
  }
  return { counts, start }
}

describe('useModelWarmUp', () => {
  it('starts at once and stops for good when its view is left, even if the view comes back', async () => {
    const { counts, start } = countingStart()
    const dashboard = ref(true)
    const scope = effectScope()
    scope.run(() => useModelWarmUp(() => dashboard.value, start))
    expect(counts).toEqual({ started: 1, stopped: 0 })
    dashboard.value = false
    await nextTick()
    expect(counts).toEqual({ started: 1, stopped: 1 })
    dashboard.value = true
    await nextTick()
    scope.stop()
    expect(counts).toEqual({ started: 1, stopped: 1 })
  })

  it('stops when its component goes while the warm-up still runs', () => {
    const { counts, start } = countingStart()
    const scope = effectScope()
    scope.run(() => useModelWarmUp(() => true, start))
    scope.stop()
    expect(counts).toEqual({ started: 1, stopped: 1 })
  })
})
