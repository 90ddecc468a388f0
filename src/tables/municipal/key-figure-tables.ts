import { shareOfTotal, type Figure, type MunicipalOverview } from '../../domain/municipal'
import { TOTAL_STATUS_ORDER } from '../../domain/statuses'
import type { Dictionary } from '../../i18n'
import { num, status, text } from '../report/cells'
import type { Cell, ExportTable } from '../table'
import { figureCells, money, share } from './municipal-cells'
import { preconditionLabel } from './municipal-labels'
import { tableTitle } from './table-title'

const CHANGES = ['beter', 'slechter', 'gelijk', 'nieuw'] as const
const PRECONDITION_STATUSES = ['rood', 'oranje', 'onbekend', 'groen', 'nvt'] as const

/** Tabel 1: the ronde's key figures, each with its source and, when n.b., the reason. */
export function keyFiguresTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const m = t.municipalExport
  const c = m.columns
  const r = m.rows
  const src = m.sources
  const f = overview.figures
  const s = overview.summary
  const row = (label: string, source: string, value: Cell, note = ''): Cell[] => [
    text(label),
    value,
    text(source),
    text(note),
  ]
  // The summaries are n.b. for one reason; it is written out once, then referred to.
  let lastReason = ''
  const summaryRow = <T>(label: string, figure: Figure<T>, cell: (v: T) => Cell): Cell[] => {
    const [value, note] = figureCells(figure, cell, t)
    const reason = note.kind === 'text' ? note.value : ''
    const same = figure.kind === 'nb' && reason === lastReason
    if (figure.kind === 'nb') lastReason = reason
    return [text(label), value, text(src.summary), same ? text(m.nbSameReason) : note]
  }
  const rows: Cell[][] = [
    row(r.providers, src.count, num(overview.providers.length)),
    row(r.missing, src.count, num(overview.missing.length)),
    row(r.placed, src.rows, num(f.placed)),
    summaryRow(r.placedPrevious, s.placedPrevious, (v) => num(v)),
    ...TOTAL_STATUS_ORDER.map((st) =>
      summaryRow(r.previousStatus(t.statuses[st]), s.totalStatusPrevious, (v) => num(v[st])),
    ),
    summaryRow(r.inflow, s.inflow, (v) => num(v)),
    summaryRow(r.outflow, s.outflow, (v) => num(v)),
    row(r.meanStay, src.rows, num(f.lengthOfStay.meanDays, 1)),
    row(r.medianStay, src.rows, num(f.lengthOfStay.medianDays, 1)),
    row(r.overdueYouths, src.rows, num(f.overdue.youths)),
    row(r.overdueDays, src.rows, num(f.overdue.days)),
    row(r.eighteen12, src.rows, num(f.eighteenPlus12.youths)),
    row(r.eighteen12NotGreen, src.rows, num(f.eighteenPlus12.notGreen)),
    summaryRow(r.eighteen6, s.eighteenPlus6, (v) => num(v.youths)),
  ]
  // Money only when a daily tariff is entered; youths without a tariff are counted, not priced.
  if (overview.money) {
    rows.push(row(r.totalCost, src.settings, money(overview.money.totalCost), r.costNote))
    rows.push(row(r.withoutTariff, src.rows, num(overview.money.withoutTariff.youths)))
  }
  return {
    title: tableTitle('keyFigures', t),
    headers: [c.figure, c.value, c.source, c.note],
    columnKeys: ['figure', 'value', 'source', 'note'],
    rows,
  }
}

/** Tabel 5: totaalstatus from the rows (on the previous peildata: Tabel 1, from the summaries). */
export function totalStatusTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const c = t.municipalExport.columns
  const f = overview.figures
  return {
    title: tableTitle('totalStatus', t),
    headers: [c.totalStatus, c.youths, c.share],
    rows: TOTAL_STATUS_ORDER.map((st) => [
      status(st, t.statuses[st]),
      num(f.totalStatus[st]),
      share(f.totalStatusShare ? f.totalStatusShare[st] : null),
    ]),
  }
}

/** Tabel 7: per randvoorwaarde; a provider's own one on its own line. */
export function perPreconditionTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const c = t.municipalExport.columns
  return {
    title: tableTitle('perPrecondition', t),
    headers: [c.precondition, ...PRECONDITION_STATUSES.map((st) => c[st]), c.youths],
    rows: overview.figures.perPrecondition.map((p) => [
      text(preconditionLabel(p, t)),
      ...PRECONDITION_STATUSES.map((st) => num(p.counts[st])),
      num(p.youths),
    ]),
  }
}

/** Tabel 6: from the rows' own comparison with each provider's previous peildatum. */
export function changeTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const m = t.municipalExport
  return {
    title: tableTitle('change', t),
    headers: [m.columns.change, m.columns.youths],
    rows: CHANGES.map((ch) => [text(m.rows[ch]), num(overview.figures.change[ch])]),
  }
}

/** Tabel 2: verblijfsduur in bands of days. */
export function stayTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const m = t.municipalExport
  const stay = overview.figures.lengthOfStay
  const placed = overview.figures.placed
  const bands = [
    [m.rows.under1, stay.under1Year],
    [m.rows.from1to2, stay.from1To2Years],
    [m.rows.over2, stay.over2Years],
  ] as const
  return {
    title: tableTitle('stay', t),
    headers: [m.columns.band, m.columns.youths, m.columns.share],
    rows: bands.map(([label, n]) => [text(label), num(n), share(shareOfTotal(n, placed))]),
  }
}
