import { usePreferences, type Language } from '../stores/preferences-store'
import { nl, type Dictionary } from './nl'

export type { Dictionary }
export { nl }
export { criteriaOf, preconditionName, reasonCodeLabel } from './labels'

/** English is loaded when chosen: most users never switch, and the first load stays small. */
let english: Dictionary | undefined

export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' && !english) english = (await import('./en')).en
}

/** Loads the language's text first, then switches the UI to it. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language)
  usePreferences.getState().setLanguage(language)
}

function dictionaryFor(language: Language): Dictionary {
  return language === 'en' && english ? english : nl
}

/** The UI text in the chosen language (Dutch by default). */
export function useT(): Dictionary {
  return dictionaryFor(usePreferences((s) => s.language))
}

/** For code outside React (exports, notices): the text in the current language. */
export function currentDictionary(): Dictionary {
  return dictionaryFor(usePreferences.getState().language)
}
