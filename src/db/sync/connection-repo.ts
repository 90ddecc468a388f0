import type { SyncConnection } from '../../domain/sync/types'
import { db } from '../database'

/** Settings key of this browser's team connection (local only, never replicated). */
export const SYNC_CONNECTION_KEY = 'sync'

function restoreConnection(value: unknown): SyncConnection | null {
  if (typeof value !== 'object' || value === null) return null
  const { team, username, connectedAt } = value as Record<string, unknown>
  return typeof team === 'string' && typeof username === 'string' && typeof connectedAt === 'string'
    ? { team, username, connectedAt }
    : null
}

/** The stored connection, or null when this browser is not connected to a team. */
export async function readSyncConnection(): Promise<SyncConnection | null> {
  return restoreConnection((await db.settings.get(SYNC_CONNECTION_KEY))?.value)
}
