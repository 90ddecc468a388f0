import type { MunicipalOverview } from '../../domain/municipal'
import type { Dictionary } from '../../i18n'
import { writeCsv } from '../csv'
import { municipalYouthTable } from '../../tables/municipal/youth-table'

/**
 * The Jongeren of the ronde as CSV in the Dutch Excel dialect (`;`, UTF-8 with BOM, CRLF,
 * dd-mm-jjjj, decimal comma), every text cell neutralised against formula injection.
 */
export function municipalYouthsCsv(overview: MunicipalOverview, t: Dictionary): string {
  return writeCsv(municipalYouthTable(overview, t))
}
