/**
 * Sort a short list in place, stably, by `compare`: the same order as `Array.prototype.sort` (which
 * is stable too), without the scratch memory the built-in sort allocates on every call. A run sorts
 * hundreds of two- and three-element lists (each blocker's losses, the blockers of a decision), and
 * that scratch memory was a fifth of all a Monte Carlo draw allocated. Meant for lists of a few dozen
 * items at most: it takes time proportional to the square of the length.
 */
export function sortShort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T
    let j = i - 1
    // Only strictly greater items move past it, so equal items keep their order (stable).
    while (j >= 0 && compare(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T
      j--
    }
    list[j + 1] = item
  }
  return list
}
