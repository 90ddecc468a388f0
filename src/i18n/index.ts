import { useLanguage, type Language } from './language-store'
import { nl, type Dictionary } from './nl'

export type { Dictionary, Language }
export { nl, useLanguage }

/** English is loaded when chosen: most users never switch, and the first load stays small. */
let english: Dictionary | undefined

export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' && !english) english = (await import('./en')).en
}

/** Loads the language's text first, then switches the UI to it. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language)
  useLanguage.getState().setLanguage(language)
}

function dictionaryFor(language: Language): Dictionary {
  return language === 'en' && english ? english : nl
}

/** The UI text in the chosen language (Dutch by default). */
export function useT(): Dictionary {
  return dictionaryFor(useLanguage((s) => s.language))
}

/** For code outside React (exports, notices): the text in the current language. */
export function currentDictionary(): Dictionary {
  return dictionaryFor(useLanguage.getState().language)
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
