import type { IndexableType, Table } from 'dexie'
import { versionOf, type LastChange } from '../domain/versions/record-version'
import { appendAudit, type AuditLine } from './audit-repo'
import { StaleRecordError } from './stale-record'

export { StaleRecordError }

export class MissingRecordError extends Error {
  constructor(what: string) {
    super(`${what} not found`)
    this.name = 'MissingRecordError'
  }
}

/** The record at `key`, or MissingRecordError naming `what` (e.g. 'Youth') when there is none. */
export async function getExisting<T, K extends IndexableType>(
  table: Table<T, K, unknown>,
  key: NoInfer<K>,
  what: string,
): Promise<T> {
  const record = await table.get(key)
  if (!record) throw new MissingRecordError(what)
  return record
}

interface Change<T, Before> {
  /** The record to store; returning `before` itself writes nothing, not even an audit line. */
  next(before: Before): T | Promise<T>
  /** The audit line that records the change. */
  audit(before: Before, after: T): AuditLine
  /**
   * The version the edit started from. When the stored record has another version, nothing is
   * written and StaleRecordError (with the stored record) is thrown. Omitted: no check — only
   * for writes that carry no user's edit (tests, tooling).
   */
  expectedVersion?: number | undefined
  /** Who made the stored version, for the StaleRecordError (default: unknown). */
  lastChange?(before: Before): LastChange | null | Promise<LastChange | null>
}

/**
 * The shape of every audited write to one record: read it, check the version the edit started
 * from, work out the new record, put it with the next version and append its audit line (which
 * records the version it changed from). Runs in the caller's transaction, which must hold
 * `table` and `db.audit`. With `missing`, an absent record throws MissingRecordError(missing)
 * first, and `next` and `audit` get the record itself rather than `undefined`.
 */
export async function changeRecord<T extends I & { version?: number }, I, K extends IndexableType>(
  table: Table<T, K, I>,
  key: NoInfer<K>,
  change: NoInfer<
    (Change<T, T> & { missing: string }) | (Change<T, T | undefined> & { missing?: undefined })
  >,
): Promise<T> {
  // One path for both: with `missing` set, `before` is never undefined.
  const c = change as Change<T, T | undefined> & { missing?: string }
  const before =
    c.missing === undefined ? await table.get(key) : await getExisting(table, key, c.missing)
  const fromVersion = versionOf(before)
  if (c.expectedVersion !== undefined && c.expectedVersion !== fromVersion) {
    const lastChange = (await c.lastChange?.(before)) ?? null
    throw new StaleRecordError(table.name, c.expectedVersion, before, fromVersion, lastChange)
  }
  const next = await c.next(before)
  if (next === before) return next
  const after: T = { ...next, version: fromVersion + 1 }
  await table.put(after)
  await appendAudit({ ...c.audit(before, after), fromVersion })
  return after
}
