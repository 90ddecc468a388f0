import { useEffect, useState, useSyncExternalStore } from 'react'
import { Dialog } from '../../components/dialog'
import { connectionState } from '../../db/connection-events'
import { classifyStorageError } from '../../db/storage'
import { useT } from '../../i18n'
import { useDialogs } from '../../stores/dialog-store'
import './runtime.css'

/**
 * Shown when this tab had to stop using the database (a newer version or a change of
 * encryption in another tab). Calm and blocking, but never reloading by itself: with a form
 * still open, the user can first copy what they typed.
 */
export function ConnectionBlocked() {
  const t = useT()
  const b = t.security.blocked
  const reason = useSyncExternalStore(connectionState.subscribe, connectionState.getSnapshot)
  const formOpen = useDialogs((s) => s.dialog !== null)
  const [copying, setCopying] = useState(false)

  // Reads that were under way when the connection closed fail with DatabaseClosedError; that
  // is expected now and explained here, so it is not reported as a crash.
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      if (connectionState.getSnapshot() && classifyStorageError(event.reason) === 'closed') {
        event.preventDefault()
      }
    }
    window.addEventListener('unhandledrejection', onRejection)
    return () => window.removeEventListener('unhandledrejection', onRejection)
  }, [])

  if (!reason) return null
  const reload = () => window.location.reload()

  if (copying) {
    return (
      <div className="blocked-banner" role="alert">
        <p className="blocked-banner__text">
          <span aria-hidden="true">⚠ </span>
          {b.banner}
        </p>
        <button type="button" className="button button--primary" onClick={reload}>
          {b.reload}
        </button>
      </div>
    )
  }
  return (
    <Dialog title={b[reason]} onClose={() => setCopying(true)}>
      <p>{b.body}</p>
      {formOpen && <p className="notice-inline">{b.openDialog}</p>}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          data-initial-focus=""
          onClick={reload}
        >
          {b.reload}
        </button>
        {formOpen && (
          <button type="button" className="button" onClick={() => setCopying(true)}>
            {b.reviewFirst}
          </button>
        )}
      </div>
    </Dialog>
  )
}
