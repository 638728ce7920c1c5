/** Small hand-made results and the app's real messages, for the chart adapter tests. */
import { OUTCOMES, type InitiativeResult, type Outcome, type SimulationResult, type YearRecord } from '../../models/index'
import type { ChartText } from '../../src/charts/chart-text'
import { createAppI18n } from '../../src/i18n/index'

const i18n = createAppI18n().global

/** The app's English messages and number formats, as the adapters receive them. */
export const text: ChartText = {
  t: (key, named = {}) => i18n.t(key, named),
  n: (value, format) => i18n.n(value, format),
}

/** Make one year with a cohesion, its parts and some outcome counts. */
export function year(y: number, cohesion: number, parts: Partial<YearRecord['parts']> = {}, counts: Partial<Record<Outcome, number>> = {}): YearRecord {
  return {
    year: y,
    members: ['CHN', 'RUS'],
    cohesion,
    parts: { convergence: 50, throughput: 50, room: 50, ...parts },
    counts: { ...(Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>), ...counts },
    centre: { security: 50, economic: 50, stance: 50, sovereignty: 50, openness: 50 },
    blocs: [['CHN', 'RUS']],
    context: { russiaWest: 0, usPresence: 0, afghanThreat: 1, briSalience: 0 },
  }
}

/** Make one initiative's result; `lastYear` is the year of its final decision record. */
export function initiative(id: string, outcome: Outcome, yearProposed: number, yearDecided: number | null, lastYear?: number): InitiativeResult {
  const final = lastYear === undefined ? null : { year: lastYear, result: 'blocked' as const, reaffirmation: false, stances: [], blockers: [], dilution: 0 }
  return { id, outcome, yearProposed, yearDecided, final, history: final ? [final] : [], notes: [] }
}

/** Make a run from its years, initiatives and actors. */
export function run(years: YearRecord[], initiatives: InitiativeResult[] = [], actors: SimulationResult['actors'] = []): SimulationResult {
  return { modelVersion: 'test', scenarioId: 'test', seed: 1, years, initiatives, actors }
}
