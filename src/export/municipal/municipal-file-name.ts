import { fileNamePart } from '../../domain/report/file-name'
import type { MunicipalOverview } from '../../domain/municipal'
import type { Dictionary } from '../../i18n'
import { selectionName } from '../../tables/municipal/municipal-labels'

/**
 * "Gemeente-overzicht_Jeugdregio-Haaglanden_ronde-2026-03-29.xlsx": what, for which
 * selection and which ronde, each part safe in any file system.
 */
export function municipalFileName(
  overview: MunicipalOverview,
  t: Dictionary,
  kind: 'xlsx' | 'csv',
): string {
  const m = t.municipalExport
  const scope =
    overview.selection.kind === 'all' ? m.fileWords.all : selectionName(overview.selection, t)
  const prefix = kind === 'csv' ? m.youthsFilePrefix : m.filePrefix
  const words = m.fileWords
  const ronde = overview.ronde ? `${words.ronde}-${overview.ronde.date}` : words.noRonde
  return `${[prefix, scope].map((p) => fileNamePart(p)).join('_')}_${ronde}.${kind}`
}
