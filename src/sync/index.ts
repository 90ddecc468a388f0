import PouchDB from 'pouchdb-browser'
import indexeddb from 'pouchdb-adapter-indexeddb'
import type { Fetch } from 'pouchdb-browser'
import { db, type DoorstroomDatabase } from '../db/database'
import { openDocument } from '../db/encryption/team-seal'
import {
  clearReplicated,
  enqueueAllLocal,
  forgetConnection,
  localClientRefs,
  markFirstSync,
  outboxOf,
  readConnection,
  saveConnection,
} from '../db/sync/bridge-repo'
import { countOutbox, deleteOutboxThrough, readOutbox, setOutboxEnabled } from '../db/sync/outbox'
import { getReplicaId } from '../db/sync/replica'
import type {
  ConnectOutcome,
  SyncApi,
  SyncConnection,
  SyncDoc,
  SyncErrorReason,
  SyncState,
} from '../domain/sync/types'
import { useSyncStore } from '../stores/sync-store'
import { SyncEngine, type EngineOptions } from './engine'
import { holdTeamLock } from './lock'
import { quietInfoFailures } from './quiet-info'
import type { OutboxPort } from './outbox-drain'
import { login, teamInfo, teamKeyState, teamYouthDocs, type Transport } from './session'
import { startSealed } from './team-docs'
import { appTeamPort, type TeamPort } from './team-port'

PouchDB.plugin(indexeddb)

export interface SyncApiOptions {
  /** The server: `<origin>/db` by default (a build-time origin may replace it). */
  base?: string
  fetch?: Fetch
  /** PouchDB adapter of the local replica: `indexeddb` (see docs/sync-design.md §11). */
  adapter?: string
  /** The Dexie database and its outbox; the app's own by default (tests: a second laptop). */
  database?: DoorstroomDatabase
  outbox?: OutboxPort
  replicaId?: () => Promise<string>
  /** The team's encryption as the bridge uses it; the app's own by default. */
  team?: TeamPort
  /** The local replica's name for a team (tests: one per laptop). */
  localName?: (team: string) => string
  publish?: (state: SyncState) => void
  onConnection?: (connection: SyncConnection | null) => void
  engine?: Partial<Pick<EngineOptions, 'pollMs' | 'probeMs' | 'onChunk' | 'compaction'>>
}

function defaultBase(): string {
  const origin =
    (import.meta.env.VITE_SYNC_ORIGIN as string | undefined) ?? globalThis.location?.origin
  return `${origin}/db`
}

/** The local replica's name: one PouchDB database per team in this browser. */
export const localName = (team: string) => `dsb-${team}`

/**
 * The sync chunk's entry (loaded with `import()` once a team is connected). See SyncApi in
 * domain/sync/types.ts for what each call does.
 */
