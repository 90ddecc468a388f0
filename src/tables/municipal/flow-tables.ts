import { shareOfTotal, type Figure, type MunicipalOverview } from '../../domain/municipal'
import { DESTINATIONS, END_REASONS, STATUSES, type Status } from '../../domain/types'
import type { Dictionary } from '../../i18n'
import { num, text } from '../report/cells'
import type { Cell, ExportTable } from '../table'
import { money, nb, share } from './municipal-cells'
import { nbReasonText } from './municipal-labels'
import { tableTitle } from './table-title'

/** One line per key with its share when known; one n.b. line with the reason when not. */
function countRows<K extends string>(
  figure: Figure<Record<K, number>>,
  keys: readonly K[],
  label: (key: K) => string,
  allLabel: string,
  t: Dictionary,
): Cell[][] {
  if (figure.kind === 'nb') {
    return [[text(allLabel), nb(t), share(null), text(nbReasonText(figure.reason, t))]]
  }
  let total = 0
  for (const key of keys) total += figure.value[key]
  return keys.map((key) => [
    text(label(key)),
    num(figure.value[key]),
    share(shareOfTotal(figure.value[key], total)),
    text(''),
  ])
}

/** Tabel 3 and 4: uitstroom from the files' summaries (n.b. when a file is wider). */
export function outflowTables(overview: MunicipalOverview, t: Dictionary) {
  const m = t.municipalExport
  const c = m.columns
  const s = overview.summary
  const outflowDestination: ExportTable = {
    title: tableTitle('outflowDestination', t),
    headers: [c.destination, c.youths, c.share, c.note],
    rows: countRows(
      s.outflowByDestination,
      DESTINATIONS,
      (d) => t.destinations[d],
      m.rows.allDestinations,
      t,
    ),
  }
  const outflowReason: ExportTable = {
    title: tableTitle('outflowReason', t),
    headers: [c.reason, c.youths, c.share, c.note],
    rows: countRows(s.outflowByReason, END_REASONS, (r) => t.endReasons[r], m.rows.allReasons, t),
  }
  return { outflowDestination, outflowReason }
}

interface EighteenColumn {
  youths: number
  futurePlan: Record<Status, number>
  planNotUsed: number
  notGreen: number
}

/**
 * Tabel 11, one column per term: within 6 months from the summaries (n.b. when a file is
 * wider), within 12 months from the rows (age 17). Not in use counts as not groen.
 */
export function eighteenPlusTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const m = t.municipalExport
  const c = m.columns
  const r = m.rows
  const twelve = overview.figures.eighteenPlus12
  const sixFigure = overview.summary.eighteenPlus6
  const six: EighteenColumn | null =
    sixFigure.kind === 'value'
      ? { ...sixFigure.value, notGreen: sixFigure.value.youths - sixFigure.value.futurePlan.groen }
      : null
  const line = (label: string, value: (column: EighteenColumn) => number, note = ''): Cell[] => [
    text(label),
    six ? num(value(six)) : nb(t),
    num(value(twelve)),
    text(note),
  ]
  return {
    title: tableTitle('eighteenPlus', t),
    headers: [c.figure, r.within(6), r.within(12), c.note],
    rows: [
      line(
        c.youths,
        (x) => x.youths,
        sixFigure.kind === 'nb' ? nbReasonText(sixFigure.reason, t) : '',
      ),
      ...STATUSES.map((st) => line(r.planStatus(t.statuses[st]), (x) => x.futurePlan[st])),
      line(c.planNotUsed, (x) => x.planNotUsed),
      line(c.notGreen, (x) => x.notGreen),
      [text(c.source), text(m.sources.summary), text(m.sources.rows), text('')],
    ],
  }
}

/** Tabel 12: what the days past the beoogde uitstroomdatum cost, per verblijfsvorm. */
export function moneyTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const m = t.municipalExport
  const c = m.columns
  const headers = [c.livingArrangement, c.tariff, c.youths, c.days, c.cost, c.note]
  const title = tableTitle('money', t)
  const cost = overview.money
  if (!cost) {
    const f = overview.figures.overdue
    return {
      title,
      headers,
      rows: [[text(m.rows.noTariffs), num(null), num(f.youths), num(f.days), num(null), text('')]],
    }
  }
  return {
    title,
    headers,
    rows: [
      ...cost.perArrangement.map((a) => [
        text(t.livingArrangements[a.livingArrangement]),
        money(a.tariff),
        num(a.youths),
        num(a.days),
        money(a.cost),
        text(a.tariff === null ? m.rows.noTariff : ''),
      ]),
      [
        text(m.rows.totalCost),
        num(null),
        num(cost.pricedYouths),
        num(cost.pricedDays),
        money(cost.totalCost),
        text(''),
      ],
    ],
  }
}
