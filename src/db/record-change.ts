import type { IndexableType, Table } from 'dexie'
import { appendAudit, type AuditLine } from './audit-repo'

export class MissingRecordError extends Error {
  constructor(what: string) {
    super(`${what} not found`)
    this.name = 'MissingRecordError'
  }
}

/**
 * A record changed (in another tab, or by another edit) since the caller read it: the edit
 * started from version `expected` but the record is at `found`. Nothing was written.
 */
export class StaleRecordError extends Error {
  constructor(
    what: string,
    readonly expected: number,
    readonly found: number,
  ) {
    super(`${what} was changed elsewhere (expected version ${expected}, found ${found})`)
    this.name = 'StaleRecordError'
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
}

/**
 * The shape of every audited write to one record: read it, work out the new record, put it and
 * append its audit line. Runs in the caller's transaction, which must hold `table` and
 * `db.audit`. With `missing`, an absent record throws MissingRecordError(missing) first, and
 * `next` and `audit` get the record itself rather than `undefined`.
 */
export async function changeRecord<T extends I, I, K extends IndexableType>(
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
  const after = await c.next(before)
  if (after === before) return after
  await table.put(after)
  await appendAudit(c.audit(before, after))
  return after
}
