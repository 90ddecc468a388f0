import {
  createJSONStorage,
  persist,
  type PersistOptions,
  type StateStorage,
} from 'zustand/middleware'
import type { StateCreator } from 'zustand'

/**
 * An entry that other modules write to as well (the language in "preferences" is owned by
 * src/i18n): a write keeps the fields it does not own.
 */
const sharedEntryStorage: StateStorage = {
  getItem: (name) => localStorage.getItem(name),
  setItem: (name, value) => {
    const next = JSON.parse(value) as { state: object }
    let previous: unknown = null
    try {
      previous = JSON.parse(localStorage.getItem(name) ?? 'null')
    } catch {
      // A broken entry is replaced.
    }
    const previousState =
      typeof previous === 'object' && previous !== null && 'state' in previous
        ? previous.state
        : null
    const state =
      typeof previousState === 'object' && previousState !== null
        ? { ...previousState, ...next.state }
        : next.state
    localStorage.setItem(name, JSON.stringify({ ...next, state }))
  },
  removeItem: (name) => localStorage.removeItem(name),
}

/**
 * UI preferences are persisted key by key in localStorage (never user data: that lives in
 * IndexedDB). A broken stored value falls back to the defaults instead of breaking the app.
 * With `shared`, the store reads and writes only its own fields of the entry.
 */
export function persisted<T>(
  key: string,
  creator: StateCreator<T>,
  partialize?: PersistOptions<T, Partial<T>>['partialize'],
  {
    shared = false,
    restore,
  }: {
    shared?: boolean
    /** Repairs or drops stored fields before they are used (e.g. ones no longer kept). */
    restore?: (stored: Record<string, unknown>) => Record<string, unknown>
  } = {},
) {
  return persist(creator, {
    name: `doorstroombord.${key}`,
    storage: createJSONStorage(() => (shared ? sharedEntryStorage : localStorage)),
    version: 1,
    ...(partialize ? { partialize } : {}),
    merge: (stored, current) => {
      if (typeof stored !== 'object' || stored === null) return current
      const own = shared
        ? Object.fromEntries(
            Object.entries(stored).filter(([field]) => field in (current as object)),
          )
        : (stored as Record<string, unknown>)
      return { ...current, ...(restore ? restore(own) : own) }
    },
  })
}
