import { createColumnHelper } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import { youthCosts, type DailyTariffs, type OverviewYouth } from '../../../domain/municipal'
import type { Dictionary } from '../../../i18n'
import type { youthsFeatures } from './municipal-youths-features'

const helper = createColumnHelper<typeof youthsFeatures, OverviewYouth>()

/** A text that is not an amount, with what it means for a screen reader when that differs. */
function Said({ shown, meaning }: { shown: string; meaning?: string }) {
  return (
    <span className="municipal-youths__none">
      <span aria-hidden={meaning ? 'true' : undefined}>{shown}</span>
      {meaning && <span className="visually-hidden">{meaning}</span>}
    </span>
  )
}

/**
 * What one youth's days past the beoogde uitstroomdatum cost, in the two figures the Overzicht
 * names: in deze periode and sinds de beoogde uitstroomdatum. Sorted as amounts, highest first
 * on the first click; a youth without an amount (no tariff, or a version 1 file for the
 * period) sorts last either way.
 */
export function costColumns(t: Dictionary, tariffs: DailyTariffs) {
  const c = t.municipalFigures.cost
  const amount = (value: number | null, unknown: ReactNode) =>
    value === null ? (
      unknown
    ) : value === 0 ? (
      <Said shown={t.common.none} meaning={c.youthNone} />
    ) : (
      <span className="municipal-youths__amount">{t.municipalFigures.euro(value)}</span>
    )
  const noTariff = <Said shown={c.youthNoTariff} />
  return [
    helper.accessor((r) => youthCosts(r.row, tariffs).inPeriod ?? undefined, {
      id: 'costInPeriod',
      header: c.inPeriod,
      sortDescFirst: true,
      sortUndefined: 'last',
      cell: (info) => {
        const costs = youthCosts(info.row.original.row, tariffs)
        const unknown =
          costs.since === null ? noTariff : <Said shown={c.youthNb} meaning={c.youthNbReason} />
        return amount(costs.inPeriod, unknown)
      },
    }),
    helper.accessor((r) => youthCosts(r.row, tariffs).since ?? undefined, {
      id: 'costSince',
      header: c.since,
      sortDescFirst: true,
      sortUndefined: 'last',
      cell: (info) => amount(info.getValue() ?? null, noTariff),
    }),
  ]
}
