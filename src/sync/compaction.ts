import type PouchDB from 'pouchdb-browser'
import type { SyncState } from '../domain/sync/types'

/** How long the replica must have been quiet (Bijgewerkt, nothing waiting) before compacting. */
export const COMPACT_QUIET_MS = 60_000
/** At most one compaction per this stretch (the first one after the quiet period). */
export const COMPACT_EVERY_MS = 60 * 60_000

export interface CompactionOptions {
  quietMs?: number
  everyMs?: number
  /** Hears each finished compaction (tests, the benchmark). */
  onCompacted?: (ms: number) => void
}

/**
 * Compacts the local replica in idle time (docs/sync-design.md §5): PouchDB keeps the body of
 * every revision until `compact()`, and PouchDB's `indexeddb` adapter keeps all of a document's
 * revisions in its one record, so without compaction every edit makes that record larger.
 * Compaction drops the bodies of non-leaf revisions — the ancestors a conflict merge reads — so
 * it runs only when this laptop has been caught up with the server for `quietMs`: everything it
 * wrote was pushed and a pull after it came back with nothing new (`idle`), and no document
 * holds an open revision conflict (the inbox resolves those before it goes idle).
 * PouchDB's `compact()` only visits documents changed since the last compaction.
 */
export class IdleCompactor {
  private quietSince: number | null = null
  private last = 0
  private timer: ReturnType<typeof setTimeout> | null = null
  private running: Promise<void> | null = null
  private stopped = false

  constructor(
    private readonly local: PouchDB,
    private readonly options: CompactionOptions = {},
  ) {}

  /** Every published state: idle starts the quiet clock, anything else stops it. */
  observe(state: SyncState): void {
    if (this.stopped) return
    if (state.kind !== 'idle') {
      this.quietSince = null
      this.clear()
      return
    }
    if (this.quietSince !== null) return
    this.quietSince = Date.now()
    const quietMs = this.options.quietMs ?? COMPACT_QUIET_MS
    const wait = Math.max(
      quietMs,
      this.last + (this.options.everyMs ?? COMPACT_EVERY_MS) - Date.now(),
    )
    this.timer = setTimeout(() => void this.compact(), wait)
  }

  private async compact(): Promise<void> {
    this.timer = null
    if (this.stopped || this.quietSince === null || this.running) return
    const start = performance.now()
    this.running = this.local
      .compact()
      .then(() => {
        this.last = Date.now()
        this.options.onCompacted?.(performance.now() - start)
      })
      // A failed compaction loses nothing (the bodies stay); the next quiet stretch tries again.
      .catch(() => undefined)
      .finally(() => {
        this.running = null
      })
    await this.running
  }

  private clear() {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  /** Before the replica closes: no new compaction, and the running one has ended. */
  async stop(): Promise<void> {
    this.stopped = true
    this.clear()
    await this.running
  }
}
