import type { DoorstroomDatabase } from '../db/database'
import { REFUSED_PREFIX, listProblems, recordProblem } from '../db/sync/bridge-repo'
import { SEALED_REASON } from '../db/sync/team-bridge-repo'
import type { SyncErrorReason } from '../domain/sync/types'

/**
 * Records kept out of the exchange and listed (docs/sync-design.md §9, §7): writes the server
 * refused, and sealed documents from the server that did not open here.
 */

export function errorText(error: unknown): string {
  if (typeof error === 'string') return error
  return error instanceof Error ? error.message : JSON.stringify(error ?? '')
}

/** A write the server refused, as PouchDB reports it. */
export interface Refusal {
  id?: string
  reason?: string
  message?: string
}

/** Keeps a refused write's reason (the record stays here); returns the reason. */
export function recordRefusal(
  database: DoorstroomDatabase,
  event: { doc?: Refusal } & Refusal,
): string {
  // PouchDB.sync wraps the refused write as `doc`; PouchDB.replicate hands it as it is.
  const error = event.doc ?? event
  const reason = error.reason ?? error.message ?? 'refused'
  if (error.id) recordProblem(database, REFUSED_PREFIX, error.id, reason).catch(() => {})
  return reason
}

/** The first listed refusal as the header shows it, or null. */
export async function firstRefusal(
  database: DoorstroomDatabase,
): Promise<{ reason: SyncErrorReason; detail: string } | null> {
  const first = (await listProblems(database, REFUSED_PREFIX))[0]
  if (!first) return null
  // A sealed document that does not open: named by its id (nothing readable in it).
  if (first.reason === SEALED_REASON)
    return { reason: 'sealed', detail: first.id.slice(REFUSED_PREFIX.length) }
  return { reason: 'refused', detail: errorText(first.reason) }
}
