import { usePreferences, type Language } from '../stores/preferences-store'
import { en } from './en'
import { nl, type Dictionary } from './nl'

export type { Dictionary }

export const dictionaries: Record<Language, Dictionary> = { nl, en }

/** The UI text in the chosen language (Dutch by default). */
export function useT(): Dictionary {
  const language = usePreferences((s) => s.language)
  return dictionaries[language]
}

/** For code outside React (exports, notices): the text in the current language. */
export function currentDictionary(): Dictionary {
  return dictionaries[usePreferences.getState().language]
}

/** The display name of a precondition: the user's own name, else the built-in one. */
export function preconditionName(t: Dictionary, p: { id: string; name: string | null }): string {
  return p.name ?? t.preconditions[p.id] ?? p.id
}

export function reasonCodeLabel(t: Dictionary, c: { code: string; label: string | null }): string {
  return c.label ?? t.reasonCodes[c.code] ?? c.code
}

export function criteriaOf(
  t: Dictionary,
  p: { id: string; criteria: { groen: string; oranje: string; rood: string } | null },
) {
  return p.criteria ?? t.criteria[p.id] ?? { groen: '', oranje: '', rood: '' }
}
