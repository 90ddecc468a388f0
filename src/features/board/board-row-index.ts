import type { BoardData } from '../../db/board-store'
import type { Assessment, Settings, TotalStatus, Youth } from '../../domain/types'
import { deriveOverview, type OverviewContext } from '../../domain/youth-overview'
import type { BoardColumn } from './board-columns'
import { boardRowFilter, type BoardRowFilter } from './board-filter'
import { toBoardRow, type BoardRow } from './board-row'
import { BoardSorter, type SortItem } from './board-sort'
import type { BoardFilters, BoardSort } from './board-view-store'

/** What the board shows: the rows that pass the filters, in order, and the colour counts. */
export interface BoardList {
  /** Rows that pass every filter, in display order. */
  shown: readonly BoardRow[]
  /** Per totaalstatus: the rows that pass every filter but the totaalstatus one. */
  counts: ReadonlyMap<TotalStatus, number>
  /** Every placed youth (the "van …" in "… getoond van …"). */
  total: number
}

export interface BoardViewSpec {
  filters: BoardFilters
  sorting: readonly BoardSort[]
  columns: readonly BoardColumn[]
}

interface Change {
  id: string
  before: BoardRow | undefined
  after: BoardRow | undefined
}

/** Above this many changed rows, one merge is cheaper than moving them one by one. */
const MOVE_ONE_BY_ONE = 64

/**
 * The board's rows, filtered, sorted and counted, kept up to date row by row. After a status
 * change only that youth's row is derived again and moved to its new place by binary search,
 * so an edit costs the same at 50 youths as at 50,000 (TanStack Table would rebuild its row
 * models for every row). A new filter is one pass over the rows, which stay sorted; only a new
 * sort order sorts everything again.
 */
export class BoardRowIndex {
  private ctx: OverviewContext | null = null
  /** Derived rows per youth record and assessment map, so a reload derives only what changed. */
  private derived = new WeakMap<Youth, { assessments: unknown; row: BoardRow }>()
  /** Shared statuses objects and signal lists, by their values (see `rowOf`). */
  private interned = new Map<string, unknown>()
  private revision = -1
  private rows = new Map<string, BoardRow>()
  /** Each youth's place in the data (the board's tie-breaker), as the store's map keeps them. */
  private ordinals = new Map<string, number>()
  private nextOrdinal = 0

  private spec: BoardViewSpec | null = null
  private sorter: BoardSorter | null = null
  private filter: BoardRowFilter | null = null
  private items = new Map<string, SortItem>()
  /** Every row, sorted. */
  private sorted: SortItem[] = []
  /** The rows that pass the filters, sorted. */
  private shown: SortItem[] = []
  private counts = new Map<TotalStatus, number>()
  private list: BoardList | null = null

  /** The list for this data and view; the same object as last time when nothing changed. */
  update(data: BoardData, settings: Settings, today: string, spec: BoardViewSpec): BoardList {
    const changes = this.syncRows(data, settings, today)
    const sameView =
      this.spec !== null &&
      this.spec.filters === spec.filters &&
      this.spec.sorting === spec.sorting &&
      this.spec.columns === spec.columns
    if (changes === 'all') {
      this.rebuildView(spec, true)
    } else {
      if (changes.length > 0) this.applyChanges(changes)
      if (!sameView) {
        const spec0 = this.spec as BoardViewSpec
        this.rebuildView(spec, spec0.sorting !== spec.sorting || spec0.columns !== spec.columns)
      } else if (changes.length === 0 && this.list) return this.list
    }
    this.list = {
      shown: this.shown.map((item) => item.original),
      counts: new Map(this.counts),
      total: this.rows.size,
    }
    return this.list
  }

  /** Brings the rows up to date with `data`: only the changed youths when the store says which. */
  private syncRows(data: BoardData, settings: Settings, today: string): Change[] | 'all' {
    if (!this.ctx || this.ctx.settings !== settings || this.ctx.today !== today) {
      this.ctx = { settings, today, enabled: settings.preconditions.filter((p) => p.enabled) }
      this.derived = new WeakMap()
      this.interned = new Map()
      this.revision = -1
    }
    const changed = this.revision >= 0 ? data.changedSince(this.revision) : null
    const behind = data.revision < this.revision
    this.revision = data.revision
    if (changed === null || behind) {
      this.rows = new Map()
      this.ordinals = new Map()
      this.nextOrdinal = 0
      for (const youth of data.youths.values()) {
        this.ordinals.set(youth.id, this.nextOrdinal++)
        const row = this.rowOf(youth, data.assessments.get(youth.id))
        if (row) this.rows.set(youth.id, row)
      }
      return 'all'
    }
    const changes: Change[] = []
    for (const id of changed) {
      const youth = data.youths.get(id)
      if (youth) {
        if (!this.ordinals.has(id)) this.ordinals.set(id, this.nextOrdinal++)
      } else this.ordinals.delete(id)
      const before = this.rows.get(id)
      const after = youth && this.rowOf(youth, data.assessments.get(id))
      if (before === after) continue
      if (after) this.rows.set(id, after)
      else this.rows.delete(id)
      changes.push({ id, before, after })
    }
    return changes
  }

