import type { MunicipalOverview } from '../../domain/municipal'
import type { Dictionary } from '../../i18n'
import type { ExportTable } from '../table'
import { perCodeTable, perOwnerTable } from './bottleneck-tables'
import { explanationTables } from './explanation-tables'
import { eighteenPlusTable, moneyTable, outflowTables } from './flow-tables'
import {
  changeTable,
  keyFiguresTable,
  perPreconditionTable,
  stayTable,
  totalStatusTable,
} from './key-figure-tables'
import type { MunicipalTableKey } from './municipal-table-numbers'
import { perProviderTable, providersTable, signalsTable } from './provider-tables'
import { arrangementsTable, stuckTable } from './stuck-tables'

/**
 * The numbered tables of the Gemeente-overzicht that are cheap to build (no table per youth):
 * the screen may render them, print and Excel write them. The long lists (Tabel 16
 * knelpunten, 17 jongeren, 19 afspraken) are built on demand by the writers.
 */
export type MunicipalTables = Record<
  Exclude<MunicipalTableKey, 'bottleneckList' | 'youths' | 'agreements'>,
  ExportTable
>

export function municipalTables(overview: MunicipalOverview, t: Dictionary): MunicipalTables {
  return {
    keyFigures: keyFiguresTable(overview, t),
    totalStatus: totalStatusTable(overview, t),
    perPrecondition: perPreconditionTable(overview, t),
    change: changeTable(overview, t),
    stay: stayTable(overview, t),
    ...outflowTables(overview, t),
    perCode: perCodeTable(overview, t),
    perOwner: perOwnerTable(overview, t),
    eighteenPlus: eighteenPlusTable(overview, t),
    money: moneyTable(overview, t),
    perProvider: perProviderTable(overview, t),
    signals: signalsTable(overview, t),
    ...explanationTables(overview, t),
    providers: providersTable(overview, t),
    stuck: stuckTable(overview, t),
    arrangements: arrangementsTable(overview, t),
  }
}
