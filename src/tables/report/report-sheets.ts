import type { Report } from '../../domain/report/build-report'
import { scopeName } from '../../domain/report/scope'
import type { Dictionary } from '../../i18n'
import type { ExportSheet, ExportTable } from '../table'
import type { PrintSetup } from '../table'
import { num, text } from './cells'
import { reportLabels } from './report-labels'
import type { ReportTables } from './report-tables'

/** The lines above the tables: provider and scope, period and peildatum, when made. */
export function headingLines(report: Report, t: Dictionary): string[] {
  const r = t.report
  return [
    r.headingLine(report.providerName, scopeName(report.scope, r.scopeAll)),
    r.periodLine(report.period.start, report.period.end, report.period.provisional),
    `${r.meta.made} ${r.madeText(report.createdAt)}`,
  ]
}

/** How the report's workbook prints: the peildatum and the page number in every footer. */
export function reportPrintSetup(report: Report, t: Dictionary): PrintSetup {
  return {
    footer: t.report.printFooter(report.period.end),
    pageFooter: t.report.printPage('&P', '&N'),
  }
}

/** All knelpunten in one long table, so a spreadsheet user can filter on any column. */
export function bottleneckListTable(report: Report, t: Dictionary): ExportTable {
  const r = t.report
  const c = r.columns
  const g = r.groupings
  const labels = reportLabels(report, t)
  const b = report.bottlenecks
  return {
    title: r.tables.bottleneckList,
    headers: [
      c.grouping,
      c.precondition,
      c.code,
      c.description,
      c.rood,
      c.oranje,
      c.youths,
      c.overdue,
    ],
    rows: [
      ...b.perPrecondition.flatMap((p) => [
        [
          text(g.precondition),
          text(labels.precondition(p.preconditionId)),
          text(''),
          text(''),
          num(p.rood),
          num(p.oranje),
          num(p.youths),
          num(null),
        ],
        ...p.codes.map((code) => [
          text(g.code),
          text(labels.precondition(p.preconditionId)),
          text(code.code),
          text(labels.code(code.code)),
          num(code.rood),
          num(code.oranje),
          num(code.youths),
          num(null),
        ]),
      ]),
      ...b.perOwner.map((o) => [
        text(g.owner),
        text(''),
        text(labels.owner(o.owner)),
        text(''),
        num(o.rood),
        num(o.oranje),
        num(o.youths),
        num(o.overdue),
      ]),
    ],
  }
}

/** The workbook: Samenvatting, Jongeren, Knelpunten, Toelichting. */
export function reportSheets(
  report: Report,
  tables: ReportTables,
  t: Dictionary,
  signals: string,
): ExportSheet[] {
  const r = t.report
  const heading = headingLines(report, t)
  const signalsTable: ExportTable = {
    title: r.sections.signals,
    headers: [r.signalsLabel],
    rows: [[text(signals || r.signalsEmpty)]],
  }
  return [
    {
      name: r.sheets.summary,
      headingLines: heading,
      list: false,
      // Many tables share its columns: narrower text keeps the page readable when printed.
      print: { textWidth: 28 },
      tables: [
        tables.keyFigures,
        tables.stay,
        tables.outflowDestination,
        tables.outflowReason,
        tables.totalStatus,
        tables.perPrecondition,
        tables.change,
        tables.perPreconditionCode,
        tables.perCode,
        tables.perOwner,
        tables.eighteenWindows,
        tables.eighteenYouths,
        signalsTable,
      ],
    },
    {
      name: r.sheets.youths,
      headingLines: [tables.youths.title, heading[1] ?? ''],
      list: true,
      tables: [tables.youths],
    },
    {
      name: r.sheets.bottlenecks,
      headingLines: [r.tables.bottleneckList, heading[1] ?? ''],
      list: true,
      tables: [bottleneckListTable(report, t)],
    },
    {
      name: r.sheets.explanation,
      headingLines: heading,
      list: false,
      tables: [tables.about, tables.definitions, tables.criteria, tables.codes],
    },
  ]
}
