import { useLanguage, type Language } from './language-store'
import { nl, type Dictionary } from './nl'

export type { Dictionary, Language }
export { nl, useLanguage }
export { criteriaOf, preconditionName, reasonCodeLabel } from './labels'
export { formatAssessmentValue, formatYouthValue, plainText } from './field-values'

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
