import type { Doc } from 'pouchdb-browser'
import { openDocument, TeamSealError } from '../db/encryption/team-seal'
import {
  NEWER_PREFIX,
  REFUSED_PREFIX,
  applyIncoming,
  readInboxPosition,
  readMeta,
  recordProblem,
  type IncomingDoc,
} from '../db/sync/bridge-repo'
import { memberOfKeySlotId, TEAM_CONFIG_ID } from '../domain/sync/team-keys'
import { SEALED_REASON } from '../db/sync/team-bridge-repo'
import { DOC_LAYOUT, type SyncDoc } from '../domain/sync/types'
import type { Laptop } from './outbox-drain'
import { joinParts } from './parts-inbox'
import { resolveConflict } from './resolve'

/** Documents written into Dexie per transaction: a reload resumes after the last one. */
export const INBOX_CHUNK = 1_000

export interface InboxRound {
  /** Documents written into Dexie in this round. */
  written: number
  /** Documents kept in PouchDB because a newer app wrote them. */
  newer: string[]
  /** The running count of documents written since the connection (the download's n). */
  applied: number
  /** Conflicted documents merged into a new local revision (to be pushed). */
  resolved: number
}

/** One change as a record to write, or null when Dexie already has it (or must not). */
async function incoming(
  laptop: Laptop,
  doc: Doc,
  knownRev: string | undefined,
  newer: string[],
  resolved: { count: number },
): Promise<IncomingDoc | null> {
  if (doc._id.startsWith('_design/')) return null
  if (!doc._deleted && typeof doc.layout === 'number' && doc.layout > DOC_LAYOUT) {
    // A newer app's document: kept in PouchDB, never written here nor back (§8).
    await recordProblem(laptop.database, NEWER_PREFIX, doc._id, `layout ${doc.layout}`)
    newer.push(doc._id)
    return null
  }
  const conflicted = (doc._conflicts?.length ?? 0) > 0
  // Its own revision coming back, or one the inbox wrote already.
  if (knownRev === doc._rev && !conflicted) return null
  const type =
    (doc.type as SyncDoc['type'] | undefined) ?? (doc._id.split(':')[0] as SyncDoc['type'])
  if (conflicted) {
    resolved.count += 1
    const { rev, data } = await resolveConflict(laptop.local, doc, laptop.member, laptop.team.keys)
    if (isTeamDoc(doc._id)) await acceptTeamDoc(laptop, doc, data)
    return { docId: doc._id, type, rev, data }
  }
  if (isTeamDoc(doc._id)) {
    // The team's key documents go to the team state, not into a table (never sealed).
    await acceptTeamDoc(laptop, doc, doc._deleted ? null : doc.data)
    return { docId: doc._id, type, rev: doc._rev as string, data: null }
  }
  if (doc._deleted)
    return knownRev === undefined
      ? null
      : { docId: doc._id, type, rev: doc._rev as string, data: null }
  try {
    const open = await openDocument(doc as unknown as SyncDoc, laptop.team.keys)
    return { docId: doc._id, type, rev: doc._rev as string, data: open.data }
  } catch (error) {
    // Changed on the way or moved from another id: not taken in, listed like a refused record.
    // TeamLockedError goes up: the round stops before this chunk and the bridge waits.
    if (!(error instanceof TeamSealError)) throw error
    await recordProblem(laptop.database, REFUSED_PREFIX, doc._id, SEALED_REASON)
    return null
  }
}

export function isTeamDoc(id: string): boolean {
  return id === TEAM_CONFIG_ID || memberOfKeySlotId(id) !== null
}

async function acceptTeamDoc(laptop: Laptop, doc: Doc, data: unknown): Promise<void> {
  const envelope = doc as unknown as SyncDoc
  await laptop.team.accept(
    data === null ? { ...envelope, _deleted: true } : { ...envelope, data },
    laptop.member,
  )
}

/**
 * Follows PouchDB's local changes from the last position and writes what is new into Dexie,
 * 1,000 documents per transaction with the position (so a reload resumes where the last chunk
 * committed). Conflicted documents are merged first (resolve.ts). `onChunk` hears the running
 * count after each chunk and may stop the round (the download's progress; tests stop there).
 */
export async function pumpInbox(
  laptop: Laptop,
  onChunk: (applied: number) => boolean | undefined = () => undefined,
): Promise<InboxRound> {
  const position = await readInboxPosition(laptop.database)
  let { seq, applied } = position
  let written = 0
  const newer: string[] = []
  const resolved = { count: 0 }
  for (;;) {
    const changes = await laptop.local.changes({
      since: seq,
      limit: INBOX_CHUNK,
      include_docs: true,
      conflicts: true,
    })
    if (changes.results.length === 0) break
    const docs = changes.results.flatMap((r) => (r.doc ? [r.doc] : []))
    const metas = await readMeta(
      laptop.database,
      docs.map((d) => d._id),
    )
    const writes: IncomingDoc[] = []
    for (const [i, doc] of docs.entries()) {
      const next = await incoming(laptop, doc, metas[i]?.rev, newer, resolved)
      if (next) writes.push(next)
    }
    seq = changes.last_seq
    applied += writes.length
    written += writes.length
    await applyIncoming(laptop.database, await joinParts(laptop.local, writes), { seq, applied })
    if (onChunk(applied) === false) break
    if (changes.results.length < INBOX_CHUNK) break
  }
  return { written, newer, applied, resolved: resolved.count }
}
