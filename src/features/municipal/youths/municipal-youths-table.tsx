import type { ReactTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { OverviewYouth } from '../../../domain/municipal'
import { SortableHead, SpacerRow } from '../../../components/table-parts'
import { useT } from '../../../i18n'
import type { youthsFeatures } from './municipal-youths-features'

/** Every row is one line high (cells do not wrap), so rows need no measuring. */
const ROW_HEIGHT = 52

type YouthsTableModel = ReactTable<typeof youthsFeatures, OverviewYouth, unknown>

/**
 * A real <table> whose body renders only the rows in view, with spacer rows above and below,
 * so 50,000 youths scroll as smoothly as 50. Column headers are buttons: Enter or Space sorts.
 */
export function YouthsTable({ table }: { table: YouthsTableModel }) {
  const t = useT()
  const y = t.municipalLists.youths
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = table.getRowModel().rows
  // The virtualizer's functions are not memoisable; this app does not use the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
    // Rows for a typical screen before the first measurement (and in tests without layout).
    initialRect: { width: 1280, height: 800 },
  })
  const items = virtualizer.getVirtualItems()
  const columnCount = table.getAllLeafColumns().length
  const top = items[0]?.start ?? 0
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)

  return (
    <div
      ref={scrollRef}
      // `board-table` is the shared look (and test size) of a large scrolling table.
      className="board-table municipal-youths__table"
      // Keyboard users can scroll the table region itself.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={y.tableCaption}
    >
      <table className="table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">
          {y.tableCaption}. {y.sortHint}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const column = header.column
                const label = String(column.columnDef.header ?? header.id)
                return (
                  <SortableHead
                    key={header.id}
                    columnId={column.id}
                    label={label}
                    sorted={column.getIsSorted()}
                    canSort={column.getCanSort()}
                    title={y.sortBy(label)}
                    onSort={column.getToggleSortingHandler()}
                  />
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          <SpacerRow height={top} columns={columnCount} />
          {items.map((item) => {
            const row = rows[item.index]
            if (!row) return null
            return (
              <tr
                key={row.id}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={`table__row table__row--${row.original.row.totalStatus}`}
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
