import type PouchDB from 'pouchdb-browser'
import type { Doc } from 'pouchdb-browser'
import {
  appTeamKeys,
  openDocument,
  sealDocument,
  TeamLockedError,
  type TeamKeySource,
} from '../db/encryption/team-seal'
import { mergeDocData, sameData } from '../domain/sync/merge-doc'
import { DOC_LAYOUT, type SyncDoc } from '../domain/sync/types'

/**
 * Resolving a document conflict (docs/sync-design.md §5): the leaves are merged per field
 * against their common ancestor from the revision tree — never by a clock — the merged record
 * goes on the winning leaf and the losing leaves are deleted, so the open question lives in the
 * record (its `syncConflicts`) and replicates to every laptop.
 */

function revList(doc: Doc): string[] {
  const revs = doc._revisions
  return revs ? revs.ids.map((hash, i) => `${revs.start - i}-${hash}`) : []
}

/** The newest revision both leaves descend from, if the tree still knows it. */
export function commonAncestor(a: Doc, b: Doc): string | null {
  const seen = new Set(revList(b))
  return revList(a).find((rev) => seen.has(rev)) ?? null
}

/** When a record says it was changed (shown to people only, never used to choose). */
function atOf(data: unknown): string {
  const at = (data as { updatedAt?: unknown; versionAt?: unknown } | null)?.updatedAt
  return typeof at === 'string' ? at : ''
}

async function opened(
  local: PouchDB,
  id: string,
  rev: string,
  keys: TeamKeySource,
): Promise<SyncDoc | null> {
  try {
    const doc = (await local.get(id, { rev, revs: true })) as unknown as SyncDoc
    return await openDocument(doc, keys)
  } catch (error) {
    // Without the team key nothing can be merged: the bridge waits (engine.ts).
    if (error instanceof TeamLockedError) throw error
    // Compacted away (or never here): the merge then runs without an ancestor.
    return null
  }
}

/**
 * Merges every losing leaf into the winner and writes the result. Returns the winning leaf's
 * new revision and record (`data: null` when the deletion stands). When the leaves already
 * agree — two laptops resolved the same conflict alike — only the losers are deleted, so two
 * equal resolutions do not make a new conflict with each other.
 */
export async function resolveConflict(
  local: PouchDB,
  doc: Doc,
  member: string,
  keys: TeamKeySource = appTeamKeys,
): Promise<{ rev: string; data: unknown }> {
  const id = doc._id
  const winner = await opened(local, id, doc._rev as string, keys)
  if (!winner) throw new Error(`The winning leaf of ${id} is not readable`)
  let data: unknown = winner._deleted ? null : winner.data
  /** Per losing leaf, the ancestor body the merge had (`-` when compacted away or unknown). */
  const used: string[] = []
  for (const loserRev of doc._conflicts ?? []) {
    const loser = await opened(local, id, loserRev, keys)
    if (!loser) continue
    const ancestorRev = commonAncestor(winner as unknown as Doc, loser as unknown as Doc)
    const ancestor = ancestorRev ? await opened(local, id, ancestorRev, keys) : null
    used.push(`${loserRev}<${ancestor ? ancestorRev : '-'}`)
    const merged = mergeDocData(
      winner.type,
      ancestor && !ancestor._deleted ? ancestor.data : null,
      { data, by: winner.by, at: atOf(data), rev: winner._rev as string },
      {
        data: loser._deleted ? null : loser.data,
        by: loser.by,
        at: atOf(loser.data),
        rev: loserRev,
      },
    )
    data = merged.data
  }
  const deletions: Doc[] = (doc._conflicts ?? []).map((rev) => ({
    _id: id,
    _rev: rev,
    _deleted: true,
  }))
  const unchanged = sameData(data, winner._deleted ? null : winner.data)
  if (unchanged) {
    await write(local, id, deletions, {})
    return { rev: winner._rev as string, data }
  }
  const next: SyncDoc =
    data === null
      ? { _id: id, _deleted: true, type: winner.type, layout: DOC_LAYOUT, by: member }
      : { _id: id, type: winner.type, layout: DOC_LAYOUT, by: member, data }
  // Two laptops resolving the same conflict compute the same record; giving it the same
  // revision id (from the leaves it merges) makes their two resolutions one revision instead
  // of a new conflict — so a choice made on top of it later is a plain descendant everywhere.
  // The id also names the ancestors the merge had: a laptop that compacted an ancestor away
  // merges differently (asks more), and must not give that other record the same id — the
  // replicas would keep two contents under one revision for ever.
  const revisions = (winner as unknown as Doc)._revisions
  if (!revisions) throw new Error(`The history of ${id} is not readable`)
  const hash = await mergeRevHash(id, winner._rev as string, used)
  const start = revisions.start + 1
  const sealed = (await sealDocument(next, keys)) as unknown as Doc
  const merged = {
    ...sealed,
    _rev: `${start}-${hash}`,
    _revisions: { start, ids: [hash, ...revisions.ids] },
  } as Doc
  await write(local, id, [merged], { new_edits: false })
  await write(local, id, deletions, {})
  return { rev: `${start}-${hash}`, data }
}

/** A revision hash that depends only on the leaves merged and their ancestors (hex, 32). */
async function mergeRevHash(id: string, winnerRev: string, losers: string[]) {
  const text = JSON.stringify([id, winnerRev, [...losers].sort()])
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)]
    .slice(0, 16)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
}

async function write(local: PouchDB, id: string, docs: Doc[], options: { new_edits?: boolean }) {
  if (docs.length === 0) return
  const results = await local.bulkDocs(docs, options)
  // A losing leaf another laptop resolved alike meanwhile is no leaf here any more (its
  // deletion replicated in between): nothing left to delete. Seen with a review closed on one
  // laptop and stepped through on the other (reviews-sync.test.ts).
  const failed = results.find((r) => r.error && !(options.new_edits !== false && r.status === 409))
  if (failed)
    throw new Error(`Could not resolve ${id}: ${failed.reason ?? failed.message ?? failed.error}`)
}
