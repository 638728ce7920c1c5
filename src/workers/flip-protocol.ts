/**
 * Messages between `useFlipSearch` and `flip.worker.ts`. Plain JSON only: a scenario and an agenda
 * travel by structured clone, so they must carry no Vue proxies.
 */
import type { Flip, Initiative, InitiativeId, Scenario } from '../../models/index'

/** Ask for the smallest single-lever move that flips `initiativeId`; `id` tells stale replies apart. */
export interface FlipRequest {
  id: number
  scenario: Scenario
  agenda: Initiative[]
  initiativeId: InitiativeId
}

/** Answer one request: the move (null when no single lever flips it), or the error that stopped the search. */
export type FlipReply = { id: number; kind: 'done'; flip: Flip | null } | { id: number; kind: 'failed'; message: string }
