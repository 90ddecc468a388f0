import type { MunicipalOverview, RondeAgreement } from '../../domain/municipal'
import type { Dictionary } from '../../i18n'
import { writeXlsx } from '../xlsx'
import { selectionName } from '../../tables/municipal/municipal-labels'
import { municipalSheets } from '../../tables/municipal/municipal-sheets'
import { municipalTables, type MunicipalTables } from '../../tables/municipal/municipal-tables'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * The Gemeente-overzicht as an Excel workbook (A4 landscape, header rows repeated, the ronde
 * and page number in the footer). Load this module with `import()`: it pulls in exceljs.
 * `agreements` are the afspraken of the ronde (`agreementsForRonde`, as the Afspraken tab
 * shows them); `tables` may be passed when the screen already built them.
 */
export async function municipalWorkbook(
  overview: MunicipalOverview,
  agreements: readonly RondeAgreement[],
  t: Dictionary,
  options: { created?: Date; tables?: MunicipalTables } = {},
): Promise<Blob> {
  const created = options.created ?? new Date()
  const tables = options.tables ?? municipalTables(overview, t)
  const m = t.municipalExport
  const selection = selectionName(overview.selection, t)
  const bytes = await writeXlsx(municipalSheets(overview, tables, agreements, t, created), {
    creator: 'Doorstroombord',
    created,
    print: {
      footer: overview.ronde ? m.footer(selection, overview.ronde.date) : m.headingLine(selection),
      pageFooter: m.pageFooter,
    },
  })
  return new Blob([bytes], { type: XLSX_TYPE })
}
