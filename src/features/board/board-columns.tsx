import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import { Link } from 'wouter'
import { formatDutchDate } from '../../domain/dates'
import { statusRank } from '../../domain/statuses'
import type { PreconditionDef, Status } from '../../domain/types'
import { preconditionName, type Dictionary } from '../../i18n'
import { StatusBadge } from '../../components/status-badge'
import { StatusIcon } from '../../components/status-icon'
import { SyncConflictMark } from '../../components/sync-conflict-mark/sync-conflict-mark'
import type { boardFeatures } from './board-features'
import type { BoardRow } from './board-row'
import { SignalList } from './signal-list'

const helper = createColumnHelper<typeof boardFeatures, BoardRow>()

export type BoardColumn = ColumnDef<typeof boardFeatures, BoardRow>

/**
 * Sorts status cells worst first: rood, oranje, onbekend, groen, n.v.t.
 * Sort functions here use only `getValue` and `original`: `BoardSorter` calls them on its own
 * items. `sortDescFirst` is what TanStack Table would pick from the values (text ascending,
 * numbers and lists descending), fixed because the table now sees only the rows in view.
 */
const byStatus = (a: { getValue: (id: string) => unknown }, b: typeof a, id: string) =>
  statusRank(a.getValue(id) as Status) - statusRank(b.getValue(id) as Status)

function lengthOfStay(t: Dictionary, days: number): string {
  const months = Math.floor(days / 30.44)
  if (months < 1) return t.board.stayDays(days)
  if (months < 24) return t.board.stayMonths(months)
  return t.board.stayYears(days / 365.25)
}

export interface StatusCellHandlers {
  onOpenAssessment: (youthId: string, preconditionId: string) => void
}

export function boardColumns(
  t: Dictionary,
  enabled: readonly PreconditionDef[],
  today: string,
  handlers: StatusCellHandlers,
): BoardColumn[] {
  const c = t.board.columns
  const statusColumns = enabled.map((p) => {
    const name = preconditionName(t, p)
    return helper.accessor((row) => row.statuses[p.id] ?? 'onbekend', {
      id: `status:${p.id}`,
      header: name,
      sortFn: byStatus,
      sortDescFirst: false,
      cell: (info) => {
        const status = info.getValue()
        return (
          <button
            type="button"
            className={`status-cell status-cell--${status}`}
            aria-label={t.board.statusButton(name, t.statuses[status])}
            onClick={() => handlers.onOpenAssessment(info.row.original.youth.id, p.id)}
          >
            <StatusIcon status={status} />
            <span aria-hidden="true">{t.statuses[status]}</span>
          </button>
        )
      },
    })
  })

  const clientRef = helper.accessor((row) => row.youth.clientRef, {
    id: 'clientRef',
    header: c.clientRef,
    sortDescFirst: false,
    cell: (info) => {
      const y = info.row.original.youth
      return (
        <span className="cell-client">
          <Link href={`/jongeren/${y.id}`} className="cell-client__ref">
            {y.clientRef}
          </Link>
          {y.displayName && <span className="cell-client__name">{y.displayName}</span>}
          {(y.syncConflicts?.length ?? 0) > 0 && <SyncConflictMark />}
        </span>
      )
    },
  })

  // Statuses come right after the cliëntnummer: they are what the board is for.
  return [
    clientRef,
    ...statusColumns,
    helper.accessor('totalStatus', {
      id: 'totalStatus',
      header: c.totalStatus,
      sortFn: byStatus,
      sortDescFirst: false,
      cell: (info) => <StatusBadge status={info.getValue()} />,
    }),
    helper.accessor('signals', {
      id: 'signals',
      header: c.signals,
      sortDescFirst: true,
      sortFn: (a, b) => a.original.signals.length - b.original.signals.length,
      cell: (info) => <SignalList signals={info.getValue()} />,
    }),
    helper.accessor('age', { id: 'age', header: c.age, sortDescFirst: true }),
    helper.accessor('municipalityName', {
      id: 'municipality',
      header: c.municipality,
      sortDescFirst: false,
    }),
    helper.accessor((row) => row.youth.location, {
      id: 'location',
      header: c.location,
      sortDescFirst: false,
    }),
    helper.accessor((row) => row.youth.livingArrangement, {
      id: 'livingArrangement',
      header: c.livingArrangement,
      sortDescFirst: false,
      cell: (info) => t.livingArrangements[info.getValue()],
    }),
    helper.accessor('lengthOfStayDays', {
      id: 'lengthOfStay',
      header: c.lengthOfStay,
      sortDescFirst: true,
      cell: (info) => lengthOfStay(t, info.getValue()),
    }),
    helper.accessor((row) => row.youth.expectedOutflowDate ?? undefined, {
      id: 'expectedOutflowDate',
      header: c.expectedOutflowDate,
      sortUndefined: 'last',
      sortDescFirst: false,
      cell: (info) => {
        const date = info.getValue()
        if (!date) return t.common.none
        return (
          <span className={date < today ? 'date date--passed' : 'date'}>
            {formatDutchDate(date)}
            {date < today && <span className="date__flag"> ({t.board.passed})</span>}
          </span>
        )
      },
    }),
    helper.accessor((row) => row.youth.perspective ?? undefined, {
      id: 'perspective',
      header: c.perspective,
      sortUndefined: 'last',
      sortDescFirst: false,
      cell: (info) => {
        const value = info.getValue()
        return value ? t.destinations[value] : t.common.none
      },
    }),
  ] as BoardColumn[]
}
