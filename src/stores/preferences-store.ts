import { create } from 'zustand'
import { persisted } from './persisted'

export type Language = 'nl' | 'en'

interface PreferencesState {
  language: Language
  /** Name recorded in the change history for edits made in this browser. */
  userName: string
  setLanguage: (language: Language) => void
  setUserName: (userName: string) => void
}

export const usePreferences = create<PreferencesState>()(
  persisted('preferences', (set) => ({
    language: 'nl',
    userName: '',
    setLanguage: (language) => set({ language: language === 'en' ? 'en' : 'nl' }),
    setUserName: (userName) => set({ userName: userName.trim().slice(0, 80) }),
  })),
)

/** The name written into the audit log for changes made here. */
export function currentActor(): string {
  return usePreferences.getState().userName || 'Onbekende gebruiker'
}
