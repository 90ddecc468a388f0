import type { AuditEntry } from '../domain/types'
import { AUDIT_SYNC_META_ID } from './audit-repo'
import { isAuditBatch, type AuditBatch, type AuditBatchLine } from './audit-record'
import { db } from './database'
import { SYNC_SETTINGS_KEY } from './sync/outbox-middleware'

/* Compaction runs in idle time after the board is up: its own module, outside the first load. */

/**
 * Lines per batch that `compactAudit` writes. Reading 40,000 lines costs ~2 s as single
 * records and ~0.3 s as batches of 250 to 1,000 (Chromium, this machine); a batch of 250 keeps
 * one youth's history cheap too (each batch holding one of its lines is read whole).
 */
export const AUDIT_COMPACT_LINES = 250

/**
 * Single lines moved per transaction: a long first compaction never holds the database or
 * the page for long (a round of 1,000 lines takes ~0.1 s; larger rounds save little).
 */
const COMPACT_ROUND_LINES = 1_000

function oldestFirst(a: AuditEntry, b: AuditEntry): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : (a.id ?? 0) - (b.id ?? 0)
}

/** A single line as a batch line: everything it holds, so it reads back the same. */
function asBatchLine(entry: AuditEntry): AuditBatchLine {
  const { id, uid, at, actor, kind, youthId, preconditionId, before, after, fromVersion } = entry
  return {
    id,
    ...(uid === undefined ? {} : { uid }),
    at,
    actor,
    kind,
    youthId,
    preconditionId,
    before,
    after,
    ...(fromVersion === undefined ? {} : { fromVersion }),
  }
}

/**
 * Deletes these records by key ranges where no other record lies between them: one range
 * delete costs IndexedDB far less than a delete per key (40,000 lines moved in ~3 s instead
 * of ~8 s, Chromium, this machine).
 */
async function deleteAsRanges(ids: number[]): Promise<void> {
  if (ids.length === 0) return
  ids.sort((a, b) => a - b)
  const doomed = new Set(ids)
  const first = ids[0] as number
  const last = ids[ids.length - 1] as number
  const present = (await db.audit
    .where(':id')
    .between(first, last, true, true)
    .primaryKeys()) as number[]
  let start: number | null = null
  let end = first
  const flush = async () => {
    if (start !== null) await db.audit.where(':id').between(start, end, true, true).delete()
    start = null
  }
  for (const id of present) {
    if (doomed.has(id)) {
      start ??= id
      end = id
    } else await flush()
  }
  await flush()
}

/** One round: moves these single lines (those still there) into batches, in one transaction. */
async function compactRound(ids: readonly number[], keepNewest: boolean): Promise<number> {
  return db.transaction('rw', db.audit, async () => {
    const found = (await db.audit.bulkGet([...ids])).filter(
      (e): e is AuditEntry => e !== undefined && !isAuditBatch(e) && e.youthId !== null,
    )
    found.sort(oldestFirst)
    let take = found.length
    if (keepNewest) take -= take % AUDIT_COMPACT_LINES
    if (take === 0) return 0
    const moved = found.slice(0, take)
    const batches: AuditBatch[] = []
    for (let start = 0; start < moved.length; start += AUDIT_COMPACT_LINES) {
      const chunk = moved.slice(start, start + AUDIT_COMPACT_LINES)
      const newest = chunk[chunk.length - 1] as AuditEntry
      batches.push({
        // The batch is found through the `at` index by its newest line: a report reading the
        // lines since a moment finds every batch holding one.
        at: newest.at,
        actor: newest.actor,
        kind: 'batch',
        youthId: null,
        preconditionId: null,
        before: null,
        after: null,
        youthIds: [...new Set(chunk.map((l) => l.youthId as string))],
        lines: chunk.map(asBatchLine),
      })
    }
    await db.audit.bulkAdd(batches)
    await deleteAsRanges(moved.map((e) => e.id as number))
    return moved.length
  })
}

/**
 * The highest local id compaction may move: with a team connected only lines the bridge has
 * packed into documents (docs/sync-design.md §12), so packing never reads lines back out of
 * batches; without a team every line.
 */
async function compactableThrough(): Promise<number> {
  return db.transaction('r', db.settings, db.syncMeta, async () => {
    if (!(await db.settings.get(SYNC_SETTINGS_KEY))) return Number.POSITIVE_INFINITY
    const pushed = (await db.syncMeta.get(AUDIT_SYNC_META_ID))?.pushedThrough
    return typeof pushed === 'number' ? pushed : 0
  })
}

/**
 * Moves single audit lines about youths into batch records of AUDIT_COMPACT_LINES lines,
 * oldest first, so that a report reading the weeks since its previous peildatum reads a few
 * hundred records instead of tens of thousands. Every line keeps its id, time, actor and
 * values, so history, reports and undo read exactly what they read before (`expandAudit`).
 * Fewer than a batch's worth of the newest lines stay single; lines about the data as a whole
 * (settings, reviews) are few and stay single. Each round of COMPACT_ROUND_LINES lines is one
 * transaction: an interrupted compaction leaves every line in one place or the other, and two
 * tabs compacting at once skip what the other moved. `pause` runs between rounds (the app
 * waits for idle time there). With a team connected, only lines already sent to the team
 * (`compactableThrough`). Each line keeps its `uid`. Returns the number of lines moved.
 */
export async function compactAudit(pause?: () => Promise<void>): Promise<number> {
  const through = await compactableThrough()
  const ids = ((await db.audit.where('youthId').above('').primaryKeys()) as number[]).filter(
    (id) => id <= through,
  )
  if (ids.length < AUDIT_COMPACT_LINES) return 0
  ids.sort((a, b) => a - b)
  let moved = 0
  for (let start = 0; start < ids.length; start += COMPACT_ROUND_LINES) {
    if (start > 0) await pause?.()
    const round = ids.slice(start, start + COMPACT_ROUND_LINES)
    moved += await compactRound(round, start + COMPACT_ROUND_LINES >= ids.length)
  }
  return moved
}
