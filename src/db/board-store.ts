import Dexie, { cmp, RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie'
import type { Assessment, Youth } from '../domain/types'
import { db } from './database'

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
}

const FIRST_CHUNK = 250
const CHUNK = 5000

type Key = string | [string, string]

/**
 * Keeps every youth and its current assessments in memory for the board, loaded in chunks
 * (the first one small, so the board shows at once) and then kept up to date key by key
 * from Dexie's `storagemutated` events, which also arrive from other tabs. Re-reading only
 * what changed keeps a status change fast at 50,000 youths; see README.md in this folder.
 */
export class BoardStore {
  private youths = new Map<string, Youth>()
  private assessments = new Map<string, Map<string, Assessment>>()
  private snapshot: BoardData = {
    youths: new Map(),
    assessments: new Map(),
    progress: { loaded: 0, total: 0 },
    revision: 0,
  }
  private listeners = new Set<() => void>()
  private loading: Promise<void> | null = null
  private pendingYouths = new Set<string>()
  private pendingAssessments: [string, string][] = []
  private reloadRequested = false
  private flushScheduled = false
  private started = false

  constructor(private readonly database = db) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    this.start()
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): BoardData => this.snapshot

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
    this.snapshot = {
      youths: changed.youths ? new Map(this.youths) : this.snapshot.youths,
      assessments: this.assessments,
      progress,
      revision: this.snapshot.revision + 1,
    }
    for (const listener of this.listeners) listener()
  }

  private async loadAll(): Promise<void> {
    // Marks for `npm run bench` (test/bench): database opened → board rendered → all loaded.
    performance.mark('dsb:board-load-start')
    try {
      this.youths = new Map()
      this.assessments = new Map()
      const total = await this.database.youths.count()
      let lastId: string | null = null
      let size = FIRST_CHUNK
      for (;;) {
        const chunk: Youth[] =
          lastId === null
            ? await this.database.youths.orderBy(':id').limit(size).toArray()
            : await this.database.youths.where(':id').above(lastId).limit(size).toArray()
        const first = chunk[0]
        const last = chunk.at(-1)
        if (!first || !last) break
        const assessments = await this.database.assessments
          .where('[youthId+preconditionId]')
          .between([first.id, Dexie.minKey], [last.id, Dexie.maxKey], true, true)
          .toArray()
        for (const youth of chunk) this.youths.set(youth.id, youth)
        for (const a of assessments) this.putAssessment(a)
        if (chunk.length < size) break
        this.publish({ loaded: this.youths.size, total: Math.max(total, this.youths.size) })
        lastId = last.id
        size = CHUNK
      }
      this.publish(null)
      performance.mark('dsb:board-loaded')
    } finally {
      this.loading = null
    }
    await this.flush()
  }

  private putAssessment(a: Assessment) {
    let byPrecondition = this.assessments.get(a.youthId)
    if (!byPrecondition) {
      byPrecondition = new Map()
      this.assessments.set(a.youthId, byPrecondition)
    }
    byPrecondition.set(a.preconditionId, a)
  }

  private onMutated = (parts: ObservabilitySet) => {
    if ('all' in parts) this.reloadRequested = true
    this.collect(parts[`idb://${this.database.name}/youths/`], (key) => {
      if (typeof key === 'string') this.pendingYouths.add(key)
    })
    this.collect(parts[`idb://${this.database.name}/assessments/`], (key) => {
      if (Array.isArray(key)) this.pendingAssessments.push(key)
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
      this.pendingAssessments = []
      this.loading = this.loadAll()
      return this.loading
    }
    const youthIds = [...this.pendingYouths]
    const assessmentKeys = this.pendingAssessments
    this.pendingYouths = new Set()
    this.pendingAssessments = []
    if (youthIds.length === 0 && assessmentKeys.length === 0) return
    const [youths, assessments] = await Promise.all([
      this.database.youths.bulkGet(youthIds),
      this.database.assessments.bulkGet(assessmentKeys),
    ])
    youthIds.forEach((id, i) => {
      const youth = youths[i]
      if (youth) this.youths.set(id, youth)
      else {
        this.youths.delete(id)
        this.assessments.delete(id)
      }
    })
    // Copy on write: a changed youth gets a fresh inner map, so memoised rows see the change
    // and earlier snapshots stay as they were.
    assessmentKeys.forEach(([youthId, preconditionId], i) => {
      const inner = new Map(this.assessments.get(youthId))
      const a = assessments[i]
      if (a) inner.set(preconditionId, a)
      else inner.delete(preconditionId)
      this.assessments.set(youthId, inner)
    })
    this.publish(null, { youths: youthIds.length > 0 })
  }
}

export const boardStore = new BoardStore()
