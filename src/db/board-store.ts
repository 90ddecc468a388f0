import Dexie, { cmp, RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie'
import { RecordMap } from '../domain/record-map'
import type { Assessment, Youth } from '../domain/types'
import { db } from './database'
import type { StoredYouth } from './youth-record'
import { classifyStorageError, clearStorageFullMark, type StorageErrorKind } from './storage'

export type AssessmentsByYouth = ReadonlyMap<string, ReadonlyMap<string, Assessment>>

export interface BoardData {
  youths: ReadonlyMap<string, Youth>
  /**
   * Per youth its assessments. The inner maps are replaced (never changed) when a youth's
   * assessments change, so derived rows can be cached by inner-map identity; the outer map is
   * shared between snapshots of one load, because copying 50,000 entries on every status change
   * costs more than the change itself.
   */
  assessments: AssessmentsByYouth
  /** While the first full load runs: how far it is. Null once everything is in memory. */
  progress: { loaded: number; total: number } | null
  /** Increases with every published change. */
  revision: number
  /**
   * The last read failed (a full disk, a closed database, …): the youths shown are the ones read
   * before, never an empty board in their place. Null when the last read succeeded.
   */
  error: StorageErrorKind | null
  /**
   * The youths (ids) whose record or assessments changed after snapshot `revision`, so a view can
   * update only their rows; null when that is not known (a full reload since): derive everything.
   */
  changedSince: (revision: number) => ReadonlySet<string> | null
}

const FIRST_CHUNK = 250
const CHUNK = 5000
const MAX_CHUNK = 20_000
const MAX_LOGGED_REVISIONS = 1000

type Key = string

/**
 * Keeps every youth and its current assessments in memory for the board, loaded in chunks
 * (the first one small, so the board shows at once) and then kept up to date key by key
 * from Dexie's `storagemutated` events, which also arrive from other tabs. Re-reading only
 * what changed keeps a status change fast at 50,000 youths; see README.md in this folder.
 */
export class BoardStore {
  private youths = new Map<string, Youth>()
  /** `youths` is the map of the current snapshot: copy before changing it. */
  private youthsPublished = false
  private assessments = new Map<string, ReadonlyMap<string, Assessment>>()
  private snapshot: BoardData = {
    youths: new Map(),
    assessments: new Map(),
    progress: { loaded: 0, total: 0 },
    revision: 0,
    error: null,
    changedSince: () => null,
  }
  /** Changed youth ids per published revision since the last full swap, oldest first. */
  private changeLog: { revision: number; ids: readonly string[] }[] = []
  /** Revisions up to this one are not covered by the change log. */
  private changeLogStart = 0
  private changedIds: string[] = []
  private listeners = new Set<() => void>()
  private loading: Promise<void> | null = null
  private pendingYouths = new Set<string>()
  private reloadRequested = false
  private flushScheduled = false
  private started = false
  private loadedOnce = false
  private error: StorageErrorKind | null = null

  constructor(private readonly database = db) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    this.start()
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): BoardData => this.snapshot

  /** After a failed read: read everything again. */
  retry = (): Promise<void> => {
    this.reloadRequested = true
    return this.flush()
  }

  /** Resolves when the first full load (and any reload under way) has finished. */
  async whenLoaded(): Promise<void> {
    this.start()
    while (this.loading) await this.loading
  }

  private start() {
    if (this.started) return
    this.started = true
    Dexie.on('storagemutated', this.onMutated)
    this.loading = this.loadAll()
  }

  /**
   * Publishes a new snapshot. The youths map is copied only when youths changed: after a
   * status change it keeps its identity, which saves the copy and lets everything derived from
   * youths alone (filter options) stay memoised. (Assessments: see `BoardData.assessments`.)
   */
  private publish(
    progress: BoardData['progress'],
    changed: { youths: boolean } = { youths: true },
  ) {
    if (changed.youths) this.youthsPublished = true
    const revision = this.snapshot.revision + 1
    if (this.changedIds.length > 0) {
      this.changeLog.push({ revision, ids: this.changedIds })
      this.changedIds = []
      // A long session need not remember every edit: a view that old derives everything.
      if (this.changeLog.length > MAX_LOGGED_REVISIONS)
        this.changeLogStart = (this.changeLog.shift() as { revision: number }).revision
    }
    this.snapshot = {
      youths: changed.youths ? this.youths : this.snapshot.youths,
      assessments: this.assessments,
      progress,
      revision,
      error: this.error,
      changedSince: this.changedSince,
    }
    for (const listener of this.listeners) listener()
  }

  private changedSince = (since: number): ReadonlySet<string> | null => {
    if (since < this.changeLogStart) return null
    const ids = new Set<string>()
    for (let i = this.changeLog.length - 1; i >= 0; i--) {
      const entry = this.changeLog[i] as (typeof this.changeLog)[number]
      if (entry.revision <= since) break
      for (const id of entry.ids) ids.add(id)
    }
    return ids
  }

  /** Maps were swapped wholesale: earlier revisions cannot be brought up to date by id. */
  private forgetChanges() {
    this.changeLog = []
    this.changedIds = []
    this.changeLogStart = this.snapshot.revision + 1
  }

  /**
   * The youths map to change: a copy once it went out in a snapshot (copy on write, so the
   * snapshot never changes and no second map of every youth is kept when nothing changes).
   */
  private writableYouths(): Map<string, Youth> {
    if (this.youthsPublished) {
      this.youths = new Map(this.youths)
      this.youthsPublished = false
    }
    return this.youths
  }

  /** A read failed: keep what is in memory and say so. */
  private failed(error: unknown, progress: BoardData['progress']) {
    this.error = classifyStorageError(error)
    this.publish(progress, { youths: false })
  }

  private succeeded() {
    this.error = null
    // The board has youths again: a full disk noted earlier no longer explains an empty board.
    if (this.youths.size > 0) clearStorageFullMark()
  }

  /**
   * Reads everything into new maps. The first load publishes as it goes (nothing to lose yet);
   * a reload swaps the maps only once it has read everything, so a read that fails half-way
   * (a full disk, a closed connection) never replaces the board with part of it, or an empty one.
   */
  private async loadAll(): Promise<void> {
    // Marks for `npm run bench` (test/bench): database opened → board rendered → all loaded.
    performance.mark('dsb:board-load-start')
    const progressive = !this.loadedOnce
    let youths = new Map<string, Youth>()
    const assessments = new Map<string, ReadonlyMap<string, Assessment>>()
    if (progressive) {
      this.youths = youths
      this.youthsPublished = false
      this.assessments = assessments
      this.forgetChanges()
    }
    try {
      const readYouths = (after: string | null, limit: number): Promise<StoredYouth[]> =>
        after === null
          ? this.database.youths.orderBy(':id').limit(limit).toArray()
          : this.database.youths.where(':id').above(after).limit(limit).toArray()
      const [total, firstChunk] = await Promise.all([
        this.database.youths.count(),
        readYouths(null, FIRST_CHUNK),
      ])
      let chunk = firstChunk
      let size = FIRST_CHUNK
      for (;;) {
        const last = chunk.at(-1)
        if (!last) break
        // The next youths are read while this chunk is taken in and shown, so IndexedDB is
        // never idle while the page works (and the other way round).
        // Chunks grow (to MAX_CHUNK): every chunk shown costs a pass over the board so far.
        const nextSize = size === FIRST_CHUNK ? CHUNK : Math.min(size * 2, MAX_CHUNK)
        const next = chunk.length === size ? readYouths(last.id, nextSize) : null
        next?.catch(() => undefined) // awaited below; a failure then is handled there
        if (progressive) youths = this.writableYouths()
        for (const stored of chunk) {
          const inner = assessmentMap(stored)
          if (inner) assessments.set(stored.id, inner)
          youths.set(stored.id, asYouth(stored))
        }
        if (progressive) for (const youth of chunk) this.changedIds.push(youth.id)
        if (!next) break
        if (progressive) {
          this.publish({ loaded: youths.size, total: Math.max(total, youths.size) })
        }
        chunk = await next
        size = nextSize
      }
      if (!progressive) {
        this.forgetChanges()
        this.youths = youths
        this.youthsPublished = false
      }
      this.assessments = assessments
      this.loadedOnce = true
      this.succeeded()
      this.publish(null)
      performance.mark('dsb:board-loaded')
    } catch (error) {
      // Whatever was read before stays on the board; the next change or a retry reads again.
      this.reloadRequested = true
      this.failed(error, null)
      return
    } finally {
      this.loading = null
    }
    await this.flush()
  }

  private onMutated = (parts: ObservabilitySet) => {
    if ('all' in parts) this.reloadRequested = true
    this.collect(parts[`idb://${this.database.name}/youths/`], (key) => {
      if (typeof key === 'string') this.pendingYouths.add(key)
    })
    if (!this.flushScheduled && !this.loading) {
      this.flushScheduled = true
      queueMicrotask(() => void this.flush())
    }
  }

  /** Point keys are re-read one by one; any range (bulk writes, clear) means a full reload. */
  private collect(tree: IntervalTree | undefined, add: (key: Key) => void) {
    if (!tree || !('from' in tree)) return
    for (const node of RangeSet(tree)) {
      if (cmp(node.from, node.to) === 0) add(node.from as Key)
      else this.reloadRequested = true
    }
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false
    if (this.loading) return
    if (this.reloadRequested) {
      this.reloadRequested = false
      this.pendingYouths.clear()
      this.loading = this.loadAll()
      return this.loading
    }
    const youthIds = [...this.pendingYouths]
    this.pendingYouths = new Set()
    if (youthIds.length === 0) return
    let stored: (StoredYouth | undefined)[]
    try {
      stored = await this.database.youths.bulkGet(youthIds)
    } catch (error) {
      // Nothing changes on the board; the next change or a retry reads everything again.
      this.reloadRequested = true
      return this.failed(error, null)
    }
    // A status change rewrites the youth's record but not its own fields (version and time
    // stay): the youths map then keeps its identity (see `publish`).
    const ownChanged = new Set(
      youthIds.filter((id, i) => {
        const [before, after] = [this.youths.get(id), stored[i]]
        return before?.version !== after?.version || before?.updatedAt !== after?.updatedAt
      }),
    )
    const writable = ownChanged.size > 0 ? this.writableYouths() : this.youths
    youthIds.forEach((id, i) => {
      const youth = stored[i]
      if (!youth) {
        writable.delete(id)
        this.assessments.delete(id)
        return
      }
      // Copy on write: a changed youth gets a fresh inner map, so memoised rows see the change
      // and earlier snapshots stay as they were.
      const inner = assessmentMap(youth)
      if (ownChanged.has(id)) writable.set(id, asYouth(youth))
      if (inner) this.assessments.set(id, inner)
      else this.assessments.delete(id)
    })
    this.changedIds.push(...youthIds)
    this.succeeded()
    this.publish(null, { youths: ownChanged.size > 0 })
  }
}

/**
 * The youth as the board keeps it: the record just read, its embedded assessments let go (they
 * live in the assessments map). Not a copy without the field, as `youthOf` makes: at 50,000
 * youths the copies cost ~6 MB of heap and time on every load, and this record is the
 * store's own (nobody else holds it).
 */
function asYouth(stored: StoredYouth): Youth {
  if (stored.assessments !== undefined) stored.assessments = undefined
  return stored
}

/**
 * A stored youth's assessments by precondition id (a view of its record, not a copy);
 * undefined when it has none.
 */
function assessmentMap(stored: StoredYouth): ReadonlyMap<string, Assessment> | undefined {
  const of = stored.assessments
  if (!of) return undefined
  // Each assessment read holds its own copies of the youth id and precondition id; pointing
  // them at the youth's id and the key (equal strings) lets the copies go: ~8 MB at 50,000.
  for (const preconditionId in of) {
    const a = of[preconditionId] as Assessment
    a.youthId = stored.id
    a.preconditionId = preconditionId
  }
  const inner = new RecordMap(of)
  return inner.size > 0 ? inner : undefined
}

export const boardStore = new BoardStore()
