/**
 * The "propose an initiative" form's logic: a draft in form-friendly fields, turned into a
 * contract-format initiative, validated with the model's schema (errors keyed by field), a live
 * preview of how each member reacts in the current scenario, and adding it to the agenda.
 */
import { computed, reactive, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import {
  checkWith,
  initiativeSchema,
  loadProjectData,
  simulate,
  type ActorId,
  type CandidateStatus,
  type Domain,
  type Form,
  type Initiative,
  type InitiativeResult,
  type InputIssue,
  type Overlap,
  type RegionalFocus,
  type Scenario,
} from '../../models/index'

/** The form's fields; numbers may be NaN or '' while the user types. */
export interface ProposalDraft {
  title: string
  yearProposed: number | ''
  domain: Domain
  form: Form
  champions: ActorId[]
  bindingness: number | ''
  pooledFunding: number | ''
  leadPower: ActorId | ''
  militaryComponent: number | ''
  antiWesternSignal: number | ''
  sovereigntyCost: number | ''
  territorialNorm: number | ''
  hasDispute: boolean
  disputeFirst: ActorId | ''
  disputeSecond: ActorId | ''
  disputeFavors: ActorId | ''
  overlaps: Overlap[]
  regionalFocus: RegionalFocus
  candidateActor: ActorId | ''
  candidateStatus: CandidateStatus
}

/** The fields an error can be shown next to. */
export const PROPOSAL_FIELDS = [
  'title',
  'yearProposed',
  'domain',
  'form',
  'champions',
  'bindingness',
  'pooledFunding',
  'leadPower',
  'militaryComponent',
  'antiWesternSignal',
  'sovereigntyCost',
  'territorialNorm',
  'bilateralDispute',
  'overlaps',
  'regionalFocus',
  'candidate',
] as const
export type ProposalField = (typeof PROPOSAL_FIELDS)[number]

/** A fresh draft: a modest economic agreement tabled by China. */
export function emptyDraft(): ProposalDraft {
  return {
    title: '',
    yearProposed: 2026,
    domain: 'economic',
    form: 'agreement',
    champions: ['CHN'],
    bindingness: 0.5,
    pooledFunding: 0,
    leadPower: '',
    militaryComponent: 0,
    antiWesternSignal: 0,
    sovereigntyCost: 0.1,
    territorialNorm: 0,
    hasDispute: false,
    disputeFirst: '',
    disputeSecond: '',
    disputeFavors: '',
    overlaps: [],
    regionalFocus: 'central-asia',
    candidateActor: '',
    candidateStatus: 'member',
  }
}

/** Make a kebab-case id from a title, unique among `taken` (adds -2, -3, … if needed). */
export function idFromTitle(title: string, taken: ReadonlySet<string>): string {
  const stem =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/g, '') || 'initiative'
  if (!taken.has(stem)) return stem
  let k = 2
  while (taken.has(`${stem}-${k}`)) k++
  return `${stem}-${k}`
}

const num = (value: number | ''): number => (typeof value === 'number' ? value : Number.NaN)
const code = (value: string): ActorId | null => (value === '' ? null : value)

/** Turn the draft into an initiative in the contract format (not yet validated). */
export function initiativeFromDraft(draft: ProposalDraft, id: string): Initiative {
  const initiative: Initiative = {
    id,
    title: draft.title.trim(),
    yearProposed: num(draft.yearProposed),
    domain: draft.domain,
    form: draft.form,
    champions: [...draft.champions],
    features: {
      bindingness: num(draft.bindingness),
      pooledFunding: num(draft.pooledFunding),
      leadPower: code(draft.leadPower),
      militaryComponent: num(draft.militaryComponent),
      antiWesternSignal: num(draft.antiWesternSignal),
      sovereigntyCost: num(draft.sovereigntyCost),
      territorialNorm: num(draft.territorialNorm),
      bilateralDispute: draft.hasDispute
        ? { parties: [draft.disputeFirst, draft.disputeSecond], favors: code(draft.disputeFavors) }
        : null,
      overlaps: [...draft.overlaps],
      regionalFocus: draft.regionalFocus,
    },
  }
  if (draft.form === 'membership') initiative.candidate = { actor: draft.candidateActor, status: draft.candidateStatus }
  return initiative
}

/** Say which form field a schema path like `features.bindingness` or `champions[0]` belongs to. */
export function fieldOfPath(path: string): ProposalField | null {
  const head = path.replace(/^features\./, '').split(/[.[]/)[0] ?? ''
  if (head === 'id') return 'title'
  return (PROPOSAL_FIELDS as readonly string[]).includes(head) ? (head as ProposalField) : null
}

/** Options: the scenario the preview runs in, and the agenda whose ids a new id must avoid. */
export interface UseProposalOptions {
  scenario: MaybeRefOrGetter<Scenario>
  agenda: MaybeRefOrGetter<readonly Initiative[]>
}

/** The draft, its checks and its preview. */
export interface UseProposalReturn {
  draft: ProposalDraft
  /** The id the initiative would get. */
  id: ComputedRef<string>
  /** Every problem with the draft, and the first message for each field. */
  issues: ComputedRef<InputIssue[]>
  errors: ComputedRef<Partial<Record<ProposalField, string>>>
  /** How the initiative fares in the current scenario, judged alone; null while the draft is invalid. */
  preview: ComputedRef<InitiativeResult | null>
  /** The valid initiative, or null. */
  valid: ComputedRef<Initiative | null>
  /** Forget the draft's title after adding (the features stay, to propose a variant). */
  clearTitle: () => void
}

/** Hold and check a draft initiative, and preview the members' reactions to it. */
export function useProposal(options: UseProposalOptions): UseProposalReturn {
  const data = loadProjectData()
  const draft = reactive<ProposalDraft>(emptyDraft())
  const taken = computed(() => new Set(toValue(options.agenda).map((i) => i.id)))
  const id = computed(() => idFromTitle(draft.title, taken.value))
  const candidate = computed(() => initiativeFromDraft(draft, id.value))
  const check = computed(() => checkWith(initiativeSchema, candidate.value))
  const issues = computed(() => (check.value.ok ? [] : check.value.issues))
  const errors = computed(() => {
    const out: Partial<Record<ProposalField, string>> = {}
    for (const issue of issues.value) {
      const field = fieldOfPath(issue.path)
      if (field && !out[field]) out[field] = issue.message
    }
    return out
  })
  const valid = computed(() => (check.value.ok ? check.value.value : null))

  // The preview does not wait for a title: only the features matter to the model.
  const previewSubject = computed(() => {
    const subject = initiativeFromDraft({ ...draft, title: draft.title.trim() || 'draft' }, 'draft-proposal')
    const result = checkWith(initiativeSchema, subject)
    return result.ok ? result.value : null
  })
  const preview = computed(() => {
    const subject = previewSubject.value
    return subject ? (simulate(toValue(options.scenario), data, { agenda: [subject] }).initiatives[0] ?? null) : null
  })

  return {
    draft,
    id,
    issues,
    errors,
    preview,
    valid,
    clearTitle: () => {
      draft.title = ''
    },
  }
}
