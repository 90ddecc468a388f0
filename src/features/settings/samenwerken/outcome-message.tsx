import { useSyncText } from './use-sync-text'
import type { SyncErrorReason } from '../../../domain/sync/types'

export interface OutcomeError {
  reason: SyncErrorReason
  detail?: string
}

/** Why connecting or logging in failed, in words, at the place the user acted (role alert). */
export function OutcomeMessage({ error }: { error: OutcomeError | null }) {
  const s = useSyncText()
  if (!error) return null
  return (
    <div className="sync-error" role="alert">
      <p>
        <span aria-hidden="true">⚠ </span>
        {s.connectErrors[error.reason]}
      </p>
      {error.detail && <p>{s.refusedDetail(error.detail)}</p>}
    </div>
  )
}

/** Moves focus to the first field marked invalid once React has rendered the errors. */
export function focusFirstInvalid(form: HTMLElement | null) {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
}
