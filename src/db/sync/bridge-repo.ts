import type { SyncConnection } from '../../domain/sync/types'
import type { DoorstroomDatabase } from '../database'
import { writeRecordsIn } from './inbox-writes'
import {
  BRIDGED_TABLES,
  INBOX_TABLES,
  TEAM_SETTINGS_KEY,
  docIdOf,
  isBridgedTable,
  isPartedTable,
  keyFromOutbox,
} from './doc-map'
import { markIncoming } from './outbox-middleware'
import { partsOf } from './parted-records'
import type { IncomingDoc, OutgoingDoc, SyncMetaRecord, SyncOutboxRow } from './records'

import { DUPLICATE_PREFIX } from './duplicate-rows'

export { DUPLICATE_PREFIX }
export type { IncomingDoc, OutgoingDoc } from './records'

/**
 * The Dexie side of the bridge (docs/sync-design.md §4): local records as document bodies, and
 * documents from PouchDB written into Dexie with the bookkeeping that says how far the bridge
 * got, in one transaction. Takes the database as a parameter: two "laptops" in one test are two
 * Dexie databases.
 */

/** How far the inbox got in PouchDB's changes feed, and how many documents it wrote. */
export interface InboxPosition {
  seq: number | string
  applied: number
}

export const INBOX_META_ID = '_inbox'
export const FIRST_META_ID = '_first'
export const REFUSED_PREFIX = '_refused:'
export const NEWER_PREFIX = '_newer:'
/** Settings key of the team connection (local only, never the password). */
export const SYNC_SETTINGS_KEY = 'sync'

/**
 * The outbox rows' records as document bodies, one per document (the last row wins); a snapshot
 * or loaded file as the documents of its parts.
 */
export async function readOutgoing(
  database: DoorstroomDatabase,
  rows: readonly Pick<SyncOutboxRow, 'table' | 'key'>[],
): Promise<OutgoingDoc[]> {
  const wanted = new Map<
    string,
    { table: keyof typeof BRIDGED_TABLES; key: string | [string, string] }
  >()
  for (const row of rows) {
    if (!isBridgedTable(row.table)) continue
    if (row.table === 'settings' && row.key !== TEAM_SETTINGS_KEY) continue
    const key = keyFromOutbox(row.table, row.key)
    if (key !== null) wanted.set(docIdOf(row.table, key), { table: row.table, key })
  }
  const ids = [...wanted.keys()]
  return database.transaction('r', [...Object.keys(BRIDGED_TABLES), 'syncMeta'], async () => {
    const metas = await database.syncMeta.bulkGet(ids)
    const docs = await Promise.all(
      [...wanted].map(async ([docId, { table, key }], i) => {
        const record: unknown = await database.table(table).get(key)
        const out = { docId, type: BRIDGED_TABLES[table], data: record ?? null, rev: metas[i]?.rev }
        return isPartedTable(table) ? partsOf(database, out) : [out]
      }),
    )
    return docs.flat()
  })
}

export async function readMeta(
  database: DoorstroomDatabase,
  ids: readonly string[],
): Promise<(SyncMetaRecord | undefined)[]> {
  return database.syncMeta.bulkGet([...ids])
}

/** Remembers the revisions this laptop put into PouchDB (own revisions coming back are skipped). */
export async function recordRevs(
  database: DoorstroomDatabase,
  revs: readonly [string, string][],
): Promise<void> {
  await database.syncMeta.bulkPut(revs.map(([id, rev]) => ({ id, rev })))
}

export async function readInboxPosition(database: DoorstroomDatabase): Promise<InboxPosition> {
  const meta = await database.syncMeta.get(INBOX_META_ID)
  return {
    seq: (meta?.seq as number | string | undefined) ?? 0,
    applied: (meta?.applied as number | undefined) ?? 0,
  }
}

/**
 * Writes documents into Dexie together with their revisions and, when given, the inbox
 * position — in one transaction, so a reload resumes exactly after the last chunk that
 * committed. A youth whose cliëntnummer another youth here has is kept as a duplicate conflict.
 */
export async function applyIncoming(
  database: DoorstroomDatabase,
  docs: readonly IncomingDoc[],
  position?: InboxPosition,
): Promise<void> {
  await database.transaction('rw', [...INBOX_TABLES, 'syncOutbox'], async (tx) => {
    // Records equal to their documents: no outbox rows (the drain would find nothing to send).
    markIncoming(tx.idbtrans)
    const metas = await database.syncMeta.bulkGet(docs.map((d) => d.docId))
    // A youth with a cliëntnummer here (docs/sync-design.md §6) waits as a duplicate; while one
    // does, each youth written may free it (a merge or a renumbering on another laptop).
    await writeRecordsIn(tx, database, docs, metas)
    await database.syncMeta.bulkPut(
      docs.map((doc, i) => ({ ...metas[i], id: doc.docId, rev: doc.rev })),
    )
    if (position) await database.syncMeta.put({ id: INBOX_META_ID, ...position })
  })
}

/**
 * First upload of a browser that already has data: every bridged record goes into the outbox
 * (the audit lines are packed from the start of the log anyway), in one transaction.
 */
