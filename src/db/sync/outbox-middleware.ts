import type Dexie from 'dexie'
import {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie'
import { onTablesWritten } from '../writes-watch'
import type { SyncOutboxRow } from './records'

/** The outbox table (schema v7). */
export const OUTBOX_TABLE = 'syncOutbox'

/**
 * Tables whose records become documents (docs/sync-design.md §2). The audit log is not here:
 * the bridge packs its lines by local id. Of `settings` only the key `app` (the team's
 * settings) replicates; the others belong to this browser.
 */
const REPLICATED_TABLES: ReadonlySet<string> = new Set([
  'youths',
  'reviews',
  'reviewItems',
  'snapshots',
  'reportNotes',
  'exchangeFiles',
  'agreements',
  'receivedAgreements',
  'agreementSources',
  'settings',
])
const REPLICATED_SETTINGS_KEY = 'app'

/** Settings key of the team connection (`SyncConnection`, local only); absent: no team. */
export const SYNC_SETTINGS_KEY = 'sync'

let enabled = false

/**
 * Whether writes are recorded in the outbox: only while a team is connected (the database
 * reads settings `sync` when it opens; the sync chunk switches it on connect and disconnect).
 */
export function setOutboxEnabled(on: boolean): void {
  enabled = on
}

export function isOutboxEnabled(): boolean {
  return enabled
}

/**
 * Keeps the switch in step with settings `sync` in every tab: read when the database opens,
 * and again after any change to the settings, here or in another tab (Dexie's
 * `storagemutated`, which reaches other tabs through its BroadcastChannel), so a tab that was
 * open when another one connected or disconnected the team follows.
 */
export function followSyncSetting(database: Dexie): void {
  const read = async (settings: Dexie['tables'][number]) => {
    setOutboxEnabled((await settings.get(SYNC_SETTINGS_KEY)) !== undefined)
  }
  database.on('ready', (vip) => read(vip.table('settings')), true)
  onTablesWritten(database, ['settings'], () => {
    // A read that fails (the database closing) changes nothing; the next open reads again.
    if (database.isOpen()) read(database.table('settings')).catch(() => undefined)
  })
}

/** Transactions that write what came from the team: their writes need no outbox row. */
const incomingTransactions = new WeakSet<object>()

/**
 * Marks a read-write transaction as the inbox's: its records equal their documents, so the drain
 * would read each one back only to find nothing to send (measured: the bridge cost several
 * times PouchDB's own download in a first sync — README, "Team sync through the app").
 */
export function markIncoming(transaction: IDBTransaction): void {
  incomingTransactions.add(transaction)
}

/** A primary key as the outbox stores it: strings as they are, compound keys as JSON text. */
function outboxKey(key: unknown): string {
  return typeof key === 'string' ? key : JSON.stringify(key)
}

function replicatedKey(table: string, key: unknown): boolean {
  return table !== 'settings' || key === REPLICATED_SETTINGS_KEY
}

/** Whether the IndexedDB transaction's scope holds the outbox (fixed when it started). */
function scopeHasOutbox(trans: DBCoreTransaction): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames
  return names?.contains(OUTBOX_TABLE) ?? false
}

/** The keys this request wrote or deleted, without those whose request failed. */
function writtenKeys(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  res: DBCoreMutateResponse,
): unknown[] {
  const failed = (i: number) => res.failures[i] !== undefined
  switch (req.type) {
    case 'add':
    case 'put': {
      const extract = table.schema.primaryKey.extractKey
      const keys: readonly unknown[] =
        req.keys ?? (extract ? req.values.map(extract) : (res.results ?? []))
      return keys.filter((_, i) => !failed(i))
    }
    case 'delete':
      return (req.keys as readonly unknown[]).filter((_, i) => !failed(i))
    case 'deleteRange':
      return []
  }
}

/**
 * The outbox (docs/sync-design.md §4): every write to a replicated table appends `{ table,
 * key }` to `syncOutbox` in the same IndexedDB transaction, so an edit made offline, before the
 * sync chunk loaded or just before a crash is never forgotten, and a failed transaction leaves
 * no row. An IndexedDB transaction's scope is fixed when it starts, so every read-write
 * transaction naming a replicated table is widened by the outbox (as Dexie.Observable did for
 * its `_changes` table).
 *
 * Above Dexie's observability layer (level 0): the outbox rows are ordinary changes, so the
 * bridge and the header can watch the table. The rows hold only table and key, never personal
 * data, so nothing needs sealing (the encryption middleware passes them unchanged).
 */
export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sync-outbox',
  level: 1,
  create(core) {
    const wrapped = new Map<string, DBCoreTable>()
    const wrap = (table: DBCoreTable): DBCoreTable => ({
      ...table,
      async mutate(req) {
        if (!enabled || !scopeHasOutbox(req.trans) || incomingTransactions.has(req.trans)) {
          return table.mutate(req)
        }
        // A range delete (`clear()`, `where(…).delete()`) names no keys: read them first.
        const ranged: readonly unknown[] =
          req.type === 'deleteRange'
            ? (
                await table.query({
                  trans: req.trans,
                  values: false,
                  query: { index: table.schema.primaryKey, range: req.range },
                })
              ).result
            : []
        const res = await table.mutate(req)
        const keys = [...ranged, ...writtenKeys(table, req, res)]
        const rows: SyncOutboxRow[] = keys
          .filter((key) => replicatedKey(table.name, key))
          .map((key) => ({ table: table.name, key: outboxKey(key) }))
        if (rows.length === 0) return res
        const added = await core
          .table(OUTBOX_TABLE)
          .mutate({ trans: req.trans, type: 'add', values: rows })
        if (added.numFailures > 0) {
          // The write must not commit without its row, even if a caller catches the error.
          ;(req.trans as Partial<IDBTransaction>).abort?.()
          throw Object.values(added.failures)[0] ?? new Error('Outbox row not written')
        }
        return res
      },
    })
    return {
      ...core,
      transaction(stores, mode, options) {
        const widen =
          enabled &&
          mode === 'readwrite' &&
          !stores.includes(OUTBOX_TABLE) &&
          stores.some((name) => REPLICATED_TABLES.has(name))
        return core.transaction(widen ? [...stores, OUTBOX_TABLE] : stores, mode, options)
      },
      table(name) {
        const table = core.table(name)
        if (!REPLICATED_TABLES.has(name)) return table
        let own = wrapped.get(name)
        if (!own) wrapped.set(name, (own = wrap(table)))
        return own
      },
    }
  },
}
