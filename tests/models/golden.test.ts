/**
 * Golden outputs: a compact summary of the baseline and every preset, compared with files under
 * `golden/`. A model change shows up as a reviewed diff (`npx vitest run -u` rewrites them).
 */
import { describe, expect, it } from 'vitest'
import { scenarioFor, simulate } from '../../models/index'
import { data } from './helpers'

const ids = [data.baseline.id, ...data.presets.map((p) => p.id)]

describe('golden outputs for the baseline and the presets', () => {
  it.each(ids)('%s', async (id) => {
    const scenario = scenarioFor(id, data)
    if (!scenario) throw new Error(id)
    const result = simulate(scenario, data)
    const summary = {
      scenario: id,
      modelVersion: result.modelVersion,
      cohesion: Object.fromEntries(result.years.map((y) => [y.year, [y.cohesion, y.parts.convergence, y.parts.throughput, y.parts.room]])),
      outcomes: Object.fromEntries(
        result.initiatives.map((i) => [
          i.id,
          `${i.outcome} ${i.yearDecided ?? '-'}${i.final?.result === 'blocked' ? ` by ${i.final.blockers.map((b) => b.actor).join(' ')}` : ''}`,
        ]),
      ),
      actors: Object.fromEntries(result.actors.map((a) => [a.actor, [a.satisfaction, a.influence, a.vetoes]])),
    }
    await expect(`${JSON.stringify(summary, null, 1)}\n`).toMatchFileSnapshot(`./golden/${id}.json`)
  })
})
