import { useLanguage, useT } from '../../../i18n'
import { enSamenwerken } from '../../../i18n/en/samenwerken'
import { nlSamenwerken } from '../../../i18n/nl/samenwerken'

/**
 * The Samenwerken section's text with the header's sync words. The section's own text comes with
 * this lazily loaded section instead of the first load's dictionary (which is at its size budget).
 */
export function useSyncText() {
  const t = useT()
  const language = useLanguage((x) => x.language)
  return { ...t.sync, ...(language === 'en' ? enSamenwerken : nlSamenwerken) }
}
