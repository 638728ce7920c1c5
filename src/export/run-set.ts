/**
 * A run set as a JSON file: the pinned runs (names and what differs from the baseline), with a
 * format name, a schema version, the model version and the seed runs are compared with. Reading a
 * file validates everything with the schema library — its size, its JSON, every field and every
 * run's scenario — and refuses the whole file with every problem named; nothing is applied half-way.
 */
import { z } from 'zod'
import { checkWith, type InputIssue, type Scenario } from '../../models/index'
import { fromDelta, pinnedRunSchema, type StoredRun } from '../persistence/scenario-codec'

/** The format name every run-set file carries. */
export const RUN_SET_FORMAT = 'sco-scenario-lab/run-set'
/** The current version of the run-set format. */
export const RUN_SET_VERSION = 1
/** Largest file read (bytes): four runs take about 2 KB; anything far bigger is not a run set. */
export const MAX_RUN_SET_BYTES = 100_000
/** Most runs in a file (as many as can be pinned). */
export const MAX_RUN_SET_RUNS = 4

/** Version 1 of the run-set file. */
export const runSetSchema = z.strictObject({
  format: z.literal(RUN_SET_FORMAT),
  schemaVersion: z.literal(RUN_SET_VERSION),
  modelVersion: z.string().max(40),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  exported: z.string().max(40).optional(),
  runs: z.array(pinnedRunSchema).min(1).max(MAX_RUN_SET_RUNS),
})
export type RunSetFile = z.infer<typeof runSetSchema>

/** Write pinned runs as the text of a run-set file. */
export function runSetJson(runs: readonly StoredRun[], about: { modelVersion: string; seed: number; exported?: string }): string {
  const file: RunSetFile = {
    format: RUN_SET_FORMAT,
    schemaVersion: RUN_SET_VERSION,
    modelVersion: about.modelVersion,
    seed: about.seed,
    ...(about.exported ? { exported: about.exported } : {}),
    runs: [...runs],
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** The outcome of reading a run-set file. */
export type RunSetRead = { ok: true; file: RunSetFile } | { ok: false; issues: InputIssue[] }

/**
 * Read the text of a run-set file; every run's scenario is rebuilt against `baseline` to check it.
 * Never throws; a refusal names every problem with its path (e.g. `runs[1].d.l.chinaAttention`).
 */
export function parseRunSet(
  text: string,
  baseline: Scenario,
  title: (presetId: string | undefined) => Pick<Scenario, 'id' | 'title' | 'description'>,
): RunSetRead {
  if (text.length > MAX_RUN_SET_BYTES) return { ok: false, issues: [{ path: 'file', message: `is too large (over ${MAX_RUN_SET_BYTES} characters) for a run set` }] }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, issues: [{ path: 'file', message: 'is not JSON' }] }
  }
  const checked = checkWith(runSetSchema, value)
  if (!checked.ok) return { ok: false, issues: checked.issues }
  const issues: InputIssue[] = []
  const seen = new Map<string, number>()
  checked.value.runs.forEach((run, i) => {
    const first = seen.get(run.id)
    if (first !== undefined) issues.push({ path: `runs[${i}].id`, message: `repeats the id of runs[${first}]` })
    else seen.set(run.id, i)
    const rebuilt = fromDelta(run.d, baseline, title)
    if (!rebuilt.ok) for (const issue of rebuilt.issues) issues.push({ path: `runs[${i}].d (${issue.path})`, message: issue.message })
  })
  return issues.length ? { ok: false, issues } : { ok: true, file: checked.value }
}

/** Name a run-set file after its runs and the date: "sco-runs-2025-03-01.json". */
export function runSetFileName(date: Date): string {
  return `sco-runs-${date.toISOString().slice(0, 10)}.json`
}
