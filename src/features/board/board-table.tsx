import { functionalUpdate, useTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef } from 'react'
import { SortableHead, SpacerRow } from '../../components/table-parts'
import { useT } from '../../i18n'
import type { BoardColumn } from './board-columns'
import { boardFeatures } from './board-features'
import type { BoardRow } from './board-row'
import type { BoardSort } from './board-view-store'

const ROW_HEIGHT = 52

interface BoardTableProps {
  /** The rows shown, in order (see BoardRowIndex). */
  rows: readonly BoardRow[]
  columns: readonly BoardColumn[]
  sorting: BoardSort[]
  onSortingChange: (sorting: BoardSort[]) => void
}

/**
 * A real <table> (so screen readers announce rows and columns) whose body renders only the
 * rows in view, with spacer rows above and below: 50,000 youths scroll as smoothly as 50.
 * TanStack Table gets only those rows, so an edit never makes it rebuild a row per youth.
 */
export function BoardTable({ rows, columns, sorting, onSortingChange }: BoardTableProps) {
  const t = useT()
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer's functions are not memoisable; this app does not use the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.youth.id ?? index,
    overscan: 8,
    // Rows for a typical screen before the first measurement (and in tests without layout).
    initialRect: { width: 1280, height: 800 },
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const end = (items.at(-1)?.index ?? -1) + 1
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
  const tableRows = table.getRowModel().rows
  const hasRows = rows.length > 0
  useEffect(() => {
    // For `npm run bench`: the first time the board shows rows.
    if (hasRows && performance.getEntriesByName('dsb:board-first-render').length === 0)
      performance.mark('dsb:board-first-render')
  }, [hasRows])
  const columnCount = table.getAllLeafColumns().length
  const top = items[0]?.start ?? 0
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)

  return (
    <div
      ref={scrollRef}
      className="board-table"
      // Keyboard users can scroll the table region itself.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={t.board.tableCaption}
    >
      <table className="table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{t.board.tableCaption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const label = String(header.column.columnDef.header ?? header.id)
                return (
                  <SortableHead
                    key={header.id}
                    columnId={header.column.id}
                    label={label}
                    sorted={header.column.getIsSorted()}
                    title={t.board.sortBy(label)}
                    onSort={header.column.getToggleSortingHandler()}
                  />
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          <SpacerRow height={top} columns={columnCount} />
          {items.map((item) => {
            const row = tableRows[item.index - first]
            if (!row) return null
            return (
              <tr
                key={row.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
                className={`table__row table__row--${row.original.totalStatus}`}
              >
                {row.getAllCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={`table__cell table__cell--${cell.column.id.replace(':', '-')}`}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            )
          })}
          <SpacerRow height={bottom} columns={columnCount} />
        </tbody>
      </table>
    </div>
  )
}
