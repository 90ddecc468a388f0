import { readMeta, recordRevs } from '../db/sync/bridge-repo'
import { markSealedUnder, resealAll, sealedUnder } from '../db/sync/team-bridge-repo'
import { sameData } from '../domain/sync/merge-doc'
import { TEAM_CONFIG_ID } from '../domain/sync/team-keys'
import type { SyncDoc } from '../domain/sync/types'
import type { Laptop } from './outbox-drain'

/**
 * The team's key documents in the bridge (docs/sync-design.md §7): `team:config` and
 * `keyslot:<member>` go to PouchDB as this browser's team state builds them (never sealed),
 * and come in through the inbox like any document. While the bridge waits for the team key,
 * they are read straight from the replica, so the key slot to open reaches the screens.
 */

/** What was last published per laptop, so a round without a change costs one comparison. */
const published = new WeakMap<Laptop, string>()

/**
 * Puts the team documents that differ from PouchDB's. A document with a revision the inbox has
 * not taken in yet is left for the next round: the incoming one is read first, so an old state
 * here never overwrites a newer slot from another member.
 */
export async function publishTeamDocs(laptop: Laptop): Promise<number> {
  const docs = await laptop.team.outgoing()
  const text = JSON.stringify(docs)
  if (published.get(laptop) === text) return 0
  const metas = await readMeta(
    laptop.database,
    docs.map((d) => d._id),
  )
  let written = 0
  let waiting = false
  const revs: [string, string][] = []
  for (const [i, doc] of docs.entries()) {
    const head = await current(laptop, doc._id)
    if (head && metas[i]?.rev !== head._rev) {
      waiting = true
      continue
    }
    if (doc._deleted ? !head : head && sameData(head.data, doc.data)) continue
    const body = { ...doc, ...(head ? { _rev: head._rev } : {}) }
    const result = await laptop.local.put(body)
    revs.push([doc._id, result.rev as string])
    written += 1
  }
  await recordRevs(laptop.database, revs)
  if (!waiting) published.set(laptop, text)
  return written
}

async function current(laptop: Laptop, id: string): Promise<SyncDoc | null> {
  try {
    return (await laptop.local.get(id)) as unknown as SyncDoc
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}

/** Takes in the team documents the replica holds and the team state has not seen. */
export async function readTeamDocsFromReplica(laptop: Laptop): Promise<void> {
  const [config, slots] = await Promise.all([
    laptop.local.allDocs({ keys: [TEAM_CONFIG_ID], include_docs: true }),
    laptop.local.allDocs({ startkey: 'keyslot:', endkey: 'keyslot:\ufff0', include_docs: true }),
  ])
  const docs = [...config.rows, ...slots.rows].flatMap((row) =>
    row.doc ? [row.doc as unknown as SyncDoc] : [],
  )
  const metas = await readMeta(
    laptop.database,
    docs.map((d) => d._id),
  )
  const revs: [string, string][] = []
  for (const [i, doc] of docs.entries()) {
    if (metas[i]?.rev === doc._rev) continue
    await laptop.team.accept(doc, laptop.member)
    revs.push([doc._id, doc._rev as string])
  }
  await recordRevs(laptop.database, revs)
}

/**
 * Team encryption was turned on (or the key changed) since this browser last sent everything:
 * every record goes out again, sealed. Returns how many records were queued.
 */
export async function resealWhenTurnedOn(laptop: Laptop): Promise<number> {
  const config = await laptop.team.keys.config()
  if (!config?.encrypted || !config.keyId) return 0
  if ((await sealedUnder(laptop.database)) === config.keyId) return 0
  return resealAll(laptop.database, config.keyId)
}

/** Connecting to a team that encrypts already: what this browser sends is sealed from the start. */
export async function startSealed(laptop: Pick<Laptop, 'database' | 'team'>): Promise<void> {
  const config = await laptop.team.keys.config()
  if (config?.encrypted && config.keyId) await markSealedUnder(laptop.database, config.keyId)
}