export async function enqueueAllLocal(database: DoorstroomDatabase): Promise<number> {
  return database.transaction('rw', [...Object.keys(BRIDGED_TABLES), 'syncOutbox'], async () => {
    const rows: SyncOutboxRow[] = []
    for (const table of Object.keys(BRIDGED_TABLES)) {
      const keys = await database.table(table).toCollection().primaryKeys()
      for (const key of keys) {
        if (table === 'settings' && key !== TEAM_SETTINGS_KEY) continue
        rows.push({ table, key: typeof key === 'string' ? key : JSON.stringify(key) })
      }
    }
    await database.syncOutbox.bulkAdd(rows)
    return rows.length
  })
}

/**
 * "Gegevens van het team overnemen": the bridged tables (snapshots and loaded files too) and the
 * audit log are emptied (the screens offer a back-up first), with the outbox and bookkeeping,
 * so the team's data arrives into an empty board.
 */
export async function clearReplicated(database: DoorstroomDatabase): Promise<void> {
  await database.transaction('rw', [...INBOX_TABLES, 'syncOutbox'], async () => {
    for (const table of Object.keys(BRIDGED_TABLES)) {
      if (table === 'settings') await database.settings.delete(TEAM_SETTINGS_KEY)
      else await database.table(table).clear()
    }
    await database.audit.clear()
    await database.syncMeta.clear()
    await database.syncOutbox.clear()
  })
}

/** What the first-connection choice shows of this browser: its youths and cliëntnummers. */
export async function localClientRefs(database: DoorstroomDatabase): Promise<string[]> {
  return (await database.youths.orderBy('clientRef').keys()) as string[]
}

/** Whether this browser finished its first exchange with the team (a reload resumes before). */
export async function isFirstSyncDone(database: DoorstroomDatabase): Promise<boolean> {
  return (await readFirstSync(database)).done
}

/**
 * How far the first download got (docs/sync-design.md §13): `done` once the board is complete;
 * `history` while the team's history still comes; `since`, the server's position before the
 * download began, where live replication takes over once both parts are in.
 */
export interface FirstSync {
  done: boolean
  history?: 'pending' | 'done'
  since?: number | string
  /** This laptop wrote into its replica during the download: its push walks everything. */
  localWrites?: true
  /** Else the replica's end after the download, where the push starts. */
  pushSince?: number | string
}

export async function readFirstSync(database: DoorstroomDatabase): Promise<FirstSync> {
  const meta = await database.syncMeta.get(FIRST_META_ID)
  const { id: _id, rev: _rev, ...rest } = meta ?? { id: FIRST_META_ID }
  return { ...(rest as Partial<FirstSync>), done: meta?.done === true }
}

/** Changes some of the first download's bookkeeping, keeping the rest (one transaction). */
export async function updateFirstSync(
  database: DoorstroomDatabase,
  patch: Partial<FirstSync>,
): Promise<void> {
  await database.transaction('rw', database.syncMeta, async () => {
    const first = await readFirstSync(database)
    await database.syncMeta.put({ ...first, ...patch, id: FIRST_META_ID })
  })
}

export async function markFirstSync(
  database: DoorstroomDatabase,
  done: boolean,
  more: Omit<FirstSync, 'done'> = {},
): Promise<void> {
  await database.syncMeta.put({ id: FIRST_META_ID, done, ...more })
}

/** A document the server refused (kept locally, listed) or one of a newer app version. */
export async function recordProblem(
  database: DoorstroomDatabase,
  prefix: typeof REFUSED_PREFIX | typeof NEWER_PREFIX,
  docId: string,
  reason: string,
): Promise<void> {
  await database.syncMeta.put({ id: `${prefix}${docId}`, reason })
}

export async function listProblems(
  database: DoorstroomDatabase,
  prefix: typeof REFUSED_PREFIX | typeof NEWER_PREFIX | typeof DUPLICATE_PREFIX,
): Promise<SyncMetaRecord[]> {
  return database.syncMeta.where('id').startsWith(prefix).toArray()
}

export async function readConnection(database: DoorstroomDatabase): Promise<SyncConnection | null> {
  const record = await database.settings.get(SYNC_SETTINGS_KEY)
  return (record?.value as SyncConnection | undefined) ?? null
}

export async function saveConnection(
  database: DoorstroomDatabase,
  connection: SyncConnection,
): Promise<void> {
  await database.settings.put({ key: SYNC_SETTINGS_KEY, value: connection })
}

/** Verbinding verbreken: forgets the team and the bookkeeping; the local data stays. */
export async function forgetConnection(database: DoorstroomDatabase): Promise<void> {
  await database.transaction(
    'rw',
    database.settings,
    database.syncMeta,
    database.syncOutbox,
    async () => {
      await database.settings.delete(SYNC_SETTINGS_KEY)
      await database.syncMeta.clear()
      await database.syncOutbox.clear()
    },
  )
}

/** The outbox of any database (the app's own goes through outbox.ts; a test's second laptop here). */
export function outboxOf(database: DoorstroomDatabase) {
  return {
    read: async (limit: number) =>
      (await database.syncOutbox
        .orderBy(':id')
        .limit(limit)
        .toArray()) as Required<SyncOutboxRow>[],
    deleteThrough: async (seq: number) => {
      await database.syncOutbox.where(':id').belowOrEqual(seq).delete()
    },
    count: () => database.syncOutbox.count(),
  }
}
