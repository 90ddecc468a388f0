import type { SyncErrorReason } from '../../../domain/sync/types'
import { useT } from '../../../i18n'

export interface OutcomeError {
  reason: SyncErrorReason
  detail?: string
}

/** Why connecting or logging in failed, in words, at the place the user acted (role alert). */
export function OutcomeMessage({ error }: { error: OutcomeError | null }) {
  const t = useT()
  if (!error) return null
  return (
    <div className="sync-error" role="alert">
      <p>
        <span aria-hidden="true">⚠ </span>
        {t.sync.connectErrors[error.reason]}
      </p>
      {error.detail && <p>{t.sync.refusedDetail(error.detail)}</p>}
    </div>
  )
}

/** Moves focus to the first field marked invalid once React has rendered the errors. */
export function focusFirstInvalid(form: HTMLElement | null) {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
}
