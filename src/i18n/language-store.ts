import { create } from 'zustand'

export type Language = 'nl' | 'en'

/**
 * The language shares the localStorage entry "doorstroombord.preferences" with the user's name
 * (src/stores/preferences-store.ts), as it did before i18n owned it: a choice made earlier is
 * kept. Writes touch only the `language` field of that entry.
 */
const ENTRY = 'doorstroombord.preferences'

interface StoredEntry {
  state?: Record<string, unknown>
  version?: number
}

function readEntry(): StoredEntry {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(ENTRY) ?? 'null')
    return typeof parsed === 'object' && parsed !== null ? parsed : {}
  } catch {
    return {}
  }
}

function normalise(language: unknown): Language {
  return language === 'en' ? 'en' : 'nl'
}

function writeLanguage(language: Language) {
  const entry = readEntry()
  const state = typeof entry.state === 'object' && entry.state !== null ? entry.state : {}
  try {
    localStorage.setItem(
      ENTRY,
      JSON.stringify({ ...entry, state: { ...state, language }, version: entry.version ?? 1 }),
    )
  } catch {
    // Storage full or blocked: the choice still holds for this session.
  }
}

interface LanguageState {
  language: Language
  setLanguage: (language: Language) => void
}

export const useLanguage = create<LanguageState>()((set) => ({
  language: normalise(readEntry().state?.language),
  setLanguage: (language) => set({ language: normalise(language) }),
}))

useLanguage.subscribe((state, previous) => {
  if (state.language !== previous.language) writeLanguage(state.language)
})
