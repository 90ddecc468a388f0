import { createJSONStorage, persist, type PersistOptions } from 'zustand/middleware'
import type { StateCreator } from 'zustand'

/**
 * UI preferences are persisted key by key in localStorage (never user data: that lives in
 * IndexedDB). A broken stored value falls back to the defaults instead of breaking the app.
 */
export function persisted<T>(
  key: string,
  creator: StateCreator<T>,
  partialize?: PersistOptions<T, Partial<T>>['partialize'],
) {
  return persist(creator, {
    name: `doorstroombord.${key}`,
    storage: createJSONStorage(() => localStorage),
    version: 1,
    ...(partialize ? { partialize } : {}),
    merge: (stored, current) =>
      typeof stored === 'object' && stored !== null ? { ...current, ...stored } : current,
  })
}
