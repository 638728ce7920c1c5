/**
 * The Compare view's settings and outcomes in words: "India's membership: from 2017 → never a
 * member", "vetoed by Russia", "adopted 2019 with reservations by India". Pure: message lookup,
 * actor names, initiative titles and list joining come in through `CompareWords`.
 */
import {
  LEVERS,
  scenarioChanges,
  type ActorId,
  type DecisionRule,
  type InitiativeResult,
  type NumericLeverKey,
  type Scenario,
  type ScenarioChange,
} from '../../models/index'
import type { ChartText } from './chart-text'

/** What the words need from the app: messages, numbers, actor names, initiative titles, lists. */
export interface CompareWords extends ChartText {
  /** Name an actor by its code. */
  actor: (code: ActorId) => string
  /** Title an initiative by its id. */
  initiative: (id: string) => string
  /** Join names as a list ("Russia and China"). */
  list: (items: readonly string[]) => string
}

/** Name an input the way the lever panel does. */
export function changeLabel(change: ScenarioChange, words: CompareWords): string {
  switch (change.kind) {
    case 'lever':
      return words.t(`levers.lever.${change.lever}.label`)
    case 'membership':
      return words.t('compare.setting.membership', { actor: words.actor(change.actor) })
    case 'decision-rule':
      return words.t('levers.rule.legend')
    case 'end-year':
      return words.t('levers.horizon.endYear')
    default: {
      const unreachable: never = change
      throw new Error(`unknown change ${JSON.stringify(unreachable)}`)
    }
  }
}

/** Format a lever's value with its unit, or "as history" when its path is not overridden. */
export function leverValue(key: NumericLeverKey, scenario: Scenario, words: CompareWords): string {
  const info = LEVERS.find((l) => l.key === key)
  const value = scenario.levers[key]
  if (!info) return words.n(value, 'decimal2')
  if (info.enables && !scenario.levers[info.enables]) return words.t('compare.setting.asHistory')
  if (info.unit === 'year') return words.n(value, 'year')
  return words.t(`levers.units.${info.unit}`, { value: words.n(value, 'decimal2') })
}

/** Say when a state is a full member: "from 2017" or "never a member". */
export function membershipValue(year: number | null, words: CompareWords): string {
  return year === null ? words.t('compare.setting.never') : words.t('compare.setting.from', { year: words.n(year, 'year') })
}

/** Describe a decision rule: "Consensus …" or "Qualified majority: 67% of states …". */
export function ruleValue(rule: DecisionRule, words: CompareWords): string {
  switch (rule.kind) {
    case 'consensus':
    case 'consensus-opt-out':
      return words.t(`compare.setting.rule.${rule.kind}`)
    case 'qualified-majority':
      return words.t(rule.unanimityForMembership ? 'compare.setting.rule.majorityUnanimous' : 'compare.setting.rule.majority', {
        threshold: words.n(rule.threshold, 'percent'),
        weighting: words.t(`compare.setting.weighting.${rule.weighting}`),
      })
    default: {
      const unreachable: never = rule
      throw new Error(`unknown rule ${JSON.stringify(unreachable)}`)
    }
  }
}

/** A stable key naming the input a change is about (the same for every run). */
export function changeKey(change: ScenarioChange): string {
  switch (change.kind) {
    case 'lever':
      return `lever:${change.lever}`
    case 'membership':
      return `member:${change.actor}`
    case 'decision-rule':
      return 'rule'
    case 'end-year':
      return 'end-year'
    default: {
      const unreachable: never = change
      throw new Error(`unknown change ${JSON.stringify(unreachable)}`)
    }
  }
}

function memberYear(scenario: Scenario, actor: ActorId): number | null {
  const e = scenario.events.find((x) => x.kind === 'accession' && x.actor === actor && x.status === 'member')
  return e && e.kind === 'accession' ? e.year : null
}

/** A run's value of the input a change is about, in words. */
export function settingIn(change: ScenarioChange, scenario: Scenario, words: CompareWords): string {
  switch (change.kind) {
    case 'lever':
      return leverValue(change.lever, scenario, words)
    case 'membership':
      return membershipValue(memberYear(scenario, change.actor), words)
    case 'decision-rule':
      return ruleValue(scenario.decisionRule, words)
    case 'end-year':
      return words.n(scenario.endYear, 'year')
    default: {
      const unreachable: never = change
      throw new Error(`unknown change ${JSON.stringify(unreachable)}`)
    }
  }
}

/** Describe one change from run A to run B: "Russia–China alignment: 0.80 → −0.40". */
export function changeInWords(change: ScenarioChange, from: Scenario, to: Scenario, words: CompareWords): string {
  return words.t('compare.setting.change', { label: changeLabel(change, words), from: settingIn(change, from, words), to: settingIn(change, to, words) })
}

/** Say how an initiative ended in a run: "vetoed by Russia", "adopted 2019 with reservations by India". */
export function outcomeInWords(item: InitiativeResult | undefined, words: CompareWords): string {
  if (!item) return words.t('compare.outcome.absent')
  const year = item.yearDecided === null ? '' : words.n(item.yearDecided, 'year')
  const names = (actors: readonly ActorId[]): string => words.list(actors.map((a) => words.actor(a)))
  switch (item.outcome) {
    case 'adopted':
      return year ? words.t('compare.outcome.adopted', { year }) : words.t('compare.outcome.adoptedNoYear')
    case 'adopted-with-reservations': {
      // Under a majority rule, members outvoted count as reserving too.
      const reserving = (item.final?.stances ?? []).filter((s) => s.stance !== 'join').map((s) => s.actor)
      return reserving.length
        ? words.t('compare.outcome.reservationsBy', { year, actors: names(reserving) })
        : words.t('compare.outcome.reservations', { year })
    }
    case 'diluted':
      return words.t('compare.outcome.diluted', { year })
    case 'delayed': {
      const blockers = (item.final?.blockers ?? []).map((b) => b.actor)
      return blockers.length ? words.t('compare.outcome.delayedBy', { actors: names(blockers) }) : words.t('compare.outcome.delayed')
    }
    case 'vetoed': {
      const blockers = (item.final?.blockers ?? []).map((b) => b.actor)
      return blockers.length ? words.t('compare.outcome.vetoedBy', { actors: names(blockers) }) : words.t('compare.outcome.vetoed')
    }
    default: {
      const unreachable: never = item.outcome
      throw new Error(`unknown outcome ${String(unreachable)}`)
    }
  }
}

/** List a run's settings that differ from the baseline: "Membership of India: never a member". */
export function settingsInWords(baseline: Scenario, scenario: Scenario, words: CompareWords): string[] {
  return scenarioChanges(baseline, scenario).map((change) =>
    words.t('compare.setting.value', { label: changeLabel(change, words), value: settingIn(change, scenario, words) }),
  )
}
