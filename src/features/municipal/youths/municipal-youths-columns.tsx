import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import { StatusBadge } from '../../../components/status-badge'
import { StatusIcon } from '../../../components/status-icon'
import { formatDutchDate } from '../../../domain/dates'
import {
  daysOverdueOf,
  hasTariffs,
  type DailyTariffs,
  type OverviewYouth,
} from '../../../domain/municipal'
import { costColumns } from './youth-cost-columns'
import { municipalityName } from '../../../domain/municipalities'
import { statusRank } from '../../../domain/statuses'
import type { Status } from '../../../domain/types'
import type { Dictionary } from '../../../i18n'
import type { youthsFeatures } from './municipal-youths-features'

const helper = createColumnHelper<typeof youthsFeatures, OverviewYouth>()

export type YouthColumn = ColumnDef<typeof youthsFeatures, OverviewYouth>

/** Per providerKey: the names of its randvoorwaarden, from its files. */
export type PreconditionNames = ReadonlyMap<string, ReadonlyMap<string, string>>

const collator = new Intl.Collator('nl', { numeric: true })

/** Worst change first: verslechterd, nieuw, gelijk, verbeterd. */
const CHANGE_RANK: Record<OverviewYouth['row']['change'], number> = {
  slechter: 0,
  nieuw: 1,
  gelijk: 2,
  beter: 3,
}

type Sortable = { getValue: (id: string) => unknown }
const byText = (a: Sortable, b: Sortable, id: string) =>
  collator.compare(String(a.getValue(id)), String(b.getValue(id)))
/** Worst first: rood, oranje, onbekend, groen, n.v.t. */
const byStatus = (a: Sortable, b: Sortable, id: string) =>
  statusRank(a.getValue(id) as Status) - statusRank(b.getValue(id) as Status)

function lengthOfStay(t: Dictionary, days: number): string {
  const y = t.municipalLists.youths
  const months = Math.floor(days / 30.44)
  if (months < 1) return y.stayDays(days)
  if (months < 24) return y.stayMonths(months)
  return y.stayYears(days / 365.25)
}

function NotUsed({ t }: { t: Dictionary }) {
  return (
    <span className="municipal-youths__none">
      <span aria-hidden="true">{t.common.none}</span>
      <span className="visually-hidden">{t.municipalLists.youths.notUsed}</span>
    </span>
  )
}

/**
 * The Jongeren columns: who and where first, then how it stands (totaalstatus, its change since
 * the previous peildatum, rood sinds, one column per standard randvoorwaarde, the providers' own
 * ones together), then the facts.
 */
export function youthColumns(
  t: Dictionary,
  standardIds: readonly string[],
  names: PreconditionNames,
  tariffs: DailyTariffs,
): YouthColumn[] {
  const c = t.municipalLists.youths.columns
  const y = t.municipalLists.youths
  const standard = new Set(standardIds)
  const statusColumns = standardIds.map((id) => {
    const name = t.preconditions[id] ?? id
    return helper.accessor((r) => r.row.statuses[id], {
      id: `status:${id}`,
      header: name,
      sortFn: byStatus,
      sortUndefined: 'last',
      cell: (info) => {
        const status = info.getValue()
        return status ? <StatusBadge status={status} /> : <NotUsed t={t} />
      },
    })
  })

  return [
    helper.accessor('providerName', { id: 'provider', header: c.provider, sortFn: byText }),
    helper.accessor((r) => r.row.clientRef, {
      id: 'clientRef',
      header: c.clientRef,
      sortFn: byText,
      cell: (info) => <span className="cell-client__ref">{info.getValue()}</span>,
    }),
    helper.accessor((r) => r.row.totalStatus, {
      id: 'totalStatus',
      header: c.totalStatus,
      sortFn: byStatus,
      cell: (info) => <StatusBadge status={info.getValue()} />,
    }),
    helper.accessor((r) => r.row.change, {
      id: 'change',
      header: t.municipalView.change.column,
      sortFn: (a, b, id) =>
        CHANGE_RANK[a.getValue<keyof typeof CHANGE_RANK>(id)] -
        CHANGE_RANK[b.getValue<keyof typeof CHANGE_RANK>(id)],
      cell: (info) => t.municipalView.change.options[info.getValue()],
    }),
    helper.accessor('redSinceRondes', {
      id: 'redSince',
      header: c.redSince,
      sortDescFirst: true,
      cell: (info) => {
        const n = info.getValue()
        return n > 0 ? y.redSince(n) : t.common.none
      },
    }),
    ...statusColumns,
    helper.accessor((r) => r, {
      id: 'ownPreconditions',
      header: c.ownPreconditions,
      enableSorting: false,
      cell: (info) => {
        const { providerKey, row } = info.getValue()
        const own = Object.entries(row.statuses).filter(([id]) => !standard.has(id))
        if (own.length === 0) return t.common.none
        return (
          <ul className="municipal-youths__own">
            {own.map(([id, status]) => (
              <li key={id}>
                <StatusIcon status={status} />
                {y.statusOf(names.get(providerKey)?.get(id) ?? id, t.statuses[status])}
              </li>
            ))}
          </ul>
        )
      },
    }),
    helper.accessor((r) => r.row.reasonCodes.join(', '), {
      id: 'reasonCodes',
      header: c.reasonCodes,
      sortFn: byText,
      cell: (info) => info.getValue() || t.common.none,
    }),
    helper.accessor((r) => municipalityName(r.row.municipalityCode), {
      id: 'municipality',
      header: c.municipality,
      sortFn: byText,
    }),
    helper.accessor((r) => r.row.age, { id: 'age', header: c.age }),
    helper.accessor((r) => t.livingArrangements[r.row.livingArrangement], {
      id: 'livingArrangement',
      header: c.livingArrangement,
      sortFn: byText,
    }),
    helper.accessor((r) => r.row.lengthOfStayDays, {
      id: 'lengthOfStay',
      header: c.lengthOfStay,
      cell: (info) => lengthOfStay(t, info.getValue()),
    }),
    helper.accessor((r) => r.row.expectedOutflowDate ?? undefined, {
      id: 'expectedOutflowDate',
      header: c.expectedOutflowDate,
      sortUndefined: 'last',
      cell: (info) => {
        const date = info.getValue()
        const over = daysOverdueOf(info.row.original.row)
        if (!date) return t.common.none
        return (
          <span className={over !== null ? 'date date--passed' : 'date'}>
            {formatDutchDate(date)}
            {over !== null && <span className="date__flag"> ({y.daysOver(over)})</span>}
          </span>
        )
      },
    }),
    ...(hasTariffs(tariffs) ? costColumns(t, tariffs) : []),
    helper.accessor((r) => r.row.perspective ?? undefined, {
      id: 'perspective',
      header: c.perspective,
      sortUndefined: 'last',
      cell: (info) => {
        const value = info.getValue()
        return value ? t.destinations[value] : t.common.none
      },
    }),
  ] as YouthColumn[]
}
