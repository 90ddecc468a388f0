import { useSyncExternalStore } from 'react'
import { keyring } from '../db/encryption/keyring'

/** Whether encryption at rest is on in this browser (locked or unlocked). */
export function useEncryptionAtRest(): boolean {
  const status = useSyncExternalStore(keyring.subscribe, () => keyring.getSnapshot().status)
  return status === 'locked' || status === 'unlocked'
}
