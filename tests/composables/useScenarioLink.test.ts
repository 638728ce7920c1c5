// @vitest-environment jsdom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { LINK_DELAY_MS, MAX_LINK_WITH_RUNS, useScenarioLink } from '../../src/composables/useScenarioLink'
import { useRunsStore } from '../../src/stores/runs'
import { useScenarioStore } from '../../src/stores/scenario'

const INJECTIONS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
]

beforeEach(() => {
  localStorage.clear()
  history.replaceState(null, '', '/')
  setActivePinia(createPinia())
  vi.useFakeTimers()
})

function withLink() {
  const scope = effectScope()
  const link = scope.run(() => useScenarioLink())
  if (!link) throw new Error('no link')
  return { link, stop: () => scope.stop() }
}

describe('the scenario link', () => {
  it('carries levers, membership, selection and pinned runs to a fresh session', async () => {
    const first = withLink()
    const scenario = useScenarioStore()
    scenario.setLever('russiaChinaAlignment', -0.4)
    scenario.setMembership('IND', null)
    scenario.select('development-bank')
    useRunsStore().pin('My run')
    await nextTick()
    vi.advanceTimersByTime(LINK_DELAY_MS + 1)
    const url = first.link.url.value
    expect(url).toMatch(/#v1=/)
    first.stop()

    // A new browser: fresh stores and storage, the same URL.
    localStorage.clear()
    setActivePinia(createPinia())
    history.replaceState(null, '', url)
    const second = withLink()
    const restored = useScenarioStore()
    expect(second.link.issues.value).toBeNull()
    expect(restored.scenario.levers.russiaChinaAlignment).toBe(-0.4)
    expect(restored.membershipYear('IND')).toBeNull()
    expect(restored.selectedInitiativeId).toBe('development-bank')
    expect(useRunsStore().runs.map((r) => r.name)).toEqual(['My run'])
    second.stop()
  })

  it('refuses a damaged link with its reasons and keeps what was saved', () => {
    useRunsStore().pin('Saved before')
    setActivePinia(createPinia())
    history.replaceState(null, '', '/#v1=garbage!!')
    const { link, stop } = withLink()
    expect(link.issues.value?.[0]?.path).toBe('link')
    const runs = useRunsStore()
    runs.load()
    expect(runs.runs.map((r) => r.name)).toEqual(['Saved before'])
    expect(useScenarioStore().scenario.id).toBe('baseline')
    stop()
  })

  it.each(INJECTIONS)('keeps an injected name (%s) as plain data, never markup', async (name) => {
    const { compressToEncodedURIComponent } = await import('lz-string')
    const payload = { v: 1, d: {}, pins: [{ id: 'run-1', name, d: {} }] }
    history.replaceState(null, '', `/#v1=${compressToEncodedURIComponent(JSON.stringify(payload))}`)
    const { link, stop } = withLink()
    expect(link.issues.value).toBeNull()
    expect(useRunsStore().runs[0]?.name).toBe(name)
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()
    stop()
  })
})

describe('the link a user copies', () => {
  it('is up to date at once, before the address bar is rewritten', () => {
    const { link, stop } = withLink()
    useScenarioStore().setLever('russiaChinaAlignment', -0.7)
    // No timers advanced: the address bar still shows the old state, the copied link does not.
    expect(location.hash).not.toBe(new URL(link.url.value).hash)
    history.replaceState(null, '', link.url.value)
    setActivePinia(createPinia())
    const reopened = withLink()
    expect(useScenarioStore().scenario.levers.russiaChinaAlignment).toBe(-0.7)
    reopened.stop()
    stop()
  })

  it('leaves the pinned runs out when they would make the link too long, and says so', () => {
    const limit = 200
    const scope = effectScope()
    const link = scope.run(() => useScenarioLink(window, { maxLinkWithRuns: limit }))
    if (!link) throw new Error('no link')
    const runs = useRunsStore()
    runs.pin('Short')
    const withOne = link.url.value
    expect(link.runsLeftOut.value).toBe(false)
    for (const name of ['A much longer name for the second run', 'And a third, with a name as long as a sentence can be', 'The fourth']) runs.pin(name)
    expect(link.runsLeftOut.value).toBe(true)
    expect(new URL(link.url.value).hash.length).toBeLessThan(new URL(withOne).hash.length)
    runs.remove(runs.runs[3]!.id)
    runs.remove(runs.runs[2]!.id)
    runs.remove(runs.runs[1]!.id)
    expect(link.runsLeftOut.value).toBe(false)
    expect(link.url.value).toBe(withOne)
    // At the real limit four runs with names as long as allowed still fit.
    expect(MAX_LINK_WITH_RUNS).toBeGreaterThanOrEqual(2000)
    scope.stop()
  })

  it('drops the lesson and presenter parameters: the link is of the scenario', () => {
    history.replaceState(null, '', '/?lesson=sco-bank&presenter')
    const { link, stop } = withLink()
    const url = new URL(link.url.value)
    expect(url.search).toBe('')
    expect(url.hash).toMatch(/^#v1=/)
    stop()
  })
})
