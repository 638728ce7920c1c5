/**
 * A scenario's settings in words, for slides and the handout: each input that differs from history
 * as one short sentence ("India never joins", "Russia–China alignment: −0.60 (history 0.30)").
 * Pure: messages and number formats come in as a `ChartText`, actor names as a function.
 */
import { leverInfo, scenarioChanges, type DecisionRule, type Scenario, type ScenarioChange } from '../../models/index'
import type { ChartText } from '../charts/chart-text'

/** Name a decision rule in words. */
export function ruleInWords(rule: DecisionRule, text: ChartText): string {
  switch (rule.kind) {
    case 'consensus':
    case 'consensus-opt-out':
      return text.t(`levers.rule.${rule.kind}`)
    case 'qualified-majority':
      return text.t('present.settings.majority', {
        share: text.n(rule.threshold, 'percent'),
        weighting: text.t(`levers.rule.weightings.${rule.weighting}`).toLocaleLowerCase(),
      })
    default:
      return assertNever(rule)
  }
}

/** Put one change from history into words. */
export function changeInWords(change: ScenarioChange, text: ChartText, actorName: (code: string) => string): string {
  switch (change.kind) {
    case 'lever': {
      const info = leverInfo(change.lever)
      const format = (v: number) => text.t(`levers.units.${info.unit}`, { value: info.unit === 'year' ? text.n(v, 'year') : text.n(v, 'decimal2') })
      return text.t('present.settings.lever', { lever: text.t(`levers.lever.${change.lever}.label`), value: format(change.to), history: format(change.from) })
    }
    case 'membership': {
      const actor = actorName(change.actor)
      if (change.to === null) return text.t('present.settings.neverJoins', { actor })
      if (change.from === null) return text.t('present.settings.joins', { actor, year: text.n(change.to, 'year') })
      return text.t('present.settings.joinsInstead', { actor, year: text.n(change.to, 'year'), history: text.n(change.from, 'year') })
    }
    case 'decision-rule':
      return text.t('present.settings.rule', { rule: ruleInWords(change.to, text) })
    case 'end-year':
      return text.t('present.settings.endYear', { year: text.n(change.to, 'year') })
    default:
      return assertNever(change)
  }
}

/** List a scenario's settings in words; one sentence saying so when nothing differs from history. */
export function settingsInWords(scenario: Scenario, baseline: Scenario, text: ChartText, actorName: (code: string) => string): string[] {
  const changes = scenarioChanges(baseline, scenario)
  // A lever's override switch is implied by moving the lever; it is not a separate setting.
  if (changes.length === 0) return [text.t('present.settings.history')]
  return changes.map((c) => changeInWords(c, text, actorName))
}

function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`)
}
