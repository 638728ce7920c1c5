/**
 * Sort a short list, stably, by `compare`: the same order as `Array.prototype.sort` (which is
 * stable too), without the scratch memory the built-in sort allocates on every call. A run sorts
 * hundreds of two- and three-element lists (each blocker's losses, the blockers of a decision), and
 * that scratch memory was a fifth of all a Monte Carlo draw allocated. Meant for lists of a few dozen
 * items at most: it takes time proportional to the square of the length.
 *
 * Returns a new list, filled front to back: shifting items within the caller's list turned it into
 * a "holey" array now and then, and every function that later read such lists was thrown back to the
 * interpreter at once.
 */
export function sortShort<T>(list: readonly T[], compare: (a: T, b: T) => number): T[] {
  const out: T[] = []
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as T
    // Insert after every item it does not sort before, so equal items keep their order (stable).
    let at = out.length
    while (at > 0 && compare(out[at - 1] as T, item) > 0) at--
    if (at === out.length) out.push(item)
    else out.splice(at, 0, item)
  }
  return out
}
