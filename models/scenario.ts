/**
 * Presets are changes to the baseline (levers, rule, accessions), so each preset states only what
 * it changes and stays in step with the baseline's history.
 */
import { z } from 'zod'
import { actorCodeSchema, decisionRuleSchema, leversSchema, parseWith, scenarioEventSchema, scenarioSchema } from './schema'
import type { ActorId, Scenario, ScenarioEvent } from './types'


/** A preset: a named set of changes to the baseline scenario. */
export const presetSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(1),
  description: z.string(),
  claims: z.array(z.string().regex(/^(ORG|RU|CN|CA|EN|EX)-\d{2}$/)),
  changes: z.strictObject({
    levers: leversSchema.partial().optional(),
    decisionRule: decisionRuleSchema.optional(),
    removeAccessions: z.array(actorCodeSchema).optional(),
    addEvents: z.array(scenarioEventSchema).optional(),
  }),
})
export type Preset = z.infer<typeof presetSchema>

/** The presets file `data/scenarios/presets.json`. */
export const presetFileSchema = z.strictObject({ schemaVersion: z.literal(1), presets: z.array(presetSchema) })

/** Apply a preset's changes to the baseline and return the resulting scenario (validated). */
export function applyPreset(baseline: Scenario, preset: Preset): Scenario {
  const removed = new Set<ActorId>(preset.changes.removeAccessions ?? [])
  const events: ScenarioEvent[] = baseline.events.filter(
    (e) => !(e.kind === 'accession' && e.status === 'member' && removed.has(e.actor)),
  )
  events.push(...(preset.changes.addEvents ?? []))
  events.sort((a, b) => a.year - b.year)
  const scenario: Scenario = {
    ...baseline,
    id: preset.id,
    title: preset.title,
    description: preset.description,
    claims: preset.claims,
    events,
    levers: { ...baseline.levers, ...preset.changes.levers },
    decisionRule: preset.changes.decisionRule ?? baseline.decisionRule,
  }
  return parseWith(scenarioSchema, scenario, `preset ${preset.id}`)
}
