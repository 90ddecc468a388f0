import type { StoredExchangeFile } from '../../domain/municipal/types'
import { splitExchangeFile, splitSnapshot, wholeKeyOfPart } from '../../domain/sync/parts'
import type { ReviewSnapshot } from '../../domain/types'
import type { DoorstroomDatabase } from '../database'
import type { OutgoingDoc } from './records'

/**
 * A snapshot or a loaded uitwisselbestand as the documents of its parts (domain/sync/parts.ts),
 * each on the revision this laptop last exchanged for it. Parts the laptop knows that the
 * record no longer has — a newer file with fewer rows replaced it, or it was removed — go as
 * deletions, so no other laptop keeps rows of a file that is gone. Runs inside readOutgoing's
 * transaction (it reads syncMeta).
 */
export async function partsOf(
  database: DoorstroomDatabase,
  whole: OutgoingDoc,
): Promise<OutgoingDoc[]> {
  const prefix = `${whole.docId}:`
  const known = await database.syncMeta.where('id').startsWith(prefix).toArray()
  const revs = new Map(known.map((m) => [m.id, m.rev]))
  const parts =
    whole.data === null
      ? []
      : whole.type === 'snapshot'
        ? splitSnapshot(whole.data as ReviewSnapshot)
        : splitExchangeFile(whole.data as StoredExchangeFile)
  const docs: OutgoingDoc[] = parts.map((data) => {
    const docId = `${prefix}${String(data.part)}`
    return { docId, type: whole.type, data, rev: revs.get(docId) }
  })
  const kept = new Set(docs.map((d) => d.docId))
  for (const meta of known) {
    const isPart = wholeKeyOfPart(meta.id) === whole.docId
    if (isPart && !kept.has(meta.id) && meta.rev)
      docs.push({ docId: meta.id, type: whole.type, data: null, rev: meta.rev })
  }
  return docs
}
