/** Pieces of `VirtualTable` (the board's and the Gemeente-overzicht's Jongeren tables). */

type Sorted = false | 'asc' | 'desc'

/**
 * A column header: a button that sorts (Enter or Space), the order announced by aria-sort and
 * shown by a mark beside the label, not by colour.
 */
export function SortableHead({
  columnId,
  label,
  sorted,
  canSort = true,
  title,
  onSort,
}: {
  columnId: string
  label: string
  sorted: Sorted
  canSort?: boolean
  /** The button's tooltip, e.g. "Sorteren op Wonen". */
  title: string
  onSort: ((event: unknown) => void) | undefined
}) {
  return (
    <th
      scope="col"
      className={`table__head table__head--${columnId.replace(':', '-')}`}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
    >
      {canSort ? (
        <button type="button" className="table__sort" title={title} onClick={onSort}>
          {label}
          <span aria-hidden="true" className="table__sort-mark">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          </span>
        </button>
      ) : (
        <span className="table__sort">{label}</span>
      )}
    </th>
  )
}

/** The room of the rows out of view, above or below the rendered ones (none when 0). */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null
  return (
    <tr aria-hidden="true" className="table__spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  )
}
