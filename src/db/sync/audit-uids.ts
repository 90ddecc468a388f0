import type Dexie from 'dexie'
import type { Table, Transaction } from 'dexie'
import { isAuditBatch, type AuditBatchLine, type StoredAuditEntry } from '../audit-record'

/**
 * Global ids for audit lines (schema v7, docs/sync-design.md §12). The local `++id` stays the
 * order; `uid` is a line's identity on every laptop: `<replicaId>.<part>`, where the replica id
 * names this browser's database. Not imported by the repositories: the `creating` hook stamps
 * every new line, whoever writes it.
 */

/** Settings key of this database's replica id (local only: never replicated, never backed up). */
export const REPLICA_SETTINGS_KEY = 'replica'
/**
 * Settings key listing the batches sealed by encryption at rest whose lines the v7 upgrade could
 * not stamp (it runs before anyone unlocks); the next unlock stamps them and removes the key.
 */
export const PENDING_UIDS_SETTINGS_KEY = 'auditUidsPending'

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567'

/** `bytes` random bytes as base32 (RFC 4648 alphabet, lower case, no padding). */
function randomBase32(bytes: number): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes))
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of random) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5) {
      bits -= 5
      out += BASE32.charAt((buffer >> bits) & 31)
    }
    buffer &= (1 << bits) - 1
  }
  return bits > 0 ? out + BASE32.charAt((buffer << (5 - bits)) & 31) : out
}

/** 80 random bits: two browsers never pick the same one (a collision needs ~2^40 of them). */
export function newReplicaId(): string {
  return randomBase32(10)
}

/**
 * A new line's uid. Its `++id` is not known inside the hook, so the part after the replica id
 * is random (80 bits; it contains letters, so it never equals the numeric parts below).
 */
export function freshLineUid(replicaId: string): string {
  return `${replicaId}.${randomBase32(10)}`
}

/** The uid the v7 upgrade gives a single line that existed before it. */
export function singleLineUid(replicaId: string, id: number): string {
  return `${replicaId}.${id}`
}

/**
 * The uid the v7 upgrade (or, for a sealed batch, the next unlock) gives a batch line that has
 * none: deterministic, so whichever of them (or the bridge's packer) stamps it first, the
 * outcome is the same.
 */
export function batchLineUid(replicaId: string, batchId: number, index: number): string {
  return `${replicaId}.${batchId}.${index}`
}

/**
 * The lines of a batch with a uid each (those that had one keep it); the same array when
 * nothing changed.
 */
export function stampBatchLines(
  lines: readonly AuditBatchLine[],
  uidOf: (index: number) => string,
): AuditBatchLine[] {
  if (lines.every((line) => line.uid !== undefined)) return lines as AuditBatchLine[]
  return lines.map((line, i) => (line.uid === undefined ? { ...line, uid: uidOf(i) } : line))
}

const loaded = new WeakMap<Dexie, string>()

/** The replica id the database read when it opened; null before that. */
export function loadedReplicaId(database: Dexie): string | null {
  return loaded.get(database) ?? null
}

/** The stored replica id, created when there is none (a new database, or the v7 upgrade). */
type SettingsTable = Table<{ key: string; value: unknown }, string>

async function ensureReplica(settings: SettingsTable) {
  const stored = (await settings.get(REPLICA_SETTINGS_KEY))?.value
  if (typeof stored === 'string' && stored !== '') return stored
  const replicaId = newReplicaId()
  await settings.put({ key: REPLICA_SETTINGS_KEY, value: replicaId })
  return replicaId
}

/** Lines read and rewritten per step of the upgrade: a year of history stays out of memory. */
const UPGRADE_PAGE = 2000

/**
 * Schema v7: a replica id, and a uid for every existing line (rules above). Read and put
 * rather than `modify`: modify deep-clones each record, which turns a sealed record's byte
 * arrays into plain objects. A sealed single line gets its uid like any other (the uid is
 * plain); a sealed batch is listed for the next unlock (`stampSealedBatches`).
 */
