import { canonicalJson, recordKey, type BackupData, type TableInfo } from './format'

/** Which field tells when a record last changed, in order of preference. */
const TIME_FIELDS = [
  'updatedAt',
  'changedAt',
  'closedAt',
  'discussedAt',
  'startedAt',
  'at',
  // A loaded uitwisselbestand: the one loaded last wins.
  'loadedAt',
]

function changedAt(record: unknown): string | null {
  const r = record as Record<string, unknown>
  for (const field of TIME_FIELDS) {
    const value = r[field]
    if (typeof value === 'string' && value !== '') return value
  }
  return null
}

export interface MergeConflict {
  table: string
  /** What the user recognises: a cliëntnummer, a settings key, … */
  label: string
  /** For an assessment: its precondition id. */
  preconditionId: string | null
  winner: 'backup' | 'current'
  reason: 'newer' | 'notNewer' | 'noTimestamp' | 'clientRefTaken'
}

export interface MergePlan {
  /** Records to put, per table (new ones and ones the back-up wins). */
  puts: Record<string, unknown[]>
  /** Records of auto-numbered tables (the audit log) to add with a new number. */
  appends: Record<string, unknown[]>
  conflicts: MergeConflict[]
  added: number
  replaced: number
}

function withoutKey(record: unknown, keyPath: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record as Record<string, unknown>).filter(([k]) => k !== keyPath),
  )
}

type AuditRecord = Record<string, unknown> & { lines?: unknown }

/**
 * The lines of a stored audit record, each complete: a batch's lines take its time and actor
 * where they have none of their own (an import's lines), and lose the id they kept (a line
 * moved into a batch by compaction), which numbers a line only in its own database.
 */
function auditLinesOf(record: AuditRecord): Record<string, unknown>[] {
  if (record.kind !== 'batch' || !Array.isArray(record.lines)) return [withoutKey(record, 'id')]
  return (record.lines as Record<string, unknown>[]).map((line) => ({
    ...withoutKey(line, 'id'),
    at: line.at ?? record.at,
    actor: line.actor ?? record.actor,
  }))
}

/** A line's global id (schema v7), if it has one. */
function uidOf(line: Record<string, unknown>): string | null {
  return typeof line.uid === 'string' ? line.uid : null
}

/**
 * The audit records of a back-up to add: the union is taken line by line, by each line's `uid`
 * (the same on every laptop since schema v7), and by content for lines without one (back-ups
 * made before v7, and lines stamped independently from the same old file), so a line stored
 * single on one side and inside a batch on the other (compaction moved it) is added once.
 * A record whose lines are all here is left out; one with some new lines adds just those.
 */
function auditAppends(
  mine: readonly unknown[],
  theirs: readonly unknown[],
): { records: unknown[]; lines: number } {
  const uids = new Set<string>()
  const contents = new Set<string>()
  const remember = (line: Record<string, unknown>) => {
    const uid = uidOf(line)
    if (uid !== null) uids.add(uid)
    contents.add(canonicalJson(withoutKey(line, 'uid')))
  }
  const isHere = (line: Record<string, unknown>) => {
    const uid = uidOf(line)
    return (uid !== null && uids.has(uid)) || contents.has(canonicalJson(withoutKey(line, 'uid')))
  }
  for (const record of mine) auditLinesOf(record as AuditRecord).forEach(remember)
  const records: unknown[] = []
  let lines = 0
  for (const record of theirs as AuditRecord[]) {
    const all = auditLinesOf(record)
    const fresh = all.filter((line) => !isHere(line))
    if (fresh.length === 0) continue
    // A file holding one line twice adds it once (the uid index would refuse the second).
    fresh.forEach(remember)
    lines += fresh.length
    if (fresh.length < all.length || record.kind !== 'batch') records.push(...fresh)
    else records.push({ ...withoutKey(record, 'id'), lines: all })
  }
  return { records, lines }
}

