import type PouchDB from 'pouchdb-browser'
import { openDocument } from '../db/encryption/team-seal'
import type { IncomingDoc } from '../db/sync/bridge-repo'
import {
  joinExchangeFile,
  joinSnapshot,
  wholeKeyOfPart,
  type ExchangeFilePart,
  type SnapshotPart,
} from '../domain/sync/parts'
import type { SyncDoc } from '../domain/sync/types'

const isPart = (doc: IncomingDoc) => doc.type === 'snapshot' || doc.type === 'exchangeFile'

const rangeOf = (wholeId: string) => ({ startkey: `${wholeId}:`, endkey: `${wholeId}:\ufff0` })

/** How many live parts of one whole PouchDB holds (ids only: cheap). */
async function countParts(local: PouchDB, wholeId: string): Promise<number> {
  return (await local.allDocs(rangeOf(wholeId))).rows.length
}

/** The live parts of one whole as PouchDB holds them now (their winning revisions). */
async function partsIn(local: PouchDB, wholeId: string): Promise<unknown[]> {
  const found = await local.allDocs({ ...rangeOf(wholeId), include_docs: true })
  const docs = found.rows.flatMap((r) => (r.doc && !r.doc._deleted ? [r.doc] : []))
  const opened = await Promise.all(docs.map((d) => openDocument(d as unknown as SyncDoc)))
  return opened.map((d) => d.data)
}

/** Whichever complete whole the parts make: the one of `like` first, then any other. */
function joinAny(type: IncomingDoc['type'], like: unknown, parts: unknown[]): unknown {
  const join = (candidate: unknown) =>
    type === 'snapshot'
      ? joinSnapshot(candidate as SnapshotPart, parts as SnapshotPart[])
      : joinExchangeFile(candidate as ExchangeFilePart, parts as ExchangeFilePart[])
  for (const candidate of like === null ? parts : [like, ...parts]) {
    const whole = join(candidate)
    if (whole) return whole
  }
  return null
}

/**
 * The parts in one inbox chunk become their whole records (docs/sync-design.md §2): per whole,
 * the last of its parts in the chunk carries the record joined from every part PouchDB holds —
 * once the set is complete — and the others only their revisions. A whole whose every part is
 * deleted is deleted. Parts of one whole arriving in different chunks join when the last one
 * arrives; a chunk never joins one whole twice.
 */
export async function joinParts(local: PouchDB, docs: IncomingDoc[]): Promise<IncomingDoc[]> {
  const lastOfWhole = new Map<string, number>()
  docs.forEach((doc, i) => {
    const whole = isPart(doc) ? wholeKeyOfPart(doc.docId) : null
    if (whole) lastOfWhole.set(whole, i)
  })
  const out: IncomingDoc[] = []
  for (const [i, doc] of docs.entries()) {
    const whole = isPart(doc) ? wholeKeyOfPart(doc.docId) : null
    if (!whole) {
      out.push(doc)
      continue
    }
    if (lastOfWhole.get(whole) !== i) {
      out.push({ ...doc, partOnly: true })
      continue
    }
    // While parts of a large file are still arriving, only their ids are counted: the bodies
    // (up to 20 of ~1.6 MB) are read once, when the set can be complete.
    const expected = (doc.data as { parts?: unknown } | null)?.parts
    if (typeof expected === 'number' && (await countParts(local, whole)) < expected) {
      out.push({ ...doc, partOnly: true })
      continue
    }
    const parts = await partsIn(local, whole)
    if (parts.length === 0) {
      out.push({ ...doc, data: null })
      continue
    }
    const joined = joinAny(doc.type, doc.data, parts)
    out.push(joined === null ? { ...doc, partOnly: true } : { ...doc, data: joined })
  }
  return out
}
