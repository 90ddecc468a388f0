import type { BoardColumn } from './board-columns'
import type { BoardRow } from './board-row'
import type { BoardSort } from './board-view-store'

type SortFn = (a: SortItem, b: SortItem, columnId: string) => number

interface SortSpec {
  id: string
  desc: boolean
  sortUndefined: false | 'first' | 'last' | -1 | 1 | undefined
  invertSorting: boolean
  sortFn: SortFn
  accessor: (row: BoardRow) => unknown
}

/** The comparison TanStack Table uses when a column names no sort function ('basic'). */
const compareBasic: SortFn = (a, b, id) => {
  const x = a.getValue(id)
  const y = b.getValue(id)
  return x === y ? 0 : (x as number) > (y as number) ? 1 : -1
}

/**
 * One row in sort order: its sort values worked out once (as TanStack Table's row value cache
 * does) and its position in the data, the tie-breaker that keeps equal rows in data order.
 */
export class SortItem {
  constructor(
    readonly original: BoardRow,
    readonly index: number,
    private readonly ids: readonly string[],
    /** The one sort value, or one per sort column when there are several. */
    readonly value: unknown,
  ) {}

  getValue(id: string): unknown {
    if (this.ids.length === 1) return this.ids[0] === id ? this.value : undefined
    const at = this.ids.indexOf(id)
    return at === -1 ? undefined : (this.value as readonly unknown[])[at]
  }
}

/**
 * Sorting the way the board's TanStack table does (column sort function, `sortUndefined`,
 * descending, then data order), but on plain items, so one changed row can be moved by binary
 * search instead of the table re-sorting every row.
 */
export class BoardSorter {
  private readonly specs: SortSpec[]
  private readonly ids: string[]

  constructor(sorting: readonly BoardSort[], columns: readonly BoardColumn[]) {
    this.specs = sorting.flatMap((s) => {
      const def = columns.find((c) => c.id === s.id) as
        | (BoardColumn & {
            accessorFn?: (row: BoardRow) => unknown
            accessorKey?: keyof BoardRow
            sortFn?: unknown
            sortUndefined?: SortSpec['sortUndefined']
            invertSorting?: boolean
            enableSorting?: boolean
          })
        | undefined
      if (!def || def.enableSorting === false) return []
      const key = def.accessorKey
      const accessor = def.accessorFn ?? (key ? (row: BoardRow) => row[key] : null)
      if (!accessor) return []
      return [
        {
          id: s.id,
          desc: s.desc,
          sortUndefined: def.sortUndefined,
          invertSorting: def.invertSorting ?? false,
          // The board's own sort functions read only `getValue` and `original` (see board-columns).
          sortFn:
            typeof def.sortFn === 'function' ? (def.sortFn as unknown as SortFn) : compareBasic,
          accessor,
        },
      ]
    })
    this.ids = this.specs.map((s) => s.id)
    const [only, ...more] = this.specs
    if (only && more.length === 0 && only.sortFn === compareBasic && !only.sortUndefined) {
      // One plain column (the usual case): compare the values directly.
      const after = only.desc !== only.invertSorting ? -1 : 1
      this.compare = (a, b) => {
        const x = a.value as number
        const y = b.value as number
        return x === y ? a.index - b.index : x > y ? after : -after
      }
    }
  }

  item(row: BoardRow, index: number): SortItem {
    const [only, ...more] = this.specs
    return new SortItem(
      row,
      index,
      this.ids,
      only && more.length === 0 ? only.accessor(row) : this.specs.map((s) => s.accessor(row)),
    )
  }

  compare: (a: SortItem, b: SortItem) => number = (a, b) => {
    for (const spec of this.specs) {
      let result = 0
      if (spec.sortUndefined) {
        const aUndefined = a.getValue(spec.id) === undefined
        const bUndefined = b.getValue(spec.id) === undefined
        if (aUndefined && bUndefined) continue
        if (aUndefined || bUndefined) {
          if (spec.sortUndefined === 'first') return aUndefined ? -1 : 1
          if (spec.sortUndefined === 'last') return aUndefined ? 1 : -1
          result = aUndefined ? spec.sortUndefined : -spec.sortUndefined
        }
      }
      if (result === 0) result = spec.sortFn(a, b, spec.id)
      if (result !== 0) {
        if (spec.desc) result *= -1
        if (spec.invertSorting) result *= -1
        return result
      }
    }
    return a.index - b.index
  }

  /** Where `item` is or belongs in `sorted` (the order is total: data order breaks ties). */
  position(sorted: readonly SortItem[], item: SortItem): number {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.compare(sorted[mid] as SortItem, item) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** Merges two sorted lists into one. */
  merge(a: readonly SortItem[], b: readonly SortItem[]): SortItem[] {
    const out: SortItem[] = new Array<SortItem>(a.length + b.length)
    let i = 0
    let j = 0
    let k = 0
    while (i < a.length && j < b.length) {
      const x = a[i] as SortItem
      const y = b[j] as SortItem
      if (this.compare(x, y) <= 0) {
        out[k++] = x
        i++
      } else {
        out[k++] = y
        j++
      }
    }
    while (i < a.length) out[k++] = a[i++] as SortItem
    while (j < b.length) out[k++] = b[j++] as SortItem
    return out
  }
}
