/**
 * The project's data, validated on load. Importing this module parses every file in `data/`
 * against its schema and throws an `InputError` naming every bad field if any is wrong.
 */
import actorsJson from '../data/actors.json'
import initiativesJson from '../data/initiatives.json'
import baselineJson from '../data/scenarios/baseline.json'
import presetsJson from '../data/scenarios/presets.json'
import sourcesJson from '../data/sources.json'
import { presetFileSchema, applyPreset, type Preset } from './scenario'
import { actorTableSchema, initiativeFileSchema, parseWith, scenarioSchema, sourcesSchema, type InitiativeFile, type Sources } from './schema'
import type { ModelData } from './simulate'
import type { ActorTable, Initiative, Scenario } from './types'

/** Everything in `data/`, validated. */
export interface ProjectData extends ModelData {
  actors: ActorTable
  initiativeFile: InitiativeFile
  baseline: Scenario
  presets: readonly Preset[]
  sources: Sources
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
  cached = { actors, initiativeFile, initiatives, baseline, presets, sources }
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