export function createSyncApi(options: SyncApiOptions = {}): SyncApi & { stop(): Promise<void> } {
  const database = options.database ?? db
  const outbox: OutboxPort =
    options.outbox ??
    (database === db
      ? { read: readOutbox, deleteThrough: deleteOutboxThrough, count: countOutbox }
      : outboxOf(database))
  const transport: Transport = {
    base: options.base ?? defaultBase(),
    fetch: options.fetch ?? ((url, init) => fetch(url, init)),
  }
  const publish = options.publish ?? ((state) => useSyncStore.getState().setState(state))
  const onConnection = options.onConnection ?? ((c) => useSyncStore.getState().setConnection(c))
  const nameOf = options.localName ?? localName
  const team = options.team ?? appTeamPort
  let engine: SyncEngine | null = null
  let running: Promise<void> | null = null
  let pending: SyncConnection | null = null

  function remoteFor(team: string) {
    return quietInfoFailures(
      new PouchDB(`${transport.base}/${encodeURIComponent(team)}`, {
        skip_setup: true,
        fetch: (url, init) => transport.fetch(url, { ...init, credentials: 'same-origin' }),
      }),
    )
  }

  async function start(connection: SyncConnection, total: number): Promise<void> {
    await stop()
    setOutboxEnabled(true)
    const local = new PouchDB(nameOf(connection.team), {
      adapter: options.adapter ?? 'indexeddb',
      auto_compaction: false,
    })
    const replicaId = await (options.replicaId ?? getReplicaId)()
    const laptop = { database, outbox, local, replicaId, member: connection.username, team }
    const current = new SyncEngine(laptop, {
      remote: remoteFor(connection.team),
      publish,
      total,
      ...options.engine,
    })
    engine = current
    let started!: () => void
    const isStarted = new Promise<void>((resolve) => (started = resolve))
    running = holdTeamLock(connection.team, async () => {
      await current.start()
      started()
      await new Promise<void>((resolve) => (stopOne = resolve))
    })
    await isStarted
  }
  let stopOne: () => void = () => {}

  async function stop(): Promise<void> {
    if (!engine) return
    const current = engine
    engine = null
    await current.stop()
    stopOne()
    await running
  }

  async function begin(
    connection: SyncConnection,
    mode: 'merge' | 'replace',
    total: number,
  ): Promise<ConnectOutcome> {
    if (mode === 'replace') await clearReplicated(database)
    else await enqueueAllLocal(database)
    await markFirstSync(database, false)
    // A team that encrypts already: everything this browser sends is sealed from the start.
    await startSealed({ database, team })
    await saveConnection(database, connection)
    onConnection(connection)
    await start(connection, total)
    return { kind: 'connected' }
  }

  async function check(team: string) {
    const info = await teamInfo(transport, team)
    return info
  }

  return {
    async connect({ team: name, username, password }) {
      publish({ kind: 'connecting' })
      const session = await login(transport, username, password)
      if (!session.ok) return failed(session.reason, session.detail)
      const info = await check(name)
      if (!info.ok) return failed(info.reason, info.detail)
      const keys = await keysBeforeConnecting(name, username)
      if (typeof keys === 'string') return failed(keys)
      const connection = { team: name, username, connectedAt: new Date().toISOString() }
      const local = await localClientRefs(database)
      const teamDocs = local.length > 0 ? await teamYouthDocs(transport, name) : []
      const teamRefs = await Promise.all(teamDocs.map((doc) => clientRefOf(doc as SyncDoc)))
      if (local.length > 0 && teamRefs.length > 0) {
        pending = connection
        const mine = new Set(local)
        const onBoth = teamRefs
          .filter((ref): ref is string => ref !== undefined && mine.has(ref))
          .sort()
        publish({ kind: 'off' })
        return {
          kind: 'choose',
          choice: { localYouths: local.length, teamYouths: teamRefs.length, onBoth },
        }
      }
      return begin(connection, 'merge', info.docCount)
    },
    async chooseFirstConnection(choice) {
      if (!pending) return failed('login')
      const connection = pending
      pending = null
      const info = await check(connection.team)
      if (!info.ok) return failed(info.reason, info.detail)
      return begin(connection, choice, info.docCount)
    },
    async login(password) {
      const connection = await readConnection(database)
      if (!connection) return failed('login')
      const session = await login(transport, connection.username, password)
      if (!session.ok) return stillLoggedOut(session.reason, session.detail)
      const info = await check(connection.team)
      if (!info.ok) return stillLoggedOut(info.reason, info.detail)
      await start(connection, info.docCount)
      return { kind: 'connected' }
    },
    async resume() {
      const connection = await readConnection(database)
      if (!connection) return
      onConnection(connection)
      // Offline at app start is normal: replication retries; the total is learnt when reachable.
      const info = await check(connection.team)
      if (!info.ok && info.reason !== 'unreachable') {
        publish({
          kind: 'error',
          // At app start a 401 is a session that expired (log in again), a 403 lost rights.
          reason: info.detail === 'HTTP 401' ? 'login' : info.reason,
          waiting: await outbox.count(),
        })
        return
      }
      await start(connection, info.ok ? info.docCount : 0)
    },
    async disconnect() {
      const connection = await readConnection(database)
      await stop()
      setOutboxEnabled(false)
      await forgetConnection(database)
      await team.reset()
      if (connection)
        await new PouchDB(nameOf(connection.team), {
          adapter: options.adapter ?? 'indexeddb',
        }).destroy()
      onConnection(null)
      publish({ kind: 'off' })
    },
    stop,
  }

  /**
   * The team's encryption before anything is exchanged (docs/sync-design.md §7). A browser
   * that encrypts must be unlocked; it may join a team that encrypts (its key or, after
   * Teamsleutel openen, the team's), and it makes an empty team encrypt with its own key. A team
   * with plain data would receive its records readable: refused. Returns the refusal reason.
   */
  async function keysBeforeConnecting(
    name: string,
    username: string,
  ): Promise<'encrypted-here' | 'locked-here' | null> {
    const atRest = await team.atRest()
    if (atRest === 'locked') return 'locked-here'
    const server = await teamKeyState(transport, name)
    await team.reset()
    for (const doc of server.docs) await team.accept(doc as SyncDoc, username)
    if (atRest === 'off' || (await team.keys.config())?.encrypted) return null
    if (server.hasData) {
      await team.reset()
      return 'encrypted-here'
    }
    await team.adoptOwnKey(username)
    return null
  }

  /** A team youth's cliëntnummer for the first-connection choice; unknown while sealed here. */
  async function clientRefOf(doc: SyncDoc): Promise<string | undefined> {
    try {
      const data = (await openDocument(doc, team.keys)).data as { clientRef?: string } | undefined
      return data?.clientRef
    } catch {
      return undefined
    }
  }

  /**
   * Logging in again failed: the connection stays and so does its state (log in again, with
   * what waits), so the header and the form keep asking; `failed` would say "not connected".
   */
  async function stillLoggedOut(reason: SyncErrorReason, detail?: string): Promise<ConnectOutcome> {
    publish({ kind: 'error', reason: 'login', waiting: await outbox.count() })
    return detail === undefined ? { kind: 'error', reason } : { kind: 'error', reason, detail }
  }

  function failed(
    reason: ConnectOutcome extends infer O
      ? O extends { kind: 'error'; reason: infer R }
        ? R
        : never
      : never,
    detail?: string,
  ): ConnectOutcome {
    publish({ kind: 'off' })
    return detail === undefined ? { kind: 'error', reason } : { kind: 'error', reason, detail }
  }
}
