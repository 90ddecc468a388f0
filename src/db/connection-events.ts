import type Dexie from 'dexie'
import { configStamp, expectedStamp } from './encryption/config-stamp'
import { CRYPTO_SETTINGS_KEY, restoreCryptoConfig } from './encryption/crypto-config'
import { keyring } from './encryption/keyring'
import { onRecordWritten } from './writes-watch'

/** Why this tab stopped using the database. */
export type BlockReason = 'newer-version' | 'deleted' | 'encryption-changed'

let blocked: BlockReason | null = null
const listeners = new Set<() => void>()

export const connectionState = {
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  getSnapshot: (): BlockReason | null => blocked,
}

/**
 * Unblocked again, as a new page starts. For tests that share one process: the database is
 * emptied and reopened before each of them, so no block of an earlier test still applies.
 */
export function resetConnectionState(): void {
  if (blocked === null) return
  blocked = null
  for (const listener of listeners) listener()
}

function block(database: Dexie, reason: BlockReason) {
  // Closed for good in this tab: nothing can be written with an outdated schema or key state.
  database.close({ disableAutoOpen: true })
  if (blocked) return
  blocked = reason
  for (const listener of listeners) listener()
}

/**
 * `versionchange`: another tab opened a newer schema (or deleted the database). This tab
 * closes its connection at once so the other can upgrade, and the UI asks the user to reload.
 * Returning false stops Dexie's default handler, which would silently reopen.
 */
export function handleVersionChange(database: Dexie) {
  return (event: IDBVersionChangeEvent): false => {
    block(database, event.newVersion ? 'newer-version' : 'deleted')
    return false
  }
}

/**
 * Encryption turned on or off in another tab: this tab's writes would be in the wrong form,
 * so it stops, like after a schema upgrade. Returns the unsubscribe function.
 */
export function watchEncryptionConfig(database: Dexie): () => void {
  const check = async () => {
    try {
      const record = await database.table<{ value: unknown }>('settings').get(CRYPTO_SETTINGS_KEY)
      const config = restoreCryptoConfig(record?.value)
      const expected = expectedStamp()
      if (expected !== null && configStamp(config) !== expected) {
        block(database, 'encryption-changed')
      } else if (config && keyring.getSnapshot().idleMinutes !== config.idleMinutes) {
        keyring.setIdleMinutes(config.idleMinutes)
      }
    } catch {
      if (database.isOpen()) block(database, 'encryption-changed')
    }
  }
  return onRecordWritten(database, 'settings', CRYPTO_SETTINGS_KEY, () => {
    if (!blocked) void check()
  })
}