export async function upgradeAuditUids(tx: Transaction): Promise<void> {
  const replicaId = await ensureReplica(
    tx.table<{ key: string; value: unknown }, string>('settings'),
  )
  loaded.set(tx.db, replicaId)
  const audit = tx.table<StoredAuditEntry, number>('audit')
  const sealed: number[] = []
  let last = 0
  for (;;) {
    const page = await audit.where(':id').above(last).limit(UPGRADE_PAGE).toArray()
    if (page.length === 0) break
    const changed: StoredAuditEntry[] = []
    for (const entry of page) {
      const id = entry.id as number
      if (!isAuditBatch(entry)) {
        if (entry.uid === undefined) changed.push({ ...entry, uid: singleLineUid(replicaId, id) })
      } else if (!Array.isArray(entry.lines)) sealed.push(id)
      else {
        const lines = stampBatchLines(entry.lines, (i) => batchLineUid(replicaId, id, i))
        if (lines !== entry.lines) changed.push({ ...entry, lines })
      }
    }
    await audit.bulkPut(changed)
    last = page.at(-1)?.id as number
  }
  if (sealed.length > 0) {
    await tx.table('settings').put({ key: PENDING_UIDS_SETTINGS_KEY, value: sealed })
  }
}

/**
 * Gives every database its replica id and every new audit line its uid: the replica id is
 * created with a new database (`populate`) or by the v7 upgrade and read once when the
 * database opens; a `creating` hook on the audit table stamps a single line, and each line of
 * a batch that has none (an import's lines, a back-up's lines from before v7). Lines that
 * carry a uid keep it (a restored back-up, lines from another laptop).
 */
export function installAuditUids(database: Dexie): void {
  database.on('populate', async (tx) => {
    loaded.set(
      database,
      await ensureReplica(tx.table<{ key: string; value: unknown }, string>('settings')),
    )
  })
  database.on(
    'ready',
    async (vip) => {
      loaded.set(
        database,
        await ensureReplica(vip.table<{ key: string; value: unknown }, string>('settings')),
      )
    },
    true,
  )
  database.table<StoredAuditEntry>('audit').hook('creating', (_key, entry) => {
    const replicaId = loaded.get(database)
    if (replicaId === undefined) throw new Error('Audit line written before the replica id is read')
    if (!isAuditBatch(entry)) entry.uid ??= freshLineUid(replicaId)
    else if (Array.isArray(entry.lines)) {
      entry.lines = stampBatchLines(entry.lines, () => freshLineUid(replicaId))
    }
  })
}

/** Sealed batches opened and stamped per transaction (a batch holds up to 1,000 lines). */
const PENDING_CHUNK = 50

/**
 * The one-time pass for the batches the v7 upgrade found sealed: at the first unlock after it
 * (the records are opened and sealed again by the encryption middleware), each line without a
 * uid gets `batchLineUid`, the rule the upgrade applies to plain batches. Each chunk and the
 * shortened list are written together, so a closed tab resumes where it stopped.
 */
export async function stampPendingAuditUids(database: Dexie): Promise<void> {
  const settings = database.table<{ key: string; value: unknown }, string>('settings')
  const audit = database.table<StoredAuditEntry, number>('audit')
  const listed = (await settings.get(PENDING_UIDS_SETTINGS_KEY))?.value
  if (!Array.isArray(listed)) return
  const pending = listed.filter((id): id is number => typeof id === 'number')
  if (!database.isOpen()) await database.open()
  const replicaId = loadedReplicaId(database)
  if (replicaId === null) throw new Error('The replica id was not read when the database opened')
  for (let start = 0; start < pending.length || start === 0; start += PENDING_CHUNK) {
    const ids = pending.slice(start, start + PENDING_CHUNK)
    const rest = pending.slice(start + PENDING_CHUNK)
    await database.transaction('rw', audit, settings, async () => {
      const changed = (await audit.bulkGet(ids)).flatMap((entry) => {
        if (!entry || !isAuditBatch(entry) || !Array.isArray(entry.lines)) return []
        const id = entry.id as number
        const lines = stampBatchLines(entry.lines, (i) => batchLineUid(replicaId, id, i))
        return lines === entry.lines ? [] : [{ ...entry, lines }]
      })
      await audit.bulkPut(changed)
      if (rest.length > 0) await settings.put({ key: PENDING_UIDS_SETTINGS_KEY, value: rest })
      else await settings.delete(PENDING_UIDS_SETTINGS_KEY)
    })
  }
}
