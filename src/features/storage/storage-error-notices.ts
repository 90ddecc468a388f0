import { useEffect } from 'react'
import { onStorageError } from '../../db/storage'
import { currentDictionary } from '../../i18n'
import { useNotices } from '../../stores/notice-store'

const REPEAT_MS = 4000

/**
 * Every failed write in the app passes the central classifier (src/db/storage.ts); the ones
 * a user can act on — a full disk, a locked app, damaged ciphertext — get a clear notice.
 * The form that tried to save still says that nothing was changed. Renders nothing itself:
 * the app shell mounts it once, beside the lock screen or the app.
 */
export function StorageErrorNotices(): null {
  const show = useNotices((s) => s.show)
  useEffect(() => {
    let last = { kind: '', at: 0 }
    return onStorageError((kind) => {
      if (kind !== 'quota' && kind !== 'locked' && kind !== 'decryption') return
      const now = Date.now()
      if (kind === last.kind && now - last.at < REPEAT_MS) return
      last = { kind, at: now }
      show({ tone: 'error', message: currentDictionary().security.errors[kind] })
    })
  }, [show])
  return null
}
