import type Dexie from 'dexie'
import { db } from '../database'
import { onTablesWritten } from '../writes-watch'
import type { SyncOutboxRow } from './records'

/**
 * The bridge's side of the outbox (docs/sync-design.md §4). The rows are written by the outbox
 * middleware (outbox-middleware.ts) in the same transaction as each write to a replicated
 * table; the bridge reads them in order, turns each record into its document and deletes the
 * rows up to the last one it handled.
 */
export { setOutboxEnabled } from './outbox-middleware'

/** The oldest `limit` rows, in the order they were written (`seq`). */
export async function readOutbox(limit: number): Promise<Required<SyncOutboxRow>[]> {
  return (await db.syncOutbox.orderBy(':id').limit(limit).toArray()) as Required<SyncOutboxRow>[]
}

/** Deletes every row up to and including `seq` (the rows the bridge has handled). */
export async function deleteOutboxThrough(seq: number): Promise<void> {
  await db.syncOutbox.where(':id').belowOrEqual(seq).delete()
}

/** How many local writes wait to become documents. */
export async function countOutbox(): Promise<number> {
  return db.syncOutbox.count()
}

/**
 * Calls `listener` after every committed write to `database`'s outbox, in this tab or another
 * (Dexie's `storagemutated`); returns the unsubscribe. The bridge starts a round at once
 * instead of at its next poll.
 */
export function onOutboxWrite(database: Dexie, listener: () => void): () => void {
  return onTablesWritten(database, ['syncOutbox'], listener)
}
