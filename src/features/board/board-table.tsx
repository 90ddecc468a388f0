import { functionalUpdate, useTable } from '@tanstack/react-table'
import { useEffect, useMemo } from 'react'
import { useVirtualRows, VirtualTable } from '../../components/virtual-table'
import { useT } from '../../i18n'
import type { BoardColumn } from './board-columns'
import { boardFeatures } from './board-features'
import type { BoardRow } from './board-row'
import type { BoardSort } from './board-view-store'

interface BoardTableProps {
  /** The rows shown, in order (see BoardRowIndex). */
  rows: readonly BoardRow[]
  columns: readonly BoardColumn[]
  sorting: BoardSort[]
  onSortingChange: (sorting: BoardSort[]) => void
}

/**
 * The board's virtualised table. TanStack Table gets only the rows in view, so an edit never
 * makes it rebuild a row per youth; the order is `BoardRowIndex`'s.
 */
export function BoardTable({ rows, columns, sorting, onSortingChange }: BoardTableProps) {
  const t = useT()
  // Rows are measured: the signals cell may wrap.
  const virtual = useVirtualRows({
    count: rows.length,
    getItemKey: (index) => rows[index]?.youth.id ?? index,
    measure: true,
  })
  const { first, end } = virtual
  const inView = useMemo(() => rows.slice(first, end), [rows, first, end])
  const table = useTable({
    features: boardFeatures,
    columns: columns,
    data: inView,
    getRowId: (row) => row.youth.id,
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(functionalUpdate(updater, sorting)),
    enableSortingRemoval: false,
    enableMultiSort: false,
  })
  const hasRows = rows.length > 0
  useEffect(() => {
    // For `npm run bench`: the first time the board shows rows.
    if (hasRows && performance.getEntriesByName('dsb:board-first-render').length === 0)
      performance.mark('dsb:board-first-render')
  }, [hasRows])

  return (
    <VirtualTable
      virtual={virtual}
      table={table}
      rows={table.getRowModel().rows}
      rowsFrom={first}
      label={t.board.tableCaption}
      sortTitle={t.board.sortBy}
      rowStatus={(row) => row.totalStatus}
    />
  )
}
