import type { MunicipalOverview, RondeAgreement } from '../../domain/municipal'
import type { Dictionary } from '../../i18n'
import type { ExportSheet, ExportTable } from '../table'
import { agreementTable } from './agreement-table'
import { bottleneckListTable } from './bottleneck-tables'
import { selectionName } from './municipal-labels'
import type { MunicipalTables } from './municipal-tables'
import { municipalYouthTable } from './youth-table'

/** Print widths of the wide lists (characters): text wraps, headers wrap at their spaces. */
const PRINT_TEXT = 20
const PRINT_TEXT_YOUTHS = 14
const PRINT_HEADER_YOUTHS = 8

/** The lines above the tables: selection, ronde with its window, when made. */
export function municipalHeadingLines(
  overview: MunicipalOverview,
  t: Dictionary,
  created: Date,
): string[] {
  const m = t.municipalExport
  const ronde = overview.ronde
  return [
    m.headingLine(selectionName(overview.selection, t)),
    ronde ? m.rondeLine(ronde.date, ronde.windowStart, ronde.provisional) : m.noRonde,
    m.madeLine(t.report.madeText(created.toISOString())),
  ]
}

/**
 * The workbook: Samenvatting, Per aanbieder, Knelpunten, Jongeren, Signalen, Afspraken,
 * Toelichting, its tables in the order of their numbers (the Overzicht tab's reading order).
 * Lists get one table each (frozen header, autofilter).
 */
export function municipalSheets(
  overview: MunicipalOverview,
  tables: MunicipalTables,
  agreements: readonly RondeAgreement[],
  t: Dictionary,
  created: Date,
): ExportSheet[] {
  const m = t.municipalExport
  const heading = municipalHeadingLines(overview, t, created)
  // Every list prints one page wide: a row whole on its page (an afspraak beside its
  // knelpunt), at the cost of a smaller print for the widest list.
  const list = (
    name: string,
    table: ExportTable,
    print: ExportSheet['print'] = {},
  ): ExportSheet => ({
    name,
    headingLines: [table.title, heading[1] ?? ''],
    list: true,
    tables: [table],
    print: { onePageWide: true, ...print },
  })
  return [
    {
      name: m.sheets.summary,
      headingLines: heading,
      list: false,
      tables: [
        tables.keyFigures,
        tables.stay,
        tables.outflowDestination,
        tables.outflowReason,
        tables.arrangements,
        tables.totalStatus,
        tables.change,
        tables.perPrecondition,
        tables.perCode,
        tables.perOwner,
        tables.eighteenPlus,
        tables.money,
        tables.stuck,
        tables.providers,
      ],
    },
    // Print: narrow text and wrapped headers in the wide lists so they fit A4 across; a youth
    // row at most six lines high (the cell keeps all its text); the signalen in full.
    list(m.sheets.perProvider, tables.perProvider, { textWidth: PRINT_TEXT, headerWidth: 10 }),
    list(m.sheets.bottlenecks, bottleneckListTable(overview, t), { textWidth: 40 }),
    list(m.sheets.youths, municipalYouthTable(overview, t), {
      textWidth: PRINT_TEXT_YOUTHS,
      headerWidth: PRINT_HEADER_YOUTHS,
      maxLines: 6,
    }),
    list(m.sheets.signals, tables.signals, { textWidth: 90 }),
    list(m.sheets.agreements, agreementTable(agreements, t), { textWidth: 30, headerWidth: 10 }),
    {
      name: m.sheets.explanation,
      headingLines: heading,
      list: false,
      tables: [tables.about, tables.sources, tables.definitions],
    },
  ]
}
