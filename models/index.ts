/**
 * The model's one public entry: everything the app, the command line and the tests use.
 * Pure TypeScript: no DOM, no clock, randomness only from a seed.
 */
export * from './types'
export { simulate, simulateOutcomes, MODEL_VERSION, MAX_BLOCKED_YEARS, MAX_BLOCKED_YEARS_MEMBERSHIP, DILUTED_AT, DILUTION_STEP } from './simulate'
export type { ModelData, SimulateOptions, RunOutcomes } from './simulate'
export { RULES, RULE_LIST, ruleById } from './rules'
export type { RuleInfo, RuleKey, RuleReach } from './rules'
export { evaluateInitiatives, classOf, withoutOwnAccession } from './evaluate'
export type { EvaluateOptions, EvaluationResult, HistoryClass } from './evaluate'
export { runDraws, summarizeDraws, drawSampler, drawLevers, defaultRange, isAdoptedOutcome, ranks, rankCorrelation, sensitivity } from './montecarlo'
export type { DrawSummary, MonteCarloSummary, DrawOptions, LeverSpreads } from './montecarlo'
export { loadProjectData, scenarioFor, leverSpreads, expandRecurring } from './data'
export type { ProjectData, Uncertainty } from './data'
export { applyPreset, presetSchema, presetFileSchema } from './scenario'
export type { Preset } from './scenario'
export {
  InputError,
  checkWith,
  parseWith,
  formatPath,
  initiativeSchema,
  initiativeInputSchema,
  scenarioSchema,
  leversSchema,
  decisionRuleSchema,
  actorTableSchema,
  sourcesSchema,
  initiativeFileSchema,
} from './schema'
export type { InputIssue, Sources, InitiativeFile } from './schema'
export { createRandom, mixSeed } from './random'
export type { Random } from './random'
export { quantile } from './numeric'
export { isAssignedAlpha3 } from './iso3166'
export { LEVERS, leverInfo, setLever } from './levers'
export type { LeverInfo, NumericLeverKey } from './levers'
export { findFlip } from './counterfactual'
export type { Flip, FlipOptions } from './counterfactual'
export { attribute, scenarioChanges, applyChange } from './attribution'
export type { Attribution, AttributionStep, ScenarioChange } from './attribution'
export { resultFingerprint } from './fingerprint'
