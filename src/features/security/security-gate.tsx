import { useEffect, useState, type ReactNode } from 'react'
import { loadEncryption, watchEncryptionChanges } from '../../db/encryption/encryption-repo'
import { LockScreen } from './lock-screen'
import { StartupError } from './startup-error'
import { useEncryption } from './use-encryption'
import { useIdleLock } from './use-idle-lock'
import { useStorageErrorNotices } from './storage-error-notices'
import './security.css'

/**
 * Decides what may be shown: with encryption on, nothing of the app is rendered (or read
 * from the database) until the passphrase has opened the key; when unlocked, an idle timer
 * locks again.
 */
export function SecurityGate({ children }: { children: ReactNode }) {
  const { status } = useEncryption()
  const [failure, setFailure] = useState<unknown>(null)
  useStorageErrorNotices()

  useEffect(() => {
    loadEncryption().catch(setFailure)
    return watchEncryptionChanges()
  }, [])

  if (failure) return <StartupError error={failure} />
  if (status === 'checking') return null
  if (status === 'locked') return <LockScreen />
  if (status === 'unlocked') return <IdleLock>{children}</IdleLock>
  return children
}

function IdleLock({ children }: { children: ReactNode }) {
  const { idleMinutes, migration } = useEncryption()
  useIdleLock(idleMinutes, migration !== null)
  return children
}
