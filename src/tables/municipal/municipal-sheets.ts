import type { MunicipalOverview, RondeAgreement } from '../../domain/municipal'
import type { Dictionary } from '../../i18n'
import type { ExportSheet, ExportTable } from '../table'
import { agreementTable } from './agreement-table'
import { bottleneckListTable } from './bottleneck-tables'
import { selectionName } from './municipal-labels'
import type { MunicipalTables } from './municipal-tables'
import { municipalYouthTable } from './youth-table'

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
  const list = (name: string, table: ExportTable, print?: ExportSheet['print']): ExportSheet => ({
    name,
    headingLines: [table.title, heading[1] ?? ''],
    list: true,
    tables: [table],
    ...(print ? { print } : {}),
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
        tables.totalStatus,
        tables.change,
        tables.perPrecondition,
        tables.perCode,
        tables.perOwner,
        tables.eighteenPlus,
        tables.money,
        tables.providers,
      ],
    },
    // Print: narrow text in the wide lists so they fit A4; a youth row at most three lines
    // high (the cell keeps all its text); the signalen in full, in one wide column.
    list(m.sheets.perProvider, tables.perProvider, { textWidth: 24 }),
    list(m.sheets.bottlenecks, bottleneckListTable(overview, t)),
    list(m.sheets.youths, municipalYouthTable(overview, t), {
      textWidth: 24,
      maxLines: 3,
      // Aanbieder, peildatum and cliëntnummer say whose row it is.
      keyColumns: 3,
    }),
    list(m.sheets.signals, tables.signals, { textWidth: 90 }),
    list(m.sheets.agreements, agreementTable(agreements, t), { textWidth: 30 }),
    {
      name: m.sheets.explanation,
      headingLines: heading,
      list: false,
      tables: [tables.about, tables.sources, tables.definitions],
    },
  ]
}
