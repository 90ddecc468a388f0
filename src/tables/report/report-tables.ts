import type { Report } from '../../domain/report/build-report'
import { shareOf } from '../../domain/report/format'
import { TOTAL_STATUS_ORDER } from '../../domain/statuses'
import { DESTINATIONS, END_REASONS, STATUSES } from '../../domain/types'
import type { Dictionary } from '../../i18n'
import type { ExportTable } from '../table'
import { diff, num, pct, status, text } from './cells'
import { explanationTables } from './explanation-tables'
import { reportLabels, type TableOptions } from './report-labels'
import { youthTable } from './youth-table'
import { TABLE_NUMBERS, type ReportTables, type TableKey } from './table-numbers'

export type { ReportTables }

export function buildTables(report: Report, t: Dictionary, options: TableOptions): ReportTables {
  const r = t.report
  const c = r.columns
  const k = report.keyFigures
  const labels = reportLabels(report, t)
  const title = (key: TableKey, name: string) => r.tableTitle(TABLE_NUMBERS[key], name)
  const placed = k.placed
  const statusLabel = (s: (typeof STATUSES)[number]) => c[s]

  const keyFigures: ExportTable = {
    title: title('keyFigures', r.tables.keyFigures),
    headers: [c.figure, c.value],
    rows: [
      [text(r.rows.placed), num(k.placed)],
      [text(r.rows.placedPrevious(report.previousPeildatum)), num(k.placedPrevious)],
      [text(r.rows.inflow), num(k.inflow)],
      [text(r.rows.outflow), num(k.outflow)],
      [text(r.rows.meanStay), num(k.lengthOfStay.meanDays, 1)],
      [text(r.rows.medianStay), num(k.lengthOfStay.medianDays, 1)],
      [text(r.rows.overdueYouths), num(k.overdue.youths)],
      [text(r.rows.overdueDays), num(k.overdue.days)],
    ],
  }
  const bands = k.lengthOfStay.bands
  const stay: ExportTable = {
    title: title('stay', r.tables.stay),
    headers: [c.band, c.youths, c.share],
    rows: (
      [
        [r.rows.under1, bands.under1],
        [r.rows.from1to2, bands.from1to2],
        [r.rows.over2, bands.over2],
      ] as const
    ).map(([label, n]) => [text(label), num(n), pct(shareOf(n, placed))]),
  }
  const outflowDestination: ExportTable = {
    title: title('outflowDestination', r.tables.outflowDestination),
    headers: [c.destination, c.youths],
    rows: DESTINATIONS.filter((dest) => k.outflowByDestination[dest] > 0).map((dest) => [
      text(t.destinations[dest]),
      num(k.outflowByDestination[dest]),
    ]),
  }
  const outflowReason: ExportTable = {
    title: title('outflowReason', r.tables.outflowReason),
    headers: [c.reason, c.youths],
    rows: END_REASONS.map((reason) => [text(t.endReasons[reason]), num(k.outflowByReason[reason])]),
  }

  const s = report.stoplight
  const totalStatus: ExportTable = {
    title: title('totalStatus', r.tables.totalStatus),
    headers: [c.totalStatus, c.youths, c.share, c.previous, c.difference],
    rows: TOTAL_STATUS_ORDER.map((st) => {
      const { count, previous } = s.total[st]
      return [
        status(st, t.statuses[st]),
        num(count),
        pct(shareOf(count, placed)),
        num(previous),
        diff(previous === null ? null : count - previous),
      ]
    }),
  }
  const perPrecondition: ExportTable = {
    title: title('perPrecondition', r.tables.perPrecondition),
    headers: [
      c.precondition,
      ...STATUSES.flatMap((st) => [statusLabel(st), c.diff(statusLabel(st))]),
    ],
    rows: s.perPrecondition.map((p) => [
      text(labels.precondition(p.preconditionId)),
      ...STATUSES.flatMap((st) => {
        const { count, previous } = p.counts[st]
        return [num(count), diff(previous === null ? null : count - previous)]
      }),
    ]),
  }
  const change: ExportTable = {
    title: title('change', r.tables.change),
    headers: [c.change, c.youths],
    rows: (['beter', 'slechter', 'gelijk', 'nieuw'] as const).map((ch) => [
      text(r.rows[ch]),
      num(s.change[ch]),
    ]),
  }

  const b = report.bottlenecks
  const perPreconditionCode: ExportTable = {
    title: title('perPreconditionCode', r.tables.perPreconditionCode),
    headers: [c.precondition, c.code, c.description, c.rood, c.oranje, c.youths],
    rows: b.perPrecondition.flatMap((p) => [
      [
        text(labels.precondition(p.preconditionId)),
        text(r.rows.preconditionTotal),
        text(''),
        num(p.rood),
        num(p.oranje),
        num(p.youths),
      ],
      ...p.codes.map((code) => [
        text(labels.precondition(p.preconditionId)),
        text(code.code),
        text(labels.code(code.code)),
        num(code.rood),
        num(code.oranje),
        num(code.youths),
      ]),
    ]),
  }
  const perCode: ExportTable = {
    title: title('perCode', r.tables.perCode),
    headers: [c.code, c.description, c.rood, c.oranje, c.youths],
    rows: b.perCode.map((code) => [
      text(code.code),
      text(labels.code(code.code)),
      num(code.rood),
      num(code.oranje),
      num(code.youths),
    ]),
  }
  const perOwner: ExportTable = {
    title: title('perOwner', r.tables.perOwner),
    headers: [c.owner, c.rood, c.oranje, c.youths, c.overdue],
    rows: b.perOwner.map((o) => [
      text(labels.owner(o.owner)),
      num(o.rood),
      num(o.oranje),
      num(o.youths),
      num(o.overdue),
    ]),
  }

  const e = report.eighteenPlus
  const eighteenWindows: ExportTable = {
    title: title('eighteenWindows', r.tables.eighteenWindows),
    headers: [c.term, c.youths, ...STATUSES.map((st) => c.planStatus(t.statuses[st]))],
    rows: e.windows.map((w) => [
      text(r.rows.within(w.months)),
      num(w.youths),
      ...STATUSES.map((st) => num(w.futurePlan ? w.futurePlan[st] : null)),
    ]),
  }
  const eighteenYouths: ExportTable = {
    title: title('eighteenYouths', r.tables.eighteenYouths),
    headers: [c.clientRef, c.age, c.turns18In, c.term, c.futurePlan],
    rows: e.youths.map((y) => [
      text(y.clientRef),
      num(y.age),
      text(r.monthYear(y.turns18In)),
      text(r.rows.within(y.within)),
      y.futurePlan ? status(y.futurePlan, t.statuses[y.futurePlan]) : text(t.common.none),
    ]),
  }

  return {
    keyFigures,
    stay,
    outflowDestination,
    outflowReason,
    totalStatus,
    perPrecondition,
    change,
    perPreconditionCode,
    perCode,
    perOwner,
    eighteenWindows,
    eighteenYouths,
    youths: youthTable(report, t, options),
    ...explanationTables(report, t),
  }
}
