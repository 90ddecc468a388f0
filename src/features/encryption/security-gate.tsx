import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { loadEncryption, watchEncryptionChanges } from '../../db/encryption/encryption-start'
import { useEncryption } from './use-encryption'
import { useIdleLock } from './use-idle-lock'
import './encryption.css'

/** Only a browser with encryption on needs it, so it is not part of the first load. */
const LockScreen = lazy(() => import('./lock-screen').then((m) => ({ default: m.LockScreen })))

interface SecurityGateProps {
  children: ReactNode
  /**
   * Shown when the database cannot be opened at all. The app shell supplies its start-up
   * error screen; without one the error goes to the nearest error boundary.
   */
  failed?: (error: unknown) => ReactNode
}

/**
 * Decides what may be shown: with encryption on, nothing of the app is rendered (or read
 * from the database) until the passphrase has opened the key; when unlocked, an idle timer
 * locks again.
 */
export function SecurityGate({ children, failed = rethrow }: SecurityGateProps) {
  const { status } = useEncryption()
  const [failure, setFailure] = useState<unknown>(null)

  useEffect(() => {
    loadEncryption().catch(setFailure)
    return watchEncryptionChanges()
  }, [])

  if (failure) return failed(failure)
  if (status === 'checking') return null
  if (status === 'locked')
    return (
      <Suspense fallback={null}>
        <LockScreen />
      </Suspense>
    )
  if (status === 'unlocked') return <IdleLock>{children}</IdleLock>
  return children
}

function rethrow(error: unknown): never {
  throw error
}

function IdleLock({ children }: { children: ReactNode }) {
  const { idleMinutes, migration } = useEncryption()
  useIdleLock(idleMinutes, migration !== null)
  return children
}
