import type { ReactTable, Row, RowData, TableFeatures } from '@tanstack/react-table'
import {
  column_getCanSort,
  column_getIsSorted,
  column_getToggleSortingHandler,
} from '@tanstack/react-table/static-functions'
import { useVirtualizer, type ReactVirtualizer, type VirtualItem } from '@tanstack/react-virtual'
import { useRef, type ReactNode, type RefObject } from 'react'
import type { Status } from '../domain/types'
import { SortableHead, SpacerRow } from './table-parts'
import './virtual-table.css'

/** A row is one line high (52 px) unless its cells wrap; then the row is measured. */
const ROW_HEIGHT = 52

/** Which rows of a long list are in view, and the scroll area they are measured in. */
export interface VirtualRows {
  scrollRef: RefObject<HTMLDivElement | null>
  virtualizer: ReactVirtualizer<HTMLDivElement, Element>
  items: VirtualItem[]
  /** List index of the first row in view, and one past the last. */
  first: number
  end: number
  /** Rows are measured once shown (cells may wrap) instead of taken as 52 px. */
  measure: boolean
}

/**
 * The rows in view of a list of `count` rows. Kept apart from `VirtualTable` so a table can be
 * built from only these rows (the board: TanStack Table then never makes a row per youth).
 */
export function useVirtualRows({
  count,
  getItemKey,
  measure = false,
}: {
  count: number
  getItemKey: (index: number) => string | number
  measure?: boolean
}): VirtualRows {
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer's functions are not memoisable; this app does not use the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey,
    overscan: 8,
    // Rows for a typical screen before the first measurement (and in tests without layout).
    initialRect: { width: 1280, height: 800 },
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const end = (items.at(-1)?.index ?? -1) + 1
  return { scrollRef, virtualizer, items, first, end, measure }
}

interface VirtualTableProps<TFeatures extends TableFeatures, TData extends RowData, TSelected> {
  virtual: VirtualRows
  /** A TanStack Table with sortable columns: its headers and the rows in `rows`. */
  table: ReactTable<TFeatures, TData, TSelected>
  /** The table's rows: every row of the list, or only those from `rowsFrom` on. */
  rows: readonly Row<TFeatures, TData>[]
  /** List index of `rows[0]`. */
  rowsFrom?: number
  /** Names the scroll region and the table. */
  label: string
  /** Said after the label in the caption (e.g. how to sort). */
  captionHint?: string
  /** A sort button's tooltip for a column label. */
  sortTitle: (label: string) => string
  /** The row's total status: rood and oranje rows get a coloured edge. */
  rowStatus: (row: TData) => Status
  /** Extra class names for the scroll region. */
  className?: string
}

/**
 * A real <table> (so screen readers announce rows and columns, `aria-rowcount` the whole list)
 * whose body renders only the rows in view, with spacer rows above and below: 50,000 rows
 * scroll as smoothly as 50. The region scrolls by keyboard; column headers are buttons
 * (Enter or Space sorts).
 */
export function VirtualTable<TFeatures extends TableFeatures, TData extends RowData, TSelected>({
  virtual,
  table,
  rows,
  rowsFrom = 0,
  label,
  captionHint,
  sortTitle,
  rowStatus,
  className,
}: VirtualTableProps<TFeatures, TData, TSelected>): ReactNode {
  const { scrollRef, virtualizer, items, measure } = virtual
  const count = virtualizer.options.count
  const columnCount = table.getAllLeafColumns().length
  const top = items[0]?.start ?? 0
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)

  return (
    <div
      ref={scrollRef}
      className={className ? `virtual-table ${className}` : 'virtual-table'}
      // Keyboard users can scroll the table region itself.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <table className="table" aria-rowcount={count + 1}>
        <caption className="visually-hidden">
          {captionHint ? `${label}. ${captionHint}` : label}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const column = header.column
                const text = String(column.columnDef.header ?? header.id)
                return (
                  <SortableHead
                    key={header.id}
                    columnId={column.id}
                    label={text}
                    sorted={column_getIsSorted(column)}
                    canSort={column_getCanSort(column)}
                    title={sortTitle(text)}
                    onSort={column_getToggleSortingHandler(column)}
                  />
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          <SpacerRow height={top} columns={columnCount} />
          {items.map((item) => {
            const row = rows[item.index - rowsFrom]
            if (!row) return null
            return (
              <tr
                key={row.id}
                data-index={item.index}
                ref={measure ? virtualizer.measureElement : undefined}
                aria-rowindex={item.index + 2}
                className={`table__row table__row--${rowStatus(row.original)}`}
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
