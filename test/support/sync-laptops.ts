/**
 * Two (or more) "laptops" in one test: each a Dexie database of its own, a local PouchDB (the
 * memory adapter: pouchdb-adapter-indexeddb does not run on fake-indexeddb) and the sync API,
 * talking to a real pouchdb-server (sync-server.mjs) set up as in production (setup.mjs). Node's
 * fetch keeps no cookies, so each laptop carries its own session cookie like a browser would.
 */
import './pouchdb-node'
import PouchDB from 'pouchdb-browser'
import memory from 'pouchdb-adapter-memory'
import type { Fetch } from 'pouchdb-browser'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { setupTeam } from '../../scripts/sync/setup.mjs'
import { startSyncServer, type SyncServer } from './sync-server.mjs'
import { db, DoorstroomDatabase } from '../../src/db/database'
import { loadedReplicaId } from '../../src/db/sync/audit-uids'
import type { SyncState } from '../../src/domain/sync/types'
import { createSyncApi, type SyncApiOptions } from '../../src/sync'
import { storedYouth, type StoredYouth } from '../../src/db/youth-record'
import { makeAssessment } from '../factories/assessment'
import { makeYouth } from '../factories/youth'

PouchDB.plugin(memory)

export const PASSWORDS: Record<string, string> = { anna: 'wachtwoord-anna', bo: 'wachtwoord-bo' }

/**
 * A fetch that keeps the server's session cookie, as the browser does for its origin. Once the
 * laptop is closed its requests never answer, like those of a closed tab (PouchDB leaves a late
 * `info()` of a cancelled replication unawaited; failing it would be an unhandled rejection).
 */
export function cookieFetch(): Fetch & { close(): void } {
  let cookie = ''
  let closed = false
  const jar = async (url: string | Request, init?: RequestInit) => {
    if (closed) return new Promise<Response>(() => {})
    const headers = new Headers(init?.headers)
    if (cookie) headers.set('Cookie', cookie)
    const response = await fetch(url, { ...init, headers })
    const set = response.headers.get('set-cookie')
    if (set) cookie = set.split(';')[0] ?? ''
    return response
  }
  return Object.assign(jar, { close: () => (closed = true) })
}

let laptopCount = 0

export interface TestLaptop {
  name: string
  member: string
  database: DoorstroomDatabase
  states: SyncState[]
  api: ReturnType<typeof createSyncApi>
  /** A new sync API on the same databases: what a reload of the page gives. */
  reload(engine?: SyncApiOptions['engine']): ReturnType<typeof createSyncApi>
  last: () => SyncState | undefined
  /** Stops syncing and closes the laptop's connection to the server. */
  close: () => Promise<void>
}

/** The first laptop uses the app's own database (db), the others databases of their own. */
export function makeLaptop(
  base: string,
  member: string,
  options: { own?: boolean; engine?: SyncApiOptions['engine']; team?: SyncApiOptions['team'] } = {},
): TestLaptop {
  laptopCount += 1
  const name = `laptop-${laptopCount}`
  const database = options.own ? db : new DoorstroomDatabase(name)
  const states: SyncState[] = []
  // One cookie jar per laptop: a reload keeps the session, as the browser does.
  const jar = cookieFetch()
  const make = (engine?: SyncApiOptions['engine']) =>
    createSyncApi({
      base,
      fetch: jar,
      adapter: 'memory',
      database,
      localName: (team) => `${name}-${team}`,
      // The id the database's audit hook stamps its lines with (audit-uids.ts).
      replicaId: async () => {
        await database.open()
        return loadedReplicaId(database) ?? 'no-replica-id'
      },
      publish: (state) => states.push(state),
      ...(options.team ? { team: options.team } : {}),
      onConnection: () => {},
      engine: { pollMs: 100, probeMs: 500, ...engine },
    })
  const laptop: TestLaptop = {
    name,
    member,
    database,
    states,
    api: make(options.engine),
    reload(engine) {
      laptop.api = make(engine)
      return laptop.api
    },
    last: () => states.at(-1),
    close: async () => {
      await laptop.api.stop()
      jar.close()
    },
  }
  return laptop
}

