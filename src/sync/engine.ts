import PouchDB from 'pouchdb-browser'
import type { Emitter } from 'pouchdb-browser'
import { markFirstSync, readFirstSync, readInboxPosition } from '../db/sync/bridge-repo'
import { onOutboxWrite } from '../db/sync/outbox'
import { classifyStorageError } from '../db/storage'
import { TeamLockedError } from '../db/encryption/team-seal'
import type { SyncErrorReason, SyncState, SyncWaitReason } from '../domain/sync/types'
import { IdleCompactor, type CompactionOptions } from './compaction'
import { runFirstDownload, serverReachable } from './first-download'
import { pumpInbox } from './inbox'
import { drainOutbox, type Laptop } from './outbox-drain'
import { errorText, firstRefusal, recordRefusal, type Refusal } from './refusals'
import { classifyReplicationError } from './session'
import { publishTeamDocs, readTeamDocsFromReplica, resealWhenTurnedOn } from './team-docs'

const RETRY_MS = 5_000 // wait before trying a failed first download again
const PROBE_MS = 10_000 // ask whether the server is there this often

export interface EngineOptions {
  remote: PouchDB
  publish: (state: SyncState) => void
  /** The server's document count when the first download starts (the download's m). */
  total: number
  /** How often the outbox is looked at (ms); writes of other tabs land there too. */
  pollMs?: number
  /** How often the server is asked whether it is there (ms): offline shows within that. */
  probeMs?: number
  /** Hears the download's running count after each chunk; returning false stops the round. */
  onChunk?: (applied: number) => boolean | undefined
  compaction?: CompactionOptions
}

/**
 * One laptop's replication with the team (docs/sync-design.md §4, §10): PouchDB.sync with the
 * server, the outbox drained into PouchDB, PouchDB's changes written into Dexie, and the one
 * state the header shows. All bridge work runs one round at a time.
 */
export class SyncEngine {
  private sync: Emitter | null = null
  private download: Emitter | null = null
  private retry: ReturnType<typeof setTimeout> | null = null
  private feed: Emitter | null = null
  private timer: ReturnType<typeof setInterval> | null = null
  private probeTimer: ReturnType<typeof setInterval> | null = null
  private running: Promise<void> = Promise.resolve()
  private again = false
  private busy = false
  private stopped = false
  private firstDone = false
  private history = false // the board is in, the history still comes (§13)
  private liveFrom: number | string | undefined // where the live pull began after the download
  private applied = 0
  private offline = false
  private active = false
  private unpushed = 0
  private lastAt: string | null = null
  private publishCalls = 0
  private published = ''
  private failure: { reason: SyncErrorReason; detail?: string } | null = null
  private waitingFor: SyncWaitReason | null = null // waits for a key (design §7); replicates on
  private readonly compactor: IdleCompactor
  private unwatchOutbox: (() => void) | null = null

  constructor(
    private readonly laptop: Laptop,
    private readonly options: EngineOptions,
  ) {
    this.compactor = new IdleCompactor(laptop.local, options.compaction)
  }

  async start(): Promise<void> {
    globalThis.performance?.mark('dsb:sync-start') // for the benchmark (resync → caught up)
    const first = await readFirstSync(this.laptop.database)
    this.firstDone = first.done
    this.history = first.done && first.history === 'pending'
    this.applied = (await readInboxPosition(this.laptop.database)).applied
    await this.publish()
    this.feed = this.laptop.local.changes({ since: 'now', live: true })
    this.feed.on('change', () => this.kick())
    // A write to the outbox (this tab or another) starts a round at once; the poll stays as a net.
    this.unwatchOutbox = onOutboxWrite(this.laptop.database, () => this.kick())
    this.timer = setInterval(() => this.kick(), this.options.pollMs ?? 500)
    this.probeTimer = setInterval(() => void this.probe(), this.options.probeMs ?? PROBE_MS)
    this.kick()
    if (this.firstDone && !this.history) this.live(first.since)
    else void this.firstDownload()
  }

  /** The first download, board then history (first-download.ts, docs/sync-design.md §13). */
  private async firstDownload(): Promise<void> {
    await runFirstDownload({
      remote: this.options.remote,
      local: this.laptop.local,
      database: this.laptop.database,
      kick: () => this.kick(),
      settled: () => this.settled(),
      status: () => ({
        stopped: this.stopped,
        failed: this.failure !== null,
        waiting: this.waitingFor !== null,
      }),
      pollMs: this.options.pollMs ?? 500,
      boardDone: () => this.firstDone,
      track: (pull) => (this.download = pull),
      // Offline: try again later, from PouchDB's checkpoints.
      failed: (error) => {
        if (this.stopped) return
        this.paused(error)
        if (classifyReplicationError(error) === 'offline')
          this.retry = setTimeout(() => void this.firstDownload(), RETRY_MS)
      },
      boardIn: () => {
        this.firstDone = true
        this.history = true
        void this.publish()
      },
      historyIn: (since) => {
        this.history = false
        this.lastAt = new Date().toISOString()
        this.offline = false
        this.live(since)
      },
    })
  }

