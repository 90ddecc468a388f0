import type { Transaction } from 'dexie'
import type { DoorstroomDatabase } from '../database'
import type { StoredYouth } from '../youth-record'
import { addIncomingPack } from './audit-packs'
import { anyWaiting, DUPLICATE_PREFIX, putIncomingYouth, settleWaiting } from './duplicate-rows'
import { recordOfDocId } from './doc-map'
import type { IncomingDoc, SyncMetaRecord } from './records'

/**
 * Writes one inbox chunk's records into Dexie, inside the inbox transaction. Plain puts go as
 * one `bulkPut` per table: one request per record awaited in turn cost most of the bridge's
 * time in a first download (README, "Team sync through the app"). Whatever needs a decision
 * goes one at a time after them, in the chunk's order: deletions, audit packs, parts, a youth
 * whose cliëntnummer another youth here (or earlier in the chunk) has, and every youth while a
 * duplicate waits (each write may free it).
 */
export async function writeRecordsIn(
  tx: Transaction,
  database: DoorstroomDatabase,
  docs: readonly IncomingDoc[],
  metas: readonly (SyncMetaRecord | undefined)[],
): Promise<void> {
  const waiting = { any: await anyWaiting(database) }
  const oneByOne = waiting.any ? docs.map((_, i) => i) : await bulkWrite(database, docs)
  for (const i of oneByOne) {
    const doc = docs[i]
    if (doc) await writeRecordIn(tx, database, doc, metas[i], waiting)
  }
}

/** Puts the chunk's plain records per table; returns the indexes left to write one by one. */
async function bulkWrite(
  database: DoorstroomDatabase,
  docs: readonly IncomingDoc[],
): Promise<number[]> {
  const rest: number[] = []
  const youths: { index: number; youth: StoredYouth }[] = []
  const perTable = new Map<string, unknown[]>()
  for (const [index, doc] of docs.entries()) {
    const target = doc.type === 'audit' ? null : recordOfDocId(doc.docId)
    if (doc.type === 'audit' || doc.partOnly || doc.data === null || !target) {
      if (doc.type === 'audit' || (target && !doc.partOnly)) rest.push(index)
      continue
    }
    if (target.table === 'youths') youths.push({ index, youth: doc.data as StoredYouth })
    else {
      const records = perTable.get(target.table) ?? []
      records.push(doc.data)
      perTable.set(target.table, records)
    }
  }
  for (const [table, records] of perTable) await database.table(table).bulkPut(records)
  // Which youth here holds each cliëntnummer: one that another youth holds waits for its turn.
  const refs = youths.map(({ youth }) => youth.clientRef)
  const holders = await database.youths.where('clientRef').anyOf(refs).toArray()
  const holderOf = new Map(holders.map((h) => [h.clientRef, h.id]))
  const taken = new Set<string>()
  const plain: StoredYouth[] = []
  for (const { index, youth } of youths) {
    const holder = holderOf.get(youth.clientRef)
    if ((holder !== undefined && holder !== youth.id) || taken.has(youth.clientRef)) {
      rest.push(index)
      continue
    }
    taken.add(youth.clientRef)
    plain.push(youth)
  }
  await database.youths.bulkPut(plain)
  return rest.sort((a, b) => a - b)
}

async function writeRecordIn(
  tx: Transaction,
  database: DoorstroomDatabase,
  doc: IncomingDoc,
  known: SyncMetaRecord | undefined,
  waiting: { any: boolean },
): Promise<void> {
  if (doc.type === 'audit') {
    await addIncomingPack(tx, known, doc.data)
    return
  }
  const target = recordOfDocId(doc.docId)
  if (!target || doc.partOnly) return
  const table = database.table(target.table)
  if (doc.data === null) {
    await table.delete(target.key)
    if (target.table === 'youths' && waiting.any) {
      // Deleted by the team (merged into another youth there): it waits no more, and a youth
      // that waited on it has its cliëntnummer free.
      await database.syncMeta.delete(`${DUPLICATE_PREFIX}${doc.docId}`)
      await settleWaiting(database, target.key as string)
    }
    return
  }
  if (target.table !== 'youths') {
    await table.put(doc.data)
    return
  }
  if (await putIncomingYouth(database, doc.docId, doc.data as StoredYouth)) waiting.any = true
  if (waiting.any) await settleWaiting(database, target.key as string)
}
