/**
 * The project's data, validated on load. Importing this module parses every file in `data/`
 * against its schema and throws an `InputError` naming every bad field if any is wrong.
 */
import actorsJson from '../data/actors.json'
import initiativesJson from '../data/initiatives.json'
import baselineJson from '../data/scenarios/baseline.json'
import presetsJson from '../data/scenarios/presets.json'
import sourcesJson from '../data/sources.json'
import uncertaintyJson from '../data/uncertainty.json'
import { presetFileSchema, applyPreset, type Preset } from './scenario'
import { actorTableSchema, initiativeFileSchema, parseWith, scenarioSchema, sourcesSchema, type InitiativeFile, type Sources } from './schema'
import type { ModelData } from './simulate'
import type { ActorTable, Initiative, Scenario } from './types'
import { z } from 'zod'
import { LEVERS, type NumericLeverKey } from './levers'
import type { LeverSpreads } from './montecarlo'

/** Everything in `data/`, validated. */
export interface ProjectData extends ModelData {
  actors: ActorTable
  initiativeFile: InitiativeFile
  baseline: Scenario
  presets: readonly Preset[]
  sources: Sources
  /** Lever spreads for Monte Carlo, with why each is as wide as it is. */
  uncertainty: Uncertainty
}

const uncertaintySchema = z.strictObject({
  schemaVersion: z.literal(1),
  note: z.string(),
  levers: z.partialRecord(
    z.enum(LEVERS.map((l) => l.key) as [NumericLeverKey, ...NumericLeverKey[]]),
    z.strictObject({ spread: z.number().min(0), why: z.string().min(10) }),
  ),
})
/** The lever spreads file `data/uncertainty.json`. */
export type Uncertainty = z.infer<typeof uncertaintySchema>

/** Lever spreads as the Monte Carlo runner takes them. */
export function leverSpreads(u: Uncertainty): LeverSpreads {
  return Object.fromEntries(Object.entries(u.levers).map(([k, v]) => [k, v.spread])) as LeverSpreads
}

let cached: ProjectData | null = null

/** Load and validate the project's data once (throws `InputError` listing every problem). */
export function loadProjectData(): ProjectData {
  if (cached) return cached
  const actors = parseWith(actorTableSchema, actorsJson, 'data/actors.json')
  const initiativeFile = parseWith(initiativeFileSchema, initiativesJson, 'data/initiatives.json')
  const baseline = parseWith(scenarioSchema, baselineJson, 'data/scenarios/baseline.json')
  const presets = parseWith(presetFileSchema, presetsJson, 'data/scenarios/presets.json').presets
  const sources = parseWith(sourcesSchema, sourcesJson, 'data/sources.json')
  const initiatives = [...initiativeFile.initiatives, ...expandRecurring(initiativeFile)].sort(
    (a, b) => a.yearProposed - b.yearProposed || a.id.localeCompare(b.id),
  )
  const uncertainty = parseWith(uncertaintySchema, uncertaintyJson, 'data/uncertainty.json')
  cached = { actors, initiativeFile, initiatives, baseline, presets, sources, uncertainty }
  return cached
}

/** Expand recurring business into one initiative per occurrence (`<id>-<year>`). */
export function expandRecurring(file: InitiativeFile): Initiative[] {
  const out: Initiative[] = []
  for (const r of file.recurring) {
    for (let year = r.from; year <= r.to; year += r.every) {
      out.push({ ...r.initiative, id: `${r.initiative.id}-${year}`, title: `${r.initiative.title} ${year}`, yearProposed: year })
    }
  }
  return out
}

/** Return the scenario for a preset id ("baseline" or a preset's id), or undefined. */
export function scenarioFor(id: string, data: ProjectData = loadProjectData()): Scenario | undefined {
  if (id === data.baseline.id) return data.baseline
  const preset = data.presets.find((p) => p.id === id)
  return preset ? applyPreset(data.baseline, preset) : undefined
}
