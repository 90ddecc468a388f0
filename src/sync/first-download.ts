import PouchDB from 'pouchdb-browser'
import type { Emitter } from 'pouchdb-browser'
import { markFirstSync, readFirstSync } from '../db/sync/bridge-repo'
import type { DoorstroomDatabase } from '../db/database'
import { classifyReplicationError } from './session'

/**
 * The two parts of a first download (docs/sync-design.md §13), as Mango selectors on the
 * document id, which CouchDB 3 evaluates on its side (`_changes?filter=_selector`): the board —
 * every document but the audit packs — and then the history, about four fifths of the bytes.
 * By id, so deletions (which keep only their id) come with their part.
 */
const AUDIT_IDS = { _id: { $regex: '^audit:' } }

export const BOARD_DOCS = { $not: AUDIT_IDS }
export const HISTORY_DOCS = AUDIT_IDS

/** What the first download needs of the engine (engine.ts). */
export interface FirstDownloadHost extends DownloadHost {
  remote: PouchDB
  local: PouchDB
  database: DoorstroomDatabase
  /** Whether the board part is in already (a reload during the history part). */
  boardDone(): boolean
  /** The pull under way, so stopping the engine cancels it. */
  track(pull: Emitter): void
  /** A pull or the server's position failed: offline tries again later. */
  failed(error: unknown): void
  boardIn(): void
  /** Both parts are in: live replication from `since`. */
  historyIn(since: number | string): void
}

/**
 * The first download: one-shot pulls to their end, first the board (every document but the
 * history), then the history, so the board is complete while the history's far larger bodies
 * still come (PouchDB's checkpoints resume each after a reload, the inbox position the Dexie
 * side). Live replication then starts from where the server was before the download began:
 * both pulls covered everything up to there, so it need not walk the server's whole feed again.
 */
export async function runFirstDownload(host: FirstDownloadHost): Promise<void> {
  let first = await readFirstSync(host.database)
  if (first.since === undefined) {
    try {
      first = { ...first, since: (await host.remote.info()).update_seq }
    } catch (error) {
      host.failed(error)
      return
    }
    await markFirstSync(host.database, first.done, first)
  }
  const since = first.since
  if (since === undefined) return
  if (!host.boardDone()) {
    if (!(await pullToEnd(host, BOARD_DOCS))) return
    await markFirstSync(host.database, true, { since, history: 'pending' })
    host.boardIn()
  }
  if (!(await pullToEnd(host, HISTORY_DOCS))) return
  await markFirstSync(host.database, true, { since, history: 'done' })
  host.historyIn(since)
}

/** One pull to its end, written into Dexie; false when stopped, failed or offline. */
async function pullToEnd(host: FirstDownloadHost, selector: object): Promise<boolean> {
  const pull = PouchDB.replicate(host.remote, host.local, {
    batch_size: 1_000,
    batches_limit: 5,
    selector,
  })
  host.track(pull)
  pull.on('change', () => host.kick())
  try {
    await pull
  } catch (error) {
    host.failed(error)
    return false
  }
  return untilWrittenIn(host)
}

/** What `untilWrittenIn` needs of the engine. */
export interface DownloadHost {
  kick(): void
  settled(): Promise<void>
  /** Stopped, failed, or waiting for a key (and which). */
  status(): { stopped: boolean; failed: boolean; waiting: boolean }
  pollMs: number
}

/**
 * After a pull reached its end: until the bridge has written it into Dexie. Waiting for a key,
 * the download is in the replica, sealed, and is opened into the board (with its progress) once
 * the key is open; only then is the part done. False when stopped or failed meanwhile.
 */
async function untilWrittenIn(host: DownloadHost): Promise<boolean> {
  if (host.status().stopped) return false
  host.kick()
  await host.settled()
  for (;;) {
    const { stopped, failed, waiting } = host.status()
    if (stopped || failed) return false
    if (!waiting) return true
    await new Promise((resolve) => setTimeout(resolve, host.pollMs))
    await host.settled()
  }
}

/**
 * Whether the server answers. PouchDB's live replication does not always report a server that
 * went away (a long-poll cut off mid-request stays silent), and "offline" must show anyway.
 */
export async function serverReachable(remote: PouchDB): Promise<boolean> {
  if (!((globalThis.navigator as Navigator | undefined)?.onLine ?? true)) return false
  try {
    await remote.info()
    return true
  } catch (error) {
    return classifyReplicationError(error) !== 'offline'
  }
}
