/**
 * The source texts behind the rules: claims with their paraphrase and the publications they come
 * from, resolved from `data/sources.json` (loaded and validated once by the model's data loader).
 */
import { loadProjectData, type ClaimId, type Sources } from '../../models/index'

/** One publication, as listed in `data/sources.json`. */
export type Publication = Sources['publications'][number]

/** A claim ready to show: its paraphrase and the publications it comes from. */
export interface ResolvedClaim {
  id: ClaimId
  /** Empty when the claim is not in the sources file (shown as its id alone). */
  paraphrase: string
  publications: Publication[]
}

/** Return the publications and a resolver from claim ids to claims to show. */
export function useSources(): { publications: readonly Publication[]; resolveClaims: (ids: readonly ClaimId[]) => ResolvedClaim[] } {
  const { sources } = loadProjectData()
  const publicationsById = new Map(sources.publications.map((p) => [p.id, p]))
  const claimsById = new Map(sources.claims.map((c) => [c.id, c]))
  const resolveClaims = (ids: readonly ClaimId[]): ResolvedClaim[] =>
    ids.map((id) => {
      const claim = claimsById.get(id)
      return {
        id,
        paraphrase: claim?.paraphrase ?? '',
        publications: (claim?.publications ?? []).flatMap((p) => publicationsById.get(p) ?? []),
      }
    })
  return { publications: sources.publications, resolveClaims }
}
