import type { SyncErrorReason, SyncState, SyncWaitReason } from '../domain/sync/types'

/** What the engine knows when it publishes (engine.ts). */
export interface EngineFacts {
  /** Outbox rows plus documents in PouchDB not yet pushed. */
  waiting: number
  failure: { reason: SyncErrorReason; detail?: string } | null
  waitingFor: SyncWaitReason | null
  refused: { reason: SyncErrorReason; detail: string } | null
  offline: boolean
  total: number
  applied: number
  firstDone: boolean
  history: boolean
  /** Replication active or a bridge round running. */
  busy: boolean
  lastAt: string | null
}

/** The one state the header shows (docs/sync-design.md §10), most pressing first. */
export function stateOf(f: EngineFacts): SyncState {
  const { waiting } = f
  if (f.failure) return { kind: 'error', ...f.failure, waiting }
  if (f.waitingFor) return { kind: 'waiting', reason: f.waitingFor, waiting }
  if (f.refused) return { kind: 'error', ...f.refused, waiting }
  if (f.offline) return { kind: 'offline', waiting }
  if (!f.firstDone) return { kind: 'downloading', done: f.applied, total: f.total }
  if (f.history) return { kind: 'downloading', done: f.applied, total: f.total, history: true }
  if (f.busy || waiting > 0) return { kind: 'syncing' }
  return { kind: 'idle', at: f.lastAt ?? new Date().toISOString() }
}

/**
 * Bridge rounds one at a time: a kick during a round asks for one more after it; `idle` hears
 * the end of a round that asked for none.
 */
export class Rounds {
  private running: Promise<void> = Promise.resolve()
  private again = false
  busy = false

  constructor(
    private readonly round: () => Promise<void>,
    private readonly idle: () => void,
    private readonly stopped: () => boolean,
  ) {}

  kick(): void {
    if (this.stopped()) return
    if (this.busy) {
      this.again = true
      return
    }
    this.busy = true
    this.running = this.round().finally(() => {
      this.busy = false
      if (this.again && !this.stopped()) {
        this.again = false
        this.kick()
      } else this.idle()
    })
  }

  /** Resolves when the current round and any round it asked for are over. */
  async settled(): Promise<void> {
    while (this.busy) await this.running
  }
}
