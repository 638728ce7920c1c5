/**
 * Actor names in the user's language: `actors.<CODE>` from the catalog, or the ISO code itself for a
 * state the catalog does not name (an outside party to a dispute, a new dialogue partner).
 */
import { useI18n } from 'vue-i18n'
import type { ActorId } from '../../models/index'

/** Return a function that names an actor by its ISO 3166-1 alpha-3 code. */
export function useActorName(): (code: ActorId) => string {
  const { t, te } = useI18n()
  return (code) => (te(`actors.${code}`) ? t(`actors.${code}`) : code)
}