/**
 * Merges a back-up into the current data: records only in the back-up are added; for a record
 * in both, the one changed last wins (the current one on a tie or without a time). The audit
 * log is a union. A youth whose cliëntnummer belongs to another youth here is left out, with
 * its assessments. Every record that differs is listed as a conflict.
 */
export function planMerge(
  current: BackupData,
  incoming: BackupData,
  tables: readonly TableInfo[],
): MergePlan {
  const plan: MergePlan = { puts: {}, appends: {}, conflicts: [], added: 0, replaced: 0 }
  const refOf = new Map<string, string>()
  for (const y of [...(current.youths ?? []), ...(incoming.youths ?? [])]) {
    const { id, clientRef } = y as { id: string; clientRef: string }
    if (!refOf.has(id)) refOf.set(id, clientRef)
  }
  const refsHere = new Map(
    (current.youths ?? []).map((y) => [
      (y as { clientRef: string }).clientRef,
      (y as { id: string }).id,
    ]),
  )
  const leftOut = new Set<string>()

  const ordered = [...tables].sort(
    (a, b) => Number(b.name === 'youths') - Number(a.name === 'youths'),
  )
  for (const table of ordered) {
    const mine = current[table.name] ?? []
    const theirs = incoming[table.name] ?? []
    const puts: unknown[] = []
    if (table.name === 'audit') {
      const appends = auditAppends(mine, theirs)
      plan.appends[table.name] = appends.records
      plan.added += appends.lines
      continue
    }
    if (table.autoIncrement && typeof table.keyPath === 'string') {
      const keyPath = table.keyPath
      const seen = new Set(mine.map((r) => canonicalJson(withoutKey(r, keyPath))))
      const appends = theirs
        .map((r) => withoutKey(r, keyPath))
        .filter((r) => !seen.has(canonicalJson(r)))
      plan.appends[table.name] = appends
      plan.added += appends.length
      continue
    }
    const byKey = new Map(mine.map((r) => [recordKey(r, table.keyPath), r]))
    for (const record of theirs) {
      const youthId = (record as { youthId?: unknown }).youthId
      if (typeof youthId === 'string' && leftOut.has(youthId)) continue
      const label = conflictLabel(table.name, record, refOf)
      const here = byKey.get(recordKey(record, table.keyPath))
      if (here === undefined) {
        if (table.name === 'youths') {
          const { id, clientRef } = record as { id: string; clientRef: string }
          if (refsHere.has(clientRef)) {
            leftOut.add(id)
            plan.conflicts.push({ ...label, winner: 'current', reason: 'clientRefTaken' })
            continue
          }
        }
        puts.push(record)
        plan.added++
        continue
      }
      if (canonicalJson(here) === canonicalJson(record)) continue
      const theirTime = changedAt(record)
      const myTime = changedAt(here)
      const backupWins = theirTime !== null && (myTime === null || theirTime > myTime)
      const reason =
        theirTime === null || myTime === null ? 'noTimestamp' : backupWins ? 'newer' : 'notNewer'
      plan.conflicts.push({ ...label, winner: backupWins ? 'backup' : 'current', reason })
      if (backupWins) {
        puts.push(record)
        plan.replaced++
      }
    }
    plan.puts[table.name] = puts
  }
  return plan
}

function conflictLabel(
  table: string,
  record: unknown,
  refOf: ReadonlyMap<string, string>,
): Pick<MergeConflict, 'table' | 'label' | 'preconditionId'> {
  const r = record as Record<string, unknown>
  const str = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v))
  if (typeof r.youthId === 'string') {
    const precondition = typeof r.preconditionId === 'string' ? r.preconditionId : null
    return { table, label: refOf.get(r.youthId) ?? r.youthId, preconditionId: precondition }
  }
  if (table === 'exchangeFiles') return { table, label: str(r.fileName), preconditionId: null }
  if (table === 'agreements') {
    return { table, label: `${str(r.providerName)} (${str(r.rondeDate)})`, preconditionId: null }
  }
  const label = table === 'youths' ? str(r.clientRef) : str(r.key ?? r.date ?? r.id ?? r.reviewId)
  return { table, label, preconditionId: null }
}
