import { formatDutchDate } from '../../domain/dates'
import { municipalityName } from '../../domain/municipalities'
import type { Report } from '../../domain/report/build-report'
import { daysToYears } from '../../domain/report/format'
import type { ReportYouthRow } from '../../domain/report/youth-rows'
import type { Dictionary } from '../../i18n'
import type { ExportTable } from '../table'
import { date, num, status, text } from './cells'
import { reportLabels, type TableOptions } from './report-labels'
import { TABLE_NUMBERS } from './table-numbers'

/** Tabel 13, the Jongerenlijst: one row per placed youth, red first, pseudonymised by default. */
export function youthTable(report: Report, t: Dictionary, options: TableOptions): ExportTable {
  const r = t.report
  const c = r.columns
  const labels = reportLabels(report, t)
  const ids = report.preconditions.map((p) => p.id)
  const actionText = (row: ReportYouthRow) =>
    row.actions
      .map((a) => {
        const details = [
          a.owner ? t.owners[a.owner] : '',
          a.dueDate ? formatDutchDate(a.dueDate) : '',
        ]
          .filter(Boolean)
          .join(', ')
        return r.actionLine(labels.precondition(a.preconditionId), a.action, details)
      })
      .join('\n')
  return {
    title: r.tableTitle(TABLE_NUMBERS.youths, r.tables.youths),
    columnKeys: [
      'clientRef',
      ...(options.includeNames ? ['displayName'] : []),
      'municipality',
      'age',
      'livingArrangement',
      'placementDate',
      'stayDays',
      'stayYears',
      'expectedOutflowDate',
      'daysOverdue',
      'perspective',
      ...ids.map(() => 'status'),
      'totalStatus',
      'reasonCodes',
      'actions',
      'owners',
      'firstDueDate',
      'sinceLast',
    ],
    headers: [
      c.clientRef,
      ...(options.includeNames ? [c.displayName] : []),
      c.municipality,
      c.age,
      c.livingArrangement,
      c.placementDate,
      c.stayDays,
      c.stayYears,
      c.expectedOutflowDate,
      c.daysOverdue,
      c.perspective,
      ...ids.map((id) => labels.precondition(id)),
      c.totalStatus,
      c.reasonCodes,
      c.actions,
      c.owners,
      c.firstDueDate,
      c.sinceLast,
    ],
    rows: report.youths.map((row) => {
      const owners = [...new Set(row.actions.flatMap((a) => (a.owner ? [t.owners[a.owner]] : [])))]
      const dues = row.actions.flatMap((a) => (a.dueDate ? [a.dueDate] : [])).sort()
      return [
        text(row.clientRef),
        ...(options.includeNames ? [text(row.displayName)] : []),
        text(municipalityName(row.municipalityCode)),
        num(row.age),
        text(t.livingArrangements[row.livingArrangement]),
        date(row.placementDate),
        num(row.lengthOfStayDays),
        num(daysToYears(row.lengthOfStayDays), 1),
        date(row.expectedOutflowDate),
        num(row.daysOverdue > 0 ? row.daysOverdue : null),
        text(row.perspective ? t.destinations[row.perspective] : ''),
        ...ids.map((id) => {
          const st = row.statuses[id] ?? 'onbekend'
          return status(st, t.statuses[st])
        }),
        status(row.totalStatus, t.statuses[row.totalStatus]),
        text(row.reasonCodes.join(', ')),
        text(actionText(row)),
        text(owners.join(', ')),
        date(dues[0] ?? null),
        text(r.changes[row.change]),
      ]
    }),
  }
}
