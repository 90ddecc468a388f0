// placeholder until the h-sync-db branch lands
import { db } from '../database'
import type { SyncOutboxRow } from './records'

let enabled = false

/** Whether writes are recorded in the outbox (the real switch is the outbox middleware's). */
export function setOutboxEnabled(on: boolean): void {
  enabled = on
}

export function isOutboxEnabled(): boolean {
  return enabled
}

/** The oldest `limit` rows, in the order they were written (`seq`). */
export async function readOutbox(limit: number): Promise<Required<SyncOutboxRow>[]> {
  return (await db.syncOutbox.orderBy(':id').limit(limit).toArray()) as Required<SyncOutboxRow>[]
}

/** Deletes every row up to and including `seq`. */
export async function deleteOutboxThrough(seq: number): Promise<void> {
  await db.syncOutbox.where(':id').belowOrEqual(seq).delete()
}

/** How many local writes wait to become documents. */
export async function countOutbox(): Promise<number> {
  return db.syncOutbox.count()
}
