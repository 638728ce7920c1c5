/**
 * The rule catalog: every rule the model applies, in plain words, with the claims it encodes.
 * A member's gain from an initiative is a sum of terms, one per rule that fires, so every stance
 * can be explained by listing its terms (see `assess.ts`).
 */
import type { ClaimId, RuleId } from './types'

/** Say whether a rule's loss stays with a member that opts out (it is done in the SCO's name). */
export type RuleReach = 'shared' | 'escapable' | 'procedural'

/** Describe one rule of the model. */
export interface RuleInfo {
  id: RuleId
  /** Short name in the user's words. */
  name: string
  /** What the rule does, in one or two plain sentences. */
  summary: string
  claims: readonly ClaimId[]
  /**
   * `shared`: a member bears this term even if it opts out (the SCO speaks for everyone);
   * `escapable`: opting out avoids it (money, obligations); `procedural`: not a gain term.
   */
  reach: RuleReach
  /** Whether watering the proposal down (less binding, less money) softens this term. */
  dilutable: boolean
}

const rule = (
  id: RuleId,
  name: string,
  summary: string,
  claims: ClaimId[],
  reach: RuleReach,
  dilutable = false,
): RuleInfo => ({ id, name, summary, claims, reach, dilutable })

/** Every rule, keyed by id. Order is the order explanations list them in. */
export const RULES = {
  cooperation: rule(
    'R-COOPERATION',
    'Value of the club',
    'Every member gains a little from going along with a common task: the SCO is its forum for consultation ("Shanghai spirit"), and for the Central Asian states the only regional one. It does not apply to admitting a state.',
    ['ORG-03', 'ORG-07', 'CA-04'],
    'escapable',
  ),
  champion: rule(
    'R-CHAMPION',
    'Own proposal',
    'A member that tables an initiative backs it, in proportion to the attention it gives the SCO.',
    ['RU-09', 'CA-06', 'CN-05'],
    'escapable',
  ),
  championAffinity: rule(
    'R-CHAMPION-AFFINITY',
    'Who is asking',
    'Members look kindly on what their partners table and warily on what their rivals table; unresolved rivalries (India–Pakistan) make "tactical alliances".',
    ['EN-04', 'ORG-07'],
    'escapable',
  ),
  security: rule(
    'R-SECURITY',
    'Security cooperation',
    'Counter-terrorism and border security are valued by every member, and more so as the threat from Afghanistan grows.',
    ['RU-01', 'CN-01', 'CA-07', 'EX-01', 'ORG-01'],
    'escapable',
    true,
  ),
  military: rule(
    'R-MILITARY',
    'Military component',
    'Military (not police) cooperation costs support: Russia keeps military matters in the CSTO, China keeps out of security disputes beyond its interests, and the SCO is no alliance. The worse the threat from Afghanistan, the smaller this cost.',
    ['RU-04', 'CN-04', 'ORG-01', 'EX-01'],
    'escapable',
    true,
  ),
  economic: rule(
    'R-ECONOMIC',
    'Economic cooperation',
    'Trade and economic institutions are valued, most by China, whose interest fades as the Belt and Road takes its attention.',
    ['CN-02', 'CA-01', 'RU-02', 'CN-05'],
    'escapable',
    true,
  ),
  funding: rule(
    'R-FUNDING',
    'Common government money',
    'Pooled government funding: China would pay in and steer it; Russia refuses state financing of SCO programmes; Central Asian states would receive it.',
    ['RU-03', 'CN-02', 'CA-01'],
    'escapable',
    true,
  ),
  humanitarian: rule(
    'R-HUMANITARIAN',
    'Education and culture',
    'Humanitarian cooperation (SCO University, Russian-language education) is one of Russia\u2019s levers and a modest gain for others.',
    ['RU-09'],
    'escapable',
    true,
  ),
  leadership: rule(
    'R-LEADERSHIP',
    'Whose leadership',
    'An initiative that entrenches one power\u2019s leadership pleases that power and costs the others in proportion to how binding it is: Russia balances China, the Central Asian states balance both.',
    ['RU-02', 'RU-05', 'RU-06', 'CN-03', 'CA-01', 'EN-10'],
    'shared',
    true,
  ),
  antiWestern: rule(
    'R-ANTI-WESTERN',
    'Anti-Western signal',
    'Signals against the US and NATO please Russia more as its confrontation with the West grows, and cost the Central Asian states and India, who want no anti-Western bloc.',
    ['CA-05', 'CA-03', 'RU-10', 'EN-07', 'EN-09'],
    'shared',
    true,
  ),
  usPresence: rule(
    'R-US-PRESENCE',
    'US bases in the region',
    'While US forces are based in Central Asia, members with stakes there accept statements asking them to leave.',
    ['EX-02'],
    'shared',
  ),
  sovereignty: rule(
    'R-SOVEREIGNTY',
    'Sovereignty',
    'Intrusion into internal affairs or transfer of authority costs every member, the Central Asian states most: non-interference is what shields them.',
    ['ORG-02', 'ORG-03'],
    'escapable',
    true,
  ),
  territorial: rule(
    'R-TERRITORIAL',
    'Territorial integrity',
    'Upholding territorial integrity against separatism is valued; endorsing a separation or annexation costs twice as much (China over Xinjiang, Central Asia over Georgia and Ukraine).',
    ['CN-03', 'CA-03', 'ORG-02'],
    'shared',
  ),
  dispute: rule(
    'R-DISPUTE',
    'Bilateral dispute',
    'Putting a dispute between members on the agenda: the party it favours gains, the other loses heavily (more so the more hostile they are), and third parties side with their friends.',
    ['EN-04', 'ORG-02'],
    'shared',
  ),
  overlap: rule(
    'R-OVERLAP',
    'Rival institutions',
    'Touching another institution or project: Russia guards the CSTO and the EAEU (less so once confrontation with the West pushes it to link them with the Belt and Road); India rejects the Belt and Road and the China–Pakistan corridor.',
    ['RU-04', 'RU-03', 'EX-03', 'EN-04', 'CN-05'],
    'shared',
    true,
  ),
  region: rule(
    'R-REGION',
    'Where it acts',
    'The value of a security, economic or humanitarian item grows (or shrinks) with how much a member cares about where it acts: Central Asia and Afghanistan for the founders (Afghanistan more as its threat grows), South Asia for India and Pakistan; China avoids global roles.',
    ['CA-07', 'EX-01', 'CN-01', 'CN-04'],
    'escapable',
  ),
  coordination: rule(
    'R-COORDINATION',
    'Harder consensus',
    'Each member beyond the six founders adds coordination cost to every decision, unless institutional reform fixes the gaps enlargement opened.',
    ['EN-02', 'EN-03', 'EN-06'],
    'escapable',
  ),
  equalRights: rule(
    'R-EQUAL-RIGHTS',
    'Equal rights for new members',
    'Members that joined later want quotas and posts; institutional items cost them support unless institutional reform grants equal rights.',
    ['EN-06'],
    'escapable',
  ),
  openness: rule(
    'R-OPENNESS',
    'Appetite for enlargement',
    'Openness to admitting members changes over time: Russia and China first resisted enlargement; Russia became its main supporter from the late 2000s.',
    ['RU-07', 'EN-11', 'EN-01'],
    'shared',
  ),
  candidate: rule(
    'R-CANDIDATE',
    'Who the candidate is',
    'Members welcome candidates they are close to and resist their rivals and states that would tilt the SCO (Iran\u2019s nuclear programme and anti-Western line).',
    ['EN-09', 'EN-10', 'RU-07', 'EN-04'],
    'shared',
  ),
  paired: rule(
    'R-PAIRED-ACCESSION',
    'Only together',
    'Some members accept a candidate only if its counterpart joins too: Russia accepts Pakistan only with India, China India only with Pakistan.',
    ['RU-08', 'CN-08'],
    'shared',
  ),
  consensus: rule(
    'R-CONSENSUS',
    'Consensus',
    'A member joins if its loss stays within its tolerance; otherwise it opts out with a reservation where the item allows it and others going ahead costs it little; otherwise it objects, and any objection blocks.',
    ['ORG-04', 'EN-03'],
    'procedural',
  ),
  dilution: rule(
    'R-DILUTION',
    'Watering down',
    'A blocked proposal comes back the next year less binding and with less money, by as much as its blockers\u2019 objections were about substance: this is how the SCO produces declarations instead of projects.',
    ['ORG-05', 'EN-05', 'ORG-06'],
    'procedural',
  ),
  attention: rule(
    'R-ATTENTION',
    'Nobody pushing',
    'A proposal whose champions have turned their attention elsewhere (China to the Belt and Road, and to bilateral deals) is not pushed that year.',
    ['CN-05', 'CN-07'],
    'procedural',
  ),
  reaffirm: rule(
    'R-REAFFIRM',
    'Restated each year',
    'Declarations are restated at later summits; a member that joined later may reserve its position on a paragraph (India on the Belt and Road).',
    ['EN-05', 'EN-04', 'ORG-04'],
    'procedural',
  ),
  vetoFeedback: rule(
    'R-VETO-FEEDBACK',
    'Vetoes sour relations',
    'Each year a member blocks an initiative, its relations with the initiative\u2019s champions cool a little.',
    ['EN-04', 'ORG-07'],
    'procedural',
  ),
  drift: rule(
    'R-DRIFT',
    'Positions drift',
    'Each year members move a little toward partners they are close to and back toward their own ideal, so rivals do not converge.',
    ['ORG-06', 'ORG-07', 'EN-02'],
    'procedural',
  ),
  majority: rule(
    'R-MAJORITY',
    'Qualified majority',
    'Counterfactual rule: an initiative passes when the weighted share of members not objecting reaches the threshold; objectors are outvoted and recorded.',
    ['ORG-04', 'EN-03'],
    'procedural',
  ),
} as const satisfies Record<string, RuleInfo>

/** Name a rule of the catalog by its key. */
export type RuleKey = keyof typeof RULES

/** Every rule as a list, in catalog order. */
export const RULE_LIST: readonly RuleInfo[] = Object.values(RULES)

const BY_ID = new Map<RuleId, RuleInfo>(RULE_LIST.map((r) => [r.id, r]))

/** Look a rule up by its id (e.g. `R-FUNDING`). */
export function ruleById(id: RuleId): RuleInfo | undefined {
  return BY_ID.get(id)
}
