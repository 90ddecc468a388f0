import PouchDB from 'pouchdb-browser'
import type { Emitter } from 'pouchdb-browser'
import { isFirstSyncDone, markFirstSync, readInboxPosition } from '../db/sync/bridge-repo'
import { onOutboxWrite } from '../db/sync/outbox'
import { classifyStorageError } from '../db/storage'
import { TeamLockedError } from '../db/encryption/team-seal'
import type { SyncErrorReason, SyncState, SyncWaitReason } from '../domain/sync/types'
import { IdleCompactor, type CompactionOptions } from './compaction'
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
    this.firstDone = await isFirstSyncDone(this.laptop.database)
    this.applied = (await readInboxPosition(this.laptop.database)).applied
    await this.publish()
    this.feed = this.laptop.local.changes({ since: 'now', live: true })
    this.feed.on('change', () => this.kick())
    // A write to the outbox (this tab or another) starts a round at once; the poll stays as a net.
    this.unwatchOutbox = onOutboxWrite(this.laptop.database, () => this.kick())
    this.timer = setInterval(() => this.kick(), this.options.pollMs ?? 500)
    this.probeTimer = setInterval(() => void this.probe(), this.options.probeMs ?? PROBE_MS)
    this.kick()
    if (this.firstDone) this.live()
    else void this.firstDownload()
  }

  /**
   * The first download is a one-shot pull to its end (PouchDB's checkpoints resume it after a
   * reload, the inbox position the Dexie side), so "done" means everything the server had.
   * Only then live replication starts, which also uploads what this browser brought.
   */
  private async firstDownload(): Promise<void> {
    const pull = PouchDB.replicate(this.options.remote, this.laptop.local, {
      batch_size: 1_000,
      batches_limit: 5,
    })
    this.download = pull
    pull.on('change', () => {
      this.kick()
    })
    try {
      await pull
    } catch (error) {
      if (this.stopped) return
      this.paused(error)
      // Offline during the first download: try again later, from PouchDB's checkpoint.
      if (classifyReplicationError(error) === 'offline') {
        this.retry = setTimeout(() => void this.firstDownload(), RETRY_MS)
      }
      return
    }
    if (this.stopped) return
    this.kick()
    await this.settled()
    // Waiting for a key: the download is in the replica, sealed, and is opened into the board
    // (with its progress) once the key is open; only then is the first download done.
    while (this.waitingFor && !this.stopped && !this.failure) {
      await new Promise((resolve) => setTimeout(resolve, this.options.pollMs ?? 500))
      await this.settled()
    }
    if (this.stopped || this.failure) return
    this.firstDone = true
    await markFirstSync(this.laptop.database, true)
    this.lastAt = new Date().toISOString()
    this.offline = false
    this.live()
  }

  private live(): void {
    if (this.stopped) return
    this.sync = PouchDB.sync(this.laptop.local, this.options.remote, {
      live: true,
      retry: true,
      batch_size: 1_000,
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

  /**
   * Whether the server answers. PouchDB's live replication does not always report a server that
   * went away (a long-poll cut off mid-request stays silent), and "offline" must show anyway.
   */
  private async probe(): Promise<void> {
    if (this.stopped || this.failure) return
    const online = (globalThis.navigator as Navigator | undefined)?.onLine ?? true
    let reachable = online
    if (online) {
      try {
        await this.options.remote.info()
      } catch (error) {
        reachable = classifyReplicationError(error) !== 'offline'
      }
    }
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
