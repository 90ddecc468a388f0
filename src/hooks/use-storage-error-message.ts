import { useCallback } from 'react'
import { classifyStorageError } from '../db/storage'
import { useT } from '../i18n'

/**
 * What to tell the user about a failed write: the storage classifier's explanation (a full
 * disk, a locked app, …), or null when the failure is not about storage.
 */
export function useStorageErrorMessage(): (error: unknown) => string | null {
  const t = useT()
  return useCallback(
    (error: unknown) => {
      const kind = classifyStorageError(error)
      return kind === 'other' ? null : t.security.errors[kind]
    },
    [t],
  )
}