/**
 * Writes a record as the app does with sync on. On the app's own database the outbox
 * middleware (src/db/sync/outbox-middleware.ts) adds the outbox row; the other laptops'
 * databases do not have it installed, so the row is added here in the same transaction.
 */
export async function edit(
  laptop: TestLaptop,
  table: 'youths' | 'settings' | 'reviews' | 'receivedAgreements',
  record: StoredYouth | Record<string, unknown>,
): Promise<void> {
  const database = laptop.database
  if (database === db) {
    await database.table(table).put(record)
    return
  }
  const key = table === 'settings' ? (record as { key: string }).key : (record as { id: string }).id
  await database.transaction('rw', database.table(table), database.syncOutbox, async () => {
    await database.table(table).put(record)
    await database.syncOutbox.add({ table, key })
  })
}

/** Waits until `check` holds (polling), or fails with what it last saw. */
export async function until<T>(
  what: string,
  read: () => Promise<T> | T,
  check: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const end = Date.now() + timeoutMs
  let value = await read()
  while (!check(value)) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    value = await read()
  }
  return value
}

let teamCount = 0

/** A fresh team on the server with anna and bo as members (scripts/sync/setup.mjs). */
export async function newTeam(server: { url: string; admin: { name: string; password: string } }) {
  teamCount += 1
  const team = `team-${teamCount}`
  await setupTeam({
    url: server.url,
    team,
    admin: server.admin,
    members: Object.entries(PASSWORDS).map(([name, password]) => ({ name, password })),
  })
  const connect = (laptop: TestLaptop, password = PASSWORDS[laptop.member] ?? '') =>
    laptop.api.connect({ team, username: laptop.member, password })
  return { team, connect }
}

/** Waits for the laptop's header state to say Bijgewerkt. */
export const idle = (laptop: TestLaptop) =>
  until(`${laptop.name} idle`, laptop.last, (s) => s?.kind === 'idle', 15_000)

/** Stops every laptop and removes the databases of its own. */
export async function closeLaptops(laptops: TestLaptop[]) {
  for (const laptop of laptops.splice(0)) {
    await laptop.close()
    if (laptop.database !== db) await laptop.database.delete()
  }
  // Requests a cancelled replication already sent (PouchDB 9 reads the server's info after each
  // batch without handling a failure) get their answer before a test may stop the server.
  await new Promise((resolve) => setTimeout(resolve, 500))
}

/** Youth n (id `y<n>`, cliëntnummer `K-<n>`) as stored, with an oranje Wonen. */
export const youth = (n: number, over: Partial<StoredYouth> = {}): StoredYouth => ({
  ...storedYouth(makeYouth({ id: `y${n}`, clientRef: `K-${n}`, displayName: `Jongere ${n}` }), [
    makeAssessment({ youthId: `y${n}` }),
  ]),
  ...over,
})

/** The youth as stored on this laptop (the test fails when it is not there). */
export async function storedOn(laptop: TestLaptop, id: string): Promise<StoredYouth> {
  const found = await laptop.database.youths.get(id)
  if (!found) throw new Error(`${id} is not on ${laptop.name}`)
  return found
}

/**
 * One real pouchdb-server for a test file, and the laptops its tests open (closed after each
 * test). Call once at the top of the file; `server` is there once the file's tests run.
 */
export function syncServerPerFile(): { readonly server: SyncServer; laptops: TestLaptop[] } {
  let started: SyncServer | undefined
  const laptops: TestLaptop[] = []
  beforeAll(async () => {
    started = await startSyncServer()
  }, 30_000)
  afterAll(async () => {
    await started?.stop()
  })
  afterEach(() => closeLaptops(laptops))
  return {
    get server() {
      if (!started) throw new Error('The sync server starts before the tests of this file')
      return started
    },
    laptops,
  }
}
