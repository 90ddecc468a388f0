import { useSyncExternalStore } from 'react'
import { keyring, type EncryptionSnapshot } from '../../db/encryption/keyring'

/** Encryption status of this tab (off, locked, unlocked) and any re-encryption progress. */
export function useEncryption(): EncryptionSnapshot {
  return useSyncExternalStore(keyring.subscribe, keyring.getSnapshot)
}