  /** `since`: right after the first download, the pull starts where the server was before it. */
  private live(since?: number | string): void {
    if (this.stopped) return
    this.liveFrom = since
    this.sync = PouchDB.sync(this.laptop.local, this.options.remote, {
      live: true,
      retry: true,
      batch_size: 1_000,
      ...(since === undefined ? {} : { pull: { since } }),
      // Retries back off to 30 s at most, so a server that is back is found within that.
      back_off_function: (delay) => (delay === 0 ? 1_000 : Math.min(delay * 2, 30_000)),
    })
    this.sync.on('active', () => {
      this.active = true
      this.offline = false
      void this.publish()
    })
    this.sync.on('change', (info: { direction: string; change: { docs_written: number } }) => {
      if (info.direction === 'push')
        this.unpushed = Math.max(0, this.unpushed - info.change.docs_written)
      this.kick()
    })
    this.sync.on('paused', (error: unknown) => this.paused(error))
    this.sync.on('denied', (event: { doc?: Refusal } & Refusal) => {
      if (this.stopped) return
      const reason = recordRefusal(this.laptop.database, event)
      this.failure = { reason: 'refused', detail: reason }
      void this.publish()
    })
    this.sync.on('error', (error: unknown) => this.paused(error ?? new Error('stopped')))
  }

  /** Offline shows even when PouchDB's live replication stays silent (first-download.ts). */
  private async probe(): Promise<void> {
    if (this.stopped || this.failure) return
    const reachable = await serverReachable(this.options.remote)
    if (this.stopped || reachable === !this.offline) return
    this.offline = !reachable
    void this.publish()
  }

  private paused(error: unknown) {
    if (this.stopped) return
    this.active = false
    if (error) {
      const kind = classifyReplicationError(error)
      this.offline = kind === 'offline'
      if (kind !== 'offline') this.failure = { reason: kind }
      void this.publish()
      return
    }
    this.offline = false
    this.unpushed = 0
    this.lastAt = new Date().toISOString()
    if (this.liveFrom !== undefined) {
      // Caught up once: the pull's own checkpoint is past the first download's position now.
      this.liveFrom = undefined
      void markFirstSync(this.laptop.database, true, { history: 'done' })
    }
    globalThis.performance?.mark('dsb:sync-caught-up')
    // Caught up with the server: what PouchDB has goes into Dexie.
    this.kick()
    void this.publish()
  }

  /** Schedules a bridge round (outbox, then inbox); rounds never overlap. */
  kick(): void {
    if (this.stopped) return
    if (this.busy) {
      this.again = true
      return
    }
    this.busy = true
    this.running = this.round().finally(() => {
      this.busy = false
      if (this.again && !this.stopped) {
        this.again = false
        this.kick()
      } else void this.publish()
    })
  }

  private async round(): Promise<void> {
    try {
      // Nothing leaves in plain and nothing sealed is taken in without the key: wait for it.
      this.waitingFor = await this.laptop.team.wait()
      if (this.waitingFor) {
        if (this.waitingFor === 'team-key') await readTeamDocsFromReplica(this.laptop)
        return
      }
      await resealWhenTurnedOn(this.laptop)
      const pushed = await drainOutbox(this.laptop)
      this.unpushed += pushed.written
      const round = await pumpInbox(this.laptop, (applied) => {
        this.applied = applied
        void this.publish()
        const go = this.options.onChunk?.(applied)
        return this.stopped ? false : go
      })
      this.applied = round.applied
      this.unpushed += await publishTeamDocs(this.laptop)
      const newer = [...pushed.newer, ...round.newer]
      if (newer.length > 0) this.failure = { reason: 'newer-layout', detail: newer.join(', ') }
    } catch (error) {
      if (this.stopped) return
      if (error instanceof TeamLockedError) {
        // The key closed during the round (locked after idle time): the next round waits.
        this.waitingFor = (await this.laptop.team.wait()) ?? 'team-key'
        return
      }
      if (classifyStorageError(error) === 'quota') this.failure = { reason: 'disk-full' }
      else this.failure ??= { reason: 'refused', detail: errorText(error) }
      await this.publish()
    }
  }

  /** Clears a login failure after a new session, so replication state shows again. */
  clearFailure(): void {
    this.failure = null
    void this.publish()
  }

  /** Resolves when the current round and any round it asked for are over. */
  async settled(): Promise<void> {
    while (this.busy) await this.running
  }

  async state(): Promise<SyncState> {
    const waiting = (await this.laptop.outbox.count()) + this.unpushed
    if (this.failure) return { kind: 'error', ...this.failure, waiting }
    if (this.waitingFor) return { kind: 'waiting', reason: this.waitingFor, waiting }
    const refused = await firstRefusal(this.laptop.database)
    if (refused) return { kind: 'error', ...refused, waiting }
    if (this.offline) return { kind: 'offline', waiting }
    const total = Math.max(this.options.total, this.applied)
    if (!this.firstDone) return { kind: 'downloading', done: this.applied, total }
    if (this.history) return { kind: 'downloading', done: this.applied, total, history: true }
    if (this.active || this.busy || waiting > 0) return { kind: 'syncing' }
    return { kind: 'idle', at: this.lastAt ?? new Date().toISOString() }
  }

  /** Publishes the state; of overlapping calls only the latest, so an older one never wins. */
  private async publish(): Promise<void> {
    if (this.stopped) return
    const call = ++this.publishCalls
    let state: SyncState
    try {
      state = await this.state()
    } catch {
      return // the database closed under a late event
    }
    if (call !== this.publishCalls || this.stopped) return
    const text = JSON.stringify(state)
    if (text === this.published) return
    this.published = text
    this.options.publish(state)
    this.compactor.observe(state)
  }

  /** Stops replicating and waits for the bridge's round to end (nothing half-written). */
  async stop(): Promise<void> {
    this.stopped = true
    this.unwatchOutbox?.()
    if (this.timer) clearInterval(this.timer)
    if (this.probeTimer) clearInterval(this.probeTimer)
    if (this.retry) clearTimeout(this.retry)
    this.download?.cancel()
    this.feed?.cancel()
    this.sync?.cancel()
    await this.settled()
    await this.compactor.stop()
    await this.options.remote.close()
    await this.laptop.local.close()
  }
}
