import {
  difference,
  shareOfTotal,
  type ComparedSide,
  type Figure,
  type MunicipalOverview,
} from '../../domain/municipal'
import { TOTAL_STATUS_ORDER } from '../../domain/statuses'
import type { Dictionary } from '../../i18n'
import { diff, num, status, text } from '../report/cells'
import type { Cell, ExportTable } from '../table'
import { figureCells, money, share } from './municipal-cells'
import { preconditionLabel } from './municipal-labels'
import { tableTitle } from './table-title'

const CHANGES = ['beter', 'slechter', 'gelijk', 'nieuw'] as const
const PRECONDITION_STATUSES = ['rood', 'oranje', 'onbekend', 'groen', 'nvt'] as const

const valueOf = <T>(figure: Figure<T>): T | null => (figure.kind === 'value' ? figure.value : null)

/**
 * Tabel 1: the ronde's key figures, each with its change since the previous ronde (the same
 * providers only, as on the tiles and the Trend), its source and, when n.b., the reason.
 */
export function keyFiguresTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const m = t.municipalExport
  const c = m.columns
  const r = m.rows
  const src = m.sources
  const f = overview.figures
  const s = overview.summary
  const change = overview.change
  const since = (pick?: (side: ComparedSide) => number | null): Cell =>
    pick && change ? diff(difference(pick(change.now), pick(change.before))) : text('')
  const row = (
    label: string,
    source: string,
    value: Cell,
    note = '',
    pick?: (side: ComparedSide) => number | null,
  ): Cell[] => [text(label), value, text(source), text(note), since(pick)]
  // The summaries are n.b. for one reason; it is written out once, then referred to.
  let lastReason = ''
  const summaryRow = <T>(
    label: string,
    figure: Figure<T>,
    cell: (v: T) => Cell,
    pick: (side: ComparedSide) => number | null,
  ): Cell[] => {
    const [value, note] = figureCells(figure, cell, t)
    const reason = note.kind === 'text' ? note.value : ''
    const same = figure.kind === 'nb' && reason === lastReason
    if (figure.kind === 'nb') lastReason = reason
    return [text(label), value, text(src.summary), same ? text(m.nbSameReason) : note, since(pick)]
  }
  const before = change?.before.figures
  const rows: Cell[][] = [
    row(r.providers, src.count, num(overview.providers.length)),
    row(r.missing, src.count, num(overview.missing.length)),
    row(r.placed, src.rows, num(f.placed), '', (x) => x.figures.placed),
    // The previous ronde for the same providers: from their rows, so never n.b.
    row(r.placedPrevious, src.previousRows, num(before ? before.placed : null)),
    ...TOTAL_STATUS_ORDER.map((st) =>
      row(
        r.previousStatus(t.statuses[st]),
        src.previousRows,
        num(before ? before.totalStatus[st] : null),
      ),
    ),
    summaryRow(
      r.inflow,
      s.inflow,
      (v) => num(v),
      (x) => valueOf(x.summary.inflow),
    ),
    summaryRow(
      r.outflow,
      s.outflow,
      (v) => num(v),
      (x) => valueOf(x.summary.outflow),
    ),
    row(r.meanStay, src.rows, num(f.lengthOfStay.meanDays, 1)),
    row(r.medianStay, src.rows, num(f.lengthOfStay.medianDays, 1)),
    row(r.overdueYouths, src.rows, num(f.overdue.youths), '', (x) => x.figures.overdue.youths),
    row(r.overdueDays, src.rows, num(f.overdue.days), '', (x) => x.figures.overdue.days),
    row(
      r.eighteen12,
      src.rows,
      num(f.eighteenPlus12.youths),
      '',
      (x) => x.figures.eighteenPlus12.youths,
    ),
    row(
      r.eighteen12NotGreen,
      src.rows,
      num(f.eighteenPlus12.notGreen),
      '',
      (x) => x.figures.eighteenPlus12.notGreen,
    ),
    summaryRow(
      r.eighteen6,
      s.eighteenPlus6,
      (v) => num(v.youths),
      (x) => valueOf(x.summary.eighteenPlus6)?.youths ?? null,
    ),
    inflowAgeRow(overview, t),
  ]
  // Money only when a daily tariff is entered; youths without a tariff are counted, not priced.
  if (overview.money) {
    const cost = overview.money
    const [value, note] = figureCells(cost.inPeriod, (v) => money(v.cost), t, r.costInPeriodNote)
    rows.push([
      text(r.costInPeriod),
      value,
      text(src.settings),
      note,
      since((x) => (x.money ? (valueOf(x.money.inPeriod)?.cost ?? null) : null)),
    ])
    rows.push(
      row(r.totalCost, src.settings, money(cost.totalCost), r.costNote, (x) =>
        x.money ? x.money.totalCost : null,
      ),
    )
    rows.push(row(r.withoutTariff, src.rows, num(cost.withoutTariff.youths)))
  }
  return {
    title: tableTitle('keyFigures', t),
    headers: [c.figure, c.value, c.source, c.note, t.municipalFigures.column],
    columnKeys: ['figure', 'value', 'source', 'note', 'change'],
    rows,
  }
}

/** Average age at instroom: version 2 files only; n.b. with the reason otherwise. */
function inflowAgeRow(overview: MunicipalOverview, t: Dictionary): Cell[] {
  const s = t.municipalFigures.stuck
  const figure = overview.inflowAge
  const [value, note] = figureCells(
    figure,
    (v) => num(v.meanYears, 1),
    t,
    figure.kind === 'value' ? s.inflowAgeNote(figure.value.youths) : '',
  )
  return [text(s.inflowAge), value, text(t.municipalExport.sources.rows), note, text('')]
}

/** Tabel 6: totaalstatus from the rows (on the previous peildata: Tabel 1, from the summaries). */
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

/**
 * Tabel 8: per randvoorwaarde, a provider's own one on its own line; beside each status its
 * change since the previous ronde for the same providers, as the provider's own report has.
 */
export function perPreconditionTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const c = t.municipalExport.columns
  const change = overview.change
  const countsOf = (side: ComparedSide | undefined, key: string) =>
    side?.figures.perPrecondition.find((p) => p.key === key)?.counts
  return {
    title: tableTitle('perPrecondition', t),
    headers: [
      c.precondition,
      ...PRECONDITION_STATUSES.flatMap((st) => [c[st], t.municipalFigures.diff(c[st])]),
      c.youths,
    ],
    rows: overview.figures.perPrecondition.map((p) => {
      const now = countsOf(change?.now, p.key)
      const before = countsOf(change?.before, p.key)
      const known = change !== null && (now !== undefined || before !== undefined)
      return [
        text(preconditionLabel(p, t)),
        ...PRECONDITION_STATUSES.flatMap((st) => [
          num(p.counts[st]),
          diff(known ? (now?.[st] ?? 0) - (before?.[st] ?? 0) : null),
        ]),
        num(p.youths),
      ]
    }),
  }
}

/** Tabel 7: from the rows' own comparison with each provider's previous peildatum. */
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
