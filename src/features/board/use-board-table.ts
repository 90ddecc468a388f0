import { functionalUpdate, useTable, type ColumnFiltersState } from '@tanstack/react-table'
import { useMemo } from 'react'
import type { Settings } from '../../domain/types'
import { useT } from '../../i18n'
import { useDialogs } from '../../stores/dialog-store'
import { boardColumns } from './board-columns'
import { boardFeatures, searchFilter } from './board-features'
import type { BoardRow } from './board-row'
import { useBoardView } from './board-view-store'

/** The TanStack table for the board, driven by the persisted filters and sort order. */
export function useBoardTable(rows: BoardRow[], settings: Settings | undefined, today: string) {
  const t = useT()
  const { filters, sorting, setSorting } = useBoardView()
  const openDialog = useDialogs((s) => s.open)

  const columns = useMemo(
    () =>
      boardColumns(t, settings?.preconditions.filter((p) => p.enabled) ?? [], today, {
        onOpenAssessment: (youthId, preconditionId) =>
          openDialog({ kind: 'assessment', youthId, preconditionId }),
      }),
    [t, settings, today, openDialog],
  )

  const columnFilters = useMemo<ColumnFiltersState>(
    () =>
      (
        [
          ['municipality', filters.municipality],
          ['location', filters.location],
          ['livingArrangement', filters.livingArrangement],
          ['totalStatus', filters.totalStatus],
          ['signals', filters.signal],
        ] as const
      )
        .filter(([, value]) => value !== '')
        .map(([id, value]) => ({ id, value })),
    [filters],
  )

  // A sort on a column that no longer exists (a disabled precondition) is dropped.
  const validSorting = useMemo(
    () => sorting.filter((s) => columns.some((c) => c.id === s.id)),
    [sorting, columns],
  )

  return useTable({
    features: boardFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.youth.id,
    state: { sorting: validSorting, columnFilters, globalFilter: filters.search },
    onSortingChange: (updater) => setSorting(functionalUpdate(updater, validSorting)),
    globalFilterFn: searchFilter,
    getColumnCanGlobalFilter: (column) => column.id === 'clientRef',
    enableSortingRemoval: false,
    enableMultiSort: false,
  })
}
