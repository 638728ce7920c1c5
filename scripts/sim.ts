/**
 * The command line:
 *   sim evaluate FILE [--scenario FILE|PRESET] [--horizon YEARS] [--seed N] [--draws N]
 *   sim run [--scenario FILE|PRESET] [--format json|csv] [--seed N] [--draws N]
 * With --draws, `run` adds the Monte Carlo summary (cohesion bands, adoption probabilities, blockers)
 * for that many draws from the scenario's seed: the same numbers the app's Uncertainty view shows.
 * Bad input: a message naming each bad field on standard error, exit status 2, nothing on standard output.
 */
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import {
  InputError,
  evaluateInitiatives,
  initiativeInputSchema,
  leverSpreads,
  loadProjectData,
  parseWith,
  resultFingerprint,
  runDraws,
  scenarioFor,
  scenarioSchema,
  simulate,
  summarizeDraws,
  type MonteCarloSummary,
  type ProjectData,
  type Scenario,
  type SimulationResult,
} from '../models/index'

const USAGE = `usage:
  sim evaluate FILE [--scenario FILE|PRESET] [--horizon YEARS] [--seed N] [--draws N]
  sim run [--scenario FILE|PRESET] [--format json|csv] [--seed N] [--draws N]`

/** A usage or input problem: reported on standard error with exit status 2. */
class UsageError extends Error {}

function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new UsageError(`${what}: no such file: ${path}`)
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw new UsageError(`${what}: ${path} is not valid JSON (${(error as Error).message})`)
  }
}

function integerOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--${name}: must be a whole number, got "${value}"`)
  const n = Number(value)
  if (n < min || n > max) throw new UsageError(`--${name}: must be between ${min} and ${max}, got ${n}`)
  return n
}

function loadScenario(arg: string | undefined, data: ProjectData): Scenario {
  if (arg === undefined) return data.baseline
  if (existsSync(arg)) return parseWith(scenarioSchema, readJson(arg, '--scenario'), `--scenario ${arg}`)
  const preset = scenarioFor(arg, data)
  if (!preset) {
    const names = [data.baseline.id, ...data.presets.map((p) => p.id)].join(', ')
    throw new UsageError(`--scenario: "${arg}" is neither a file nor a preset (presets: ${names})`)
  }
  return preset
}

function evaluate(args: string[], data: ProjectData): string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { scenario: { type: 'string' }, horizon: { type: 'string' }, seed: { type: 'string' }, draws: { type: 'string' } },
  })
  if (positionals.length !== 1 || positionals[0] === undefined) throw new UsageError(`evaluate takes exactly one FILE\n${USAGE}`)
  const file = positionals[0]
  const problems: string[] = []
  const attempt = <T>(f: () => T): T | undefined => {
    try {
      return f()
    } catch (error) {
      if (error instanceof UsageError || error instanceof InputError) {
        problems.push(error.message)
        return undefined
      }
      throw error
    }
  }
  const horizon = attempt(() => integerOption(values.horizon, 'horizon', 1, 60))
  const seed = attempt(() => integerOption(values.seed, 'seed', 0, 2 ** 31 - 1))
  const draws = attempt(() => integerOption(values.draws, 'draws', 0, 100_000))
  const scenario = attempt(() => loadScenario(values.scenario, data))
  const initiatives = attempt(() => parseWith(initiativeInputSchema, readJson(file, 'FILE'), file))
  if (problems.length > 0 || !scenario || !initiatives) throw new UsageError(problems.join('\n'))
  const result = evaluateInitiatives(initiatives, scenario, data, {
    ...(horizon === undefined ? {} : { horizon }),
    ...(seed === undefined ? {} : { seed }),
    ...(draws === undefined ? {} : { draws }),
    leverSpreads: leverSpreads(data.uncertainty),
  })
  return JSON.stringify(result, null, 2)
}

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value)
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Write a run as CSV: the yearly series, a blank line, then the outcome of every initiative. */
export function runToCsv(result: SimulationResult, titles: Map<string, string>): string {
  const lines = [
    `# scenario=${result.scenarioId} seed=${result.seed} model=${result.modelVersion}`,
    'year,cohesion,convergence,throughput,room,members,adopted,adopted_with_reservations,diluted,delayed,vetoed',
    ...result.years.map((y) =>
      [
        y.year,
        y.cohesion,
        y.parts.convergence,
        y.parts.throughput,
        y.parts.room,
        y.members.join(' '),
        y.counts.adopted,
        y.counts['adopted-with-reservations'],
        y.counts.diluted,
        y.counts.delayed,
        y.counts.vetoed,
      ]
        .map(csvCell)
        .join(','),
    ),
    '',
    'initiative,title,outcome,year_proposed,year_decided,blockers',
    ...result.initiatives.map((i) =>
      [
        i.id,
        titles.get(i.id) ?? '',
        i.outcome,
        i.yearProposed,
        i.yearDecided,
        (i.final?.result === 'blocked' ? i.final.blockers.map((b) => b.actor) : []).join(' '),
      ]
        .map(csvCell)
        .join(','),
    ),
  ]
  return lines.join('\n')
}

