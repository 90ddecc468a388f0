import { create } from 'zustand'
import { persisted } from './persisted'
import { useSyncStore } from './sync-store'

/** Shown in the change history when this browser has no name set. */
const UNKNOWN_ACTOR = 'Onbekende gebruiker'

interface PreferencesState {
  /** Name recorded in the change history for edits made in this browser. */
  userName: string
  setUserName: (userName: string) => void
}

// The entry also holds the language, which src/i18n owns (language-store.ts).
export const usePreferences = create<PreferencesState>()(
  persisted(
    'preferences',
    (set) => ({
      userName: '',
      setUserName: (userName) => set({ userName: userName.trim().slice(0, 80) }),
    }),
    (s) => ({ userName: s.userName }),
    { shared: true },
  ),
)

/**
 * The name written into the audit log for changes made here: the name set in this browser,
 * else the team member's user name when connected (what the team's other laptops show beside
 * a conflicting value), else "Onbekende gebruiker".
 */
export function currentActor(): string {
  return (
    usePreferences.getState().userName ||
    useSyncStore.getState().connection?.username ||
    UNKNOWN_ACTOR
  )
}

/** The name recorded in the change history for this browser's edits. */
export function useActor(): string {
  const userName = usePreferences((s) => s.userName)
  const member = useSyncStore((s) => s.connection?.username)
  return userName || member || UNKNOWN_ACTOR
}