  /** The board row of a placed youth (derived once per record and assessments); none after uitstroom. */
  private rowOf(
    youth: Youth,
    assessments: ReadonlyMap<string, Assessment> | undefined,
  ): BoardRow | undefined {
    if (youth.outflow) return undefined
    const hit = this.derived.get(youth)
    if (hit && hit.assessments === assessments) return hit.row
    const row = toBoardRow(
      deriveOverview(youth, assessments, undefined, this.ctx as OverviewContext),
    )
    // Rows are never changed, so youths with the same statuses or signals share one object.
    row.statuses = this.shared(row.statuses, `s:${Object.values(row.statuses).join()}`)
    row.signals = this.shared(row.signals, `g:${row.signals.join()}`)
    this.derived.set(youth, { assessments, row })
    return row
  }

  private shared<T>(value: T, key: string): T {
    const hit = this.interned.get(key) as T | undefined
    if (hit !== undefined) return hit
    this.interned.set(key, value)
    return value
  }

  private itemOf(row: BoardRow): SortItem {
    const item = (this.sorter as BoardSorter).item(row, this.ordinals.get(row.youth.id) ?? 0)
    this.items.set(row.youth.id, item)
    return item
  }

  /** Filters (and, when the rows or the order changed, sorts) every row again. */
  private rebuildView(spec: BoardViewSpec, resort: boolean) {
    this.spec = spec
    if (resort) {
      this.sorter = new BoardSorter(spec.sorting, spec.columns)
      this.items = new Map()
      this.sorted = [...this.rows.values()].map((row) => this.itemOf(row)).sort(this.sorter.compare)
    }
    this.filter = boardRowFilter(spec.filters)
    this.counts = new Map()
    this.shown = []
    for (const item of this.sorted) {
      const row = item.original
      if (!this.filter.others(row)) continue
      this.counts.set(row.totalStatus, (this.counts.get(row.totalStatus) ?? 0) + 1)
      if (this.filter.all(row)) this.shown.push(item)
    }
  }

  private applyChanges(changes: readonly Change[]) {
    const sorter = this.sorter as BoardSorter
    const filter = this.filter as BoardRowFilter
    for (const { before, after } of changes) {
      if (before && filter.others(before)) this.count(before.totalStatus, -1)
      if (after && filter.others(after)) this.count(after.totalStatus, 1)
    }
    if (changes.length <= MOVE_ONE_BY_ONE) {
      for (const { id, after } of changes) {
        const old = this.items.get(id)
        if (old) {
          this.items.delete(id)
          remove(this.sorted, sorter.position(this.sorted, old))
          const at = sorter.position(this.shown, old)
          if (this.shown[at] === old) remove(this.shown, at)
        }
        if (!after) continue
        const item = this.itemOf(after)
        this.sorted.splice(sorter.position(this.sorted, item), 0, item)
        if (filter.all(after)) this.shown.splice(sorter.position(this.shown, item), 0, item)
      }
      return
    }
    // Many rows at once (a chunk of the first load): drop the old ones, merge the new ones in.
    const gone = new Set<SortItem>()
    const added: SortItem[] = []
    for (const { id, after } of changes) {
      const old = this.items.get(id)
      if (old) {
        gone.add(old)
        this.items.delete(id)
      }
      if (after) added.push(this.itemOf(after))
    }
    added.sort(sorter.compare)
    const keep = (item: SortItem) => !gone.has(item)
    this.sorted = sorter.merge(gone.size ? this.sorted.filter(keep) : this.sorted, added)
    this.shown = sorter.merge(
      gone.size ? this.shown.filter(keep) : this.shown,
      added.filter((item) => filter.all(item.original)),
    )
  }

  private count(status: TotalStatus, delta: number) {
    this.counts.set(status, (this.counts.get(status) ?? 0) + delta)
  }
}

function remove(items: SortItem[], at: number) {
  items.splice(at, 1)
}
