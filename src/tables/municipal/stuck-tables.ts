import {
  shareOfTotal,
  STUCK_KEYS,
  type MunicipalOverview,
  type StuckLine,
} from '../../domain/municipal'
import { LIVING_ARRANGEMENTS } from '../../domain/types'
import type { Dictionary } from '../../i18n'
import { num, text } from '../report/cells'
import type { Cell, ExportTable } from '../table'
import { share } from './municipal-cells'
import { stuckLabel } from './municipal-labels'
import { tableTitle } from './table-title'

/**
 * Klaar maar vast per provider and in total: the youths past their uitstroomdatum, and under
 * each randvoorwaarde that holds them (a column only when some youth is held by it; Wonen,
 * School & dagbesteding and Toekomstplan 18+ always).
 */
export function stuckTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const s = t.municipalFigures.stuck
  const { total, perProvider } = overview.stuck
  const keys = STUCK_KEYS.filter((key, i) => i < 3 || key === 'geen' || total.perKey[key] > 0)
  const line = (name: string, l: StuckLine): Cell[] => [
    text(name),
    num(l.overdue),
    ...keys.map((key) => num(l.perKey[key])),
  ]
  return {
    title: tableTitle('stuck', t),
    headers: [s.provider, s.overdue, ...keys.map((key) => stuckLabel(key, t))],
    rows: [...perProvider.map((p) => line(p.providerName, p)), line(s.total, total)],
  }
}

/** Placed youths per verblijfsvorm, with their share (every verblijfsvorm that occurs). */
export function arrangementsTable(overview: MunicipalOverview, t: Dictionary): ExportTable {
  const s = t.municipalFigures.stuck
  const counts = overview.stuck.perArrangement
  const placed = overview.figures.placed
  return {
    title: tableTitle('arrangements', t),
    headers: [s.arrangement, s.placed, s.share],
    rows: LIVING_ARRANGEMENTS.filter((a) => counts[a] > 0).map((a) => [
      text(t.livingArrangements[a]),
      num(counts[a]),
      share(shareOfTotal(counts[a], placed)),
    ]),
  }
}