function run(args: string[], data: ProjectData): string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { scenario: { type: 'string' }, format: { type: 'string', default: 'json' }, seed: { type: 'string' }, draws: { type: 'string' } },
  })
  if (positionals.length > 0) throw new UsageError(`run takes no positional arguments\n${USAGE}`)
  if (values.format !== 'json' && values.format !== 'csv') throw new UsageError(`--format: must be json or csv, got "${values.format}"`)
  const seed = integerOption(values.seed, 'seed', 0, 2 ** 31 - 1)
  const draws = integerOption(values.draws, 'draws', 1, 100_000)
  const loaded = loadScenario(values.scenario, data)
  const scenario = seed === undefined ? loaded : { ...loaded, seed }
  const result = simulate(scenario, data)
  const monteCarlo =
    draws === undefined ? undefined : summarizeDraws(scenario, runDraws(scenario, data, { from: 0, to: draws }, { leverSpreads: leverSpreads(data.uncertainty) }))
  if (values.format === 'csv') {
    const csv = runToCsv(result, new Map(data.initiatives.map((i) => [i.id, i.title])))
    return monteCarlo ? `${csv}\n\n${bandsToCsv(monteCarlo)}` : csv
  }
  return JSON.stringify(
    {
      modelVersion: result.modelVersion,
      scenario: result.scenarioId,
      seed: result.seed,
      // The same scenario and seed give this fingerprint in the app too (Model and sources page).
      fingerprint: resultFingerprint(result),
      years: result.years.map(({ year, members, cohesion, parts, counts, blocs }) => ({ year, members, cohesion, parts, counts, blocs })),
      initiatives: result.initiatives.map((i) => ({
        id: i.id,
        outcome: i.outcome,
        yearProposed: i.yearProposed,
        yearDecided: i.yearDecided,
        blockers: i.final?.result === 'blocked' ? i.final.blockers.map((b) => ({ actor: b.actor, shortfall: b.shortfall })) : [],
      })),
      actors: result.actors,
      ...(monteCarlo ? { monteCarlo } : {}),
    },
    null,
    2,
  )
}

/** Write Monte Carlo cohesion bands as CSV: draws and seed stated, then one row per year. */
export function bandsToCsv(summary: MonteCarloSummary): string {
  return [
    `# monte carlo draws=${summary.draws} seed=${summary.seed}`,
    'year,cohesion_p10,cohesion_p50,cohesion_p90',
    ...summary.years.map((year, i) => [year, summary.cohesion.p10[i], summary.cohesion.p50[i], summary.cohesion.p90[i]].map(csvCell).join(',')),
  ].join('\n')
}

function main(argv: string[]): number {
  const [command, ...rest] = argv
  try {
    const data = loadProjectData()
    let output: string
    if (command === 'evaluate') output = evaluate(rest, data)
    else if (command === 'run') output = run(rest, data)
    else throw new UsageError(command ? `unknown command "${command}"\n${USAGE}` : USAGE)
    process.stdout.write(`${output}\n`)
    return 0
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      process.stderr.write(`${error.message}\n`)
      return 2
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${error.message}\n${USAGE}\n`)
      return 2
    }
    throw error
  }
}

process.exitCode = main(process.argv.slice(2))
