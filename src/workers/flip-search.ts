/**
 * The search behind "what would change it", shared by the worker and the main-thread fallback:
 * the model's `findFlip` over the same agenda the dashboard runs, so an applied move changes what
 * the user sees.
 */
import { findFlip, loadProjectData, type Flip } from '../../models/index'
import type { FlipRequest } from './flip-protocol'

/** Find the smallest single-lever move that flips the initiative in the run the user sees, or null. */
export function searchFlip({ scenario, agenda, initiativeId }: FlipRequest): Flip | null {
  return findFlip(scenario, loadProjectData(), initiativeId, { agenda })
}
