import type { Dictionary } from '../../i18n'
import { MUNICIPAL_TABLE_NUMBERS, type MunicipalTableKey } from './municipal-table-numbers'

/** "Tabel 9. Knelpunten per code, over alle aanbieders" */
export function tableTitle(key: MunicipalTableKey, t: Dictionary): string {
  const m = t.municipalExport
  return m.tableTitle(MUNICIPAL_TABLE_NUMBERS[key], m.tables[key])
}
