/**
 * Takeaways a teacher edited, kept in the browser per deck and slide so they survive a reload and
 * the next lesson. Reading never throws; a store that does not validate is ignored (and left as it
 * is until the next edit replaces it).
 */
import { z } from 'zod'

/** The storage key. */
export const TAKEAWAYS_KEY = 'sco-scenario-lab:takeaways'

const storeSchema = z.strictObject({
  schemaVersion: z.literal(1),
  decks: z.record(z.string().max(80), z.record(z.string().max(80), z.string().max(200))),
})
type Store = z.infer<typeof storeSchema>

function read(storage: Pick<Storage, 'getItem'> | undefined): Store {
  try {
    const text = storage?.getItem(TAKEAWAYS_KEY)
    if (!text) return { schemaVersion: 1, decks: {} }
    const parsed = storeSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : { schemaVersion: 1, decks: {} }
  } catch {
    return { schemaVersion: 1, decks: {} }
  }
}

/** Read the edited takeaways of one deck, by slide key. */
export function readTakeaways(deckKey: string, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Record<string, string> {
  return { ...(read(storage).decks[deckKey] ?? {}) }
}

/** Save the edited takeaways of one deck; false if the browser refused. */
export function writeTakeaways(
  deckKey: string,
  takeaways: Record<string, string>,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage,
): boolean {
  if (!storage) return false
  try {
    const store = read(storage)
    store.decks[deckKey] = takeaways
    storage.setItem(TAKEAWAYS_KEY, JSON.stringify(store))
    return true
  } catch {
    return false
  }
}
