import type PouchDB from 'pouchdb-browser'
import type { Doc } from 'pouchdb-browser'
import type { DoorstroomDatabase } from '../db/database'
import { openDocument, sealDocument, TeamLockedError } from '../db/encryption/team-seal'
import { markAuditPacked, readUnpackedAudit } from '../db/sync/audit-packs'
import {
  NEWER_PREFIX,
  applyIncoming,
  readOutgoing,
  recordProblem,
  recordRevs,
  type OutgoingDoc,
} from '../db/sync/bridge-repo'
import { mergeDocData, sameData } from '../domain/sync/merge-doc'
import { DOC_LAYOUT, type SyncDoc } from '../domain/sync/types'
import type { TeamPort } from './team-port'

/** The outbox as the bridge reads it (outbox.ts for the app's database). */
export interface OutboxPort {
  read(limit: number): Promise<{ seq: number; table: string; key: string }[]>
  deleteThrough(seq: number): Promise<void>
  count(): Promise<number>
}

export interface Laptop {
  database: DoorstroomDatabase
  outbox: OutboxPort
  local: PouchDB
  replicaId: string
  /** CouchDB user name: the `by` of every revision this laptop writes. */
  member: string
  /** The team's encryption: what seals and opens documents, and when the bridge waits. */
  team: TeamPort
}

const OUTBOX_CHUNK = 500

async function current(local: PouchDB, id: string): Promise<Doc | null> {
  try {
    return await local.get(id)
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}

async function dataAt(laptop: Laptop, id: string, rev: string | undefined): Promise<unknown> {
  if (!rev) return null
  let stored: SyncDoc
  try {
    stored = (await laptop.local.get(id, { rev })) as unknown as SyncDoc
  } catch {
    return null
  }
  try {
    const doc = await openDocument(stored, laptop.team.keys)
    return doc._deleted ? null : doc.data
  } catch (error) {
    // Without the team key the round stops and the bridge waits (engine.ts); a body that does
    // not open (changed on the way) counts as unreadable, like a compacted revision.
    if (error instanceof TeamLockedError) throw error
    return null
  }
}

/**
 * One local record into PouchDB, on the revision last exchanged. Loop avoidance by content:
 * a record equal to that revision (the inbox wrote it) puts nothing. When PouchDB already holds a
 * newer revision the inbox has not written yet, the local edit is merged into it right here
 * (ancestor: the last exchanged revision) and the merged record is written back to Dexie.
 * Returns how many documents it put.
 */
async function pushOne(laptop: Laptop, out: OutgoingDoc, newer: string[]): Promise<number> {
  const { local, database, member } = laptop
  const head = await current(local, out.docId)
  if (head && typeof head.layout === 'number' && head.layout > DOC_LAYOUT) {
    // Written by a newer app: never overwritten; the local record stays in Dexie (§8).
    await recordProblem(database, NEWER_PREFIX, out.docId, 'local edit not sent')
    newer.push(out.docId)
    return 0
  }
  const headData = head ? await dataAt(laptop, out.docId, head._rev) : null
  if (!head && out.data === null) return 0
  // With team encryption on, a plain document on the server is written again, sealed.
  const reseal =
    head && !head._deleted && !head.sealed && (await laptop.team.keys.config())?.encrypted
  if (head && sameData(headData, out.data) && !reseal) {
    if (out.rev !== head._rev) await recordRevs(database, [[out.docId, head._rev as string]])
    return 0
  }
  let data = out.data
  // A part of a snapshot or loaded file is written whole, never merged: the record loaded or
  // closed here last is the one the team gets (parts.ts keeps parts of two wholes apart).
  const parted = out.type === 'snapshot' || out.type === 'exchangeFile'
  const ahead = head && out.rev !== head._rev && !parted
  if (ahead && data !== null) {
    const ancestor = await dataAt(laptop, out.docId, out.rev)
    const now = new Date().toISOString()
    data = mergeDocData(
      out.type,
      ancestor,
      { data: headData, by: String(head.by), at: '', rev: head._rev as string },
      { data, by: member, at: now, rev: 'local' },
    ).data
  }
  const base = { _id: out.docId, type: out.type, layout: DOC_LAYOUT, by: member }
  const body: SyncDoc =
    data === null
      ? { ...base, _rev: head?._rev, _deleted: true }
      : { ...base, ...(head ? { _rev: head._rev } : {}), data }
  const result = await local.put((await sealDocument(body, laptop.team.keys)) as unknown as Doc)
  const rev = result.rev as string
  if (ahead) await applyIncoming(database, [{ docId: out.docId, type: out.type, rev, data }])
  else await recordRevs(database, [[out.docId, rev]])
  return 1
}

/** This laptop's unpacked audit lines as immutable packs; a pack already there (409) is kept. */
async function pushAudit(laptop: Laptop): Promise<number> {
  let written = 0
  for (;;) {
    const { packs, through } = await readUnpackedAudit(laptop.database, laptop.replicaId)
    const revs: [string, string][] = []
    for (const pack of packs) {
      const doc: SyncDoc = {
        _id: pack.docId,
        type: 'audit',
        layout: DOC_LAYOUT,
        by: laptop.member,
        data: pack.data,
      }
      try {
        const sealed = await sealDocument(doc, laptop.team.keys)
        const result = await laptop.local.put(sealed as unknown as Doc)
        revs.push([pack.docId, result.rev as string])
        written += 1
      } catch (error) {
        if ((error as { status?: number }).status !== 409) throw error
        revs.push([pack.docId, (await laptop.local.get(pack.docId))._rev as string])
      }
    }
    const before = (await laptop.database.syncMeta.get('_audit'))?.pushedThrough
    if (through === before) return written
    await markAuditPacked(laptop.database, through, revs)
  }
}

/**
 * Drains the outbox in order into PouchDB, then packs new audit lines. Rows are deleted only
 * after their documents are in PouchDB, so a crash in between puts them again (equal content:
 * nothing written). Returns how many documents were put and which have a newer layout.
 */
export async function drainOutbox(laptop: Laptop): Promise<{ written: number; newer: string[] }> {
  let written = 0
  const newer: string[] = []
  for (;;) {
    const rows = await laptop.outbox.read(OUTBOX_CHUNK)
    const last = rows.at(-1)
    if (!last) break
    for (const out of await readOutgoing(laptop.database, rows)) {
      written += await pushOne(laptop, out, newer)
    }
    await laptop.outbox.deleteThrough(last.seq)
  }
  written += await pushAudit(laptop)
  return { written, newer }
}
