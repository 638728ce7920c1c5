/**
 * What the one-page handout says about a run, as plain data: the outcomes that changed from history,
 * the main vetoes with the reasons behind them (the largest negative rule terms of each objector),
 * and the publications behind every claim the page cites. Limited so the page stays one page.
 */
import { leverInfo, scenarioChanges, type Initiative, type Outcome, type RuleTerm, type Scenario, type SimulationResult, type Sources } from '../../models/index'
import { outcomeChanges, type OutcomeChange } from './slides'

/** Most outcome changes, vetoes, objectors per veto, and reasons per objector on the page. */
export const HANDOUT_LIMITS = { changes: 6, vetoes: 3, blockers: 2, reasons: 2 } as const

/** One veto on the handout. */
export interface HandoutVeto {
  id: string
  title: string
  yearProposed: number
  /** Last year it was blocked. */
  lastYear: number | null
  /** True when history adopted it (this run's veto is news). */
  changed: boolean
  blockers: { actor: string; reasons: RuleTerm[] }[]
  /** Objectors not listed. */
  moreBlockers: number
}

/** The handout's content. */
export interface HandoutModel {
  changes: OutcomeChange[]
  moreChanges: number
  vetoes: HandoutVeto[]
  totalVetoes: number
  /** Claims cited on the page, in order of first citation. */
  claims: string[]
  /** Publications behind those claims, with the claims each supports. */
  publications: { id: string; short: string; title: string; year: number; claims: string[] }[]
}

/** Build the handout for a run, beside history. */
export function handoutModel(
  scenario: Scenario,
  run: SimulationResult,
  history: SimulationResult,
  baseline: Scenario,
  agenda: readonly Initiative[],
  sources: Sources,
): HandoutModel {
  const allChanges = outcomeChanges(history, run, agenda)
  const historyOutcome = new Map<string, Outcome>(history.initiatives.map((i) => [i.id, i.outcome]))
  const titles = new Map(agenda.map((i) => [i.id, i.title]))

  const vetoed = run.initiatives.filter((i) => i.outcome === 'vetoed')
  // Vetoes that are news (history adopted the item) first, then the rest by the year they were tabled.
  const ordered = [...vetoed].sort((a, b) => {
    const news = Number(historyOutcome.get(b.id) !== 'vetoed') - Number(historyOutcome.get(a.id) !== 'vetoed')
    return news || a.yearProposed - b.yearProposed || a.id.localeCompare(b.id)
  })
  const vetoes: HandoutVeto[] = ordered.slice(0, HANDOUT_LIMITS.vetoes).map((item) => {
    const blocked = [...item.history].reverse().find((h) => h.result === 'blocked')
    const blockers = (blocked?.blockers ?? []).slice().sort((a, b) => b.shortfall - a.shortfall)
    return {
      id: item.id,
      title: titles.get(item.id) ?? item.id,
      yearProposed: item.yearProposed,
      lastYear: blocked?.year ?? null,
      changed: historyOutcome.get(item.id) !== 'vetoed',
      blockers: blockers.slice(0, HANDOUT_LIMITS.blockers).map((b) => ({
        actor: b.actor,
        reasons: b.terms.filter((term) => term.contribution < 0).sort((x, y) => x.contribution - y.contribution).slice(0, HANDOUT_LIMITS.reasons),
      })),
      moreBlockers: Math.max(0, blockers.length - HANDOUT_LIMITS.blockers),
    }
  })

  const claims: string[] = []
  const cite = (ids: readonly string[]) => {
    for (const id of ids) if (!claims.includes(id)) claims.push(id)
  }
  cite(scenario.claims)
  for (const change of scenarioChanges(baseline, scenario)) if (change.kind === 'lever') cite(leverInfo(change.lever).claims)
  for (const veto of vetoes) for (const b of veto.blockers) for (const r of b.reasons) cite(r.claims)

  const claimById = new Map(sources.claims.map((c) => [c.id, c]))
  const publications = sources.publications
    .map((p) => ({ id: p.id, short: p.short, title: p.title, year: p.year, claims: claims.filter((c) => claimById.get(c)?.publications.includes(p.id)) }))
    .filter((p) => p.claims.length > 0)

  return {
    changes: allChanges.slice(0, HANDOUT_LIMITS.changes),
    moreChanges: Math.max(0, allChanges.length - HANDOUT_LIMITS.changes),
    vetoes,
    totalVetoes: vetoed.length,
    claims,
    publications,
  }
}
