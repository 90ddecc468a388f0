import type { Assessment, Youth } from '../domain/types'
import { ChangeCollector } from './board-change-collector'
import { ChangeLog } from './board-change-log'
import { asYouth, assessmentMap, readYouthChunks, readYouths } from './board-loader'
import { nextState, type BoardEvent, type BoardState } from './board-states'
import { db } from './database'
import { classifyStorageError, clearStorageFullMark, type StorageErrorKind } from './storage'

export type { BoardState } from './board-states'

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

/**
 * Keeps every youth and its current assessments in memory for the board: a full read in
 * chunks (`board-loader.ts`), then the youths that changed, key by key, as the collector
 * reports them (`board-change-collector.ts`, also from other tabs), noting which changed in
 * which revision (`board-change-log.ts`). One read at a time; the states and transitions are
 * in `board-states.ts`, the reasons in README.md in this folder.
 */
export class BoardStore {
  private state: BoardState = { kind: 'idle' }
  private youths = new Map<string, Youth>()
  /** `youths` is the map of the current snapshot: copy before changing it. */
  private youthsPublished = false
  private assessments = new Map<string, ReadonlyMap<string, Assessment>>()
  private readonly log = new ChangeLog()
  private readonly changes: ChangeCollector
  private snapshot: BoardData = {
    youths: new Map(),
    assessments: new Map(),
    progress: { loaded: 0, total: 0 },
    revision: 0,
    error: null,
    changedSince: this.log.since,
  }
  private listeners = new Set<() => void>()
  /** The reads under way, one after the other, until nothing is left to read. */
  private running: Promise<void> | null = null

  constructor(private readonly database = db) {
    this.changes = new ChangeCollector(database, 'youths', () => void this.drive())
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    void this.start()
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): BoardData => this.snapshot

  /** What the store is doing now. */
  getState = (): BoardState => this.state

  /** After a failed read: read everything again. */
  retry = (): Promise<void> => {
    if (this.state.kind !== 'idle') this.changes.requestReload()
    return this.start()
  }

  /** Resolves when the first full load, and every read that followed it, has finished. */
  async whenLoaded(): Promise<void> {
    await this.start()
    while (this.running) await this.running
  }

  private start(): Promise<void> {
    if (this.state.kind === 'idle') this.changes.start()
    return this.drive()
  }

  /** Runs the reads the state asks for, one at a time, unless that is already under way. */
  private drive(): Promise<void> {
    this.running ??= this.run().finally(() => {
      this.running = null
    })
    return this.running
  }

  private async run(): Promise<void> {
    for (;;) {
      const read = this.nextRead()
      if (!read) return
      await read
    }
  }

  /** Moves to the next state when there is work; the read it starts, or null. */
  private nextRead(): Promise<void> | null {
    if (this.state.kind === 'idle') {
      this.enter({ type: 'start' })
      return this.readAll()
    }
    const collected = this.changes.take()
    if (!collected) return null
    // From `loaded` or `failed` (no read is under way here): applying, reloading or loading.
    this.enter({ type: 'changed', what: collected.reload ? 'all' : 'keys' })
    if (this.state.kind === 'applying' && !collected.reload) {
      return this.applyChanges(collected.keys)
    }
    return this.readAll()
  }

  private enter(event: BoardEvent) {
    this.state = nextState(this.state, event)
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
    this.log.published(revision)
    this.snapshot = {
      youths: changed.youths ? this.youths : this.snapshot.youths,
      assessments: this.assessments,
      progress,
      revision,
      error: this.state.kind === 'failed' ? this.state.error : null,
      changedSince: this.log.since,
    }
    for (const listener of this.listeners) listener()
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

  /** A read failed: keep what is in memory and say so. The next change or a retry reads again. */
  private failed(error: unknown) {
    this.enter({ type: 'read-failed', error: classifyStorageError(error) })
    this.publish(null, { youths: false })
  }

  private succeeded(changed: { youths: boolean }) {
    this.enter({ type: 'read' })
    // The board has youths again: a full disk noted earlier no longer explains an empty board.
    if (this.youths.size > 0) clearStorageFullMark()
    this.publish(null, changed)
  }

  /**
   * Reads everything into new maps. The first load (`loading`) publishes as it goes (nothing to
   * lose yet); a reload swaps the maps only once it has read everything, so a read that fails
   * half-way (a full disk, a closed connection) never replaces the board with part of it, or
   * an empty one.
   */
  private async readAll(): Promise<void> {
    // Marks for `npm run bench` (test/bench): database opened → board rendered → all loaded.
    performance.mark('dsb:board-load-start')
    const progressive = this.state.kind === 'loading'
    let youths = new Map<string, Youth>()
    const assessments = new Map<string, ReadonlyMap<string, Assessment>>()
    if (progressive) {
      this.youths = youths
      this.youthsPublished = false
      this.assessments = assessments
      this.log.restart(this.snapshot.revision + 1)
    }
    try {
      for await (const chunk of readYouthChunks(this.database.youths)) {
        if (progressive) youths = this.writableYouths()
        for (const stored of chunk.youths) {
          const inner = assessmentMap(stored)
          if (inner) assessments.set(stored.id, inner)
          youths.set(stored.id, asYouth(stored))
        }
        if (!progressive) continue
        this.log.add(chunk.youths.map((youth) => youth.id))
        if (chunk.more)
          this.publish({ loaded: youths.size, total: Math.max(chunk.total, youths.size) })
      }
    } catch (error) {
      return this.failed(error)
    }
    if (!progressive) {
      this.log.restart(this.snapshot.revision + 1)
      this.youths = youths
      this.youthsPublished = false
    }
    this.assessments = assessments
    this.succeeded({ youths: true })
    performance.mark('dsb:board-loaded')
  }

  /** Re-reads the youths that changed and takes in only them. */
  private async applyChanges(youthIds: string[]): Promise<void> {
    let stored: Awaited<ReturnType<typeof readYouths>>
    try {
      stored = await readYouths(this.database.youths, youthIds)
    } catch (error) {
      return this.failed(error)
    }
    // A status change rewrites the youth's record but not its own fields (version and time
    // stay): the youths map then keeps its identity (see `publish`).
    const ownChanged = new Set(
      youthIds.filter((id, i) => {
        const [before, after] = [this.youths.get(id), stored[i]]
        return (
          before?.version !== after?.version ||
          before?.updatedAt !== after?.updatedAt ||
          // A team-sync conflict opened or resolved (the board's mark) leaves both as they were.
          (before?.syncConflicts?.length ?? 0) !== (after?.syncConflicts?.length ?? 0)
        )
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
    this.log.add(youthIds)
    this.succeeded({ youths: ownChanged.size > 0 })
  }
}

export const boardStore = new BoardStore()
