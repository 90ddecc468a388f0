import { Link } from 'wouter'
import { clearStorageFullMark } from '../../db/storage'
import { useT } from '../../i18n'

/**
 * On an empty board after the disk ran full: Chromium may have wiped the database, so the
 * board must not greet the user as a newcomer. Says what happened and where the back-up is.
 */
export function StorageFullNote() {
  const t = useT()
  const s = t.board.storageFull
  return (
    <section
      className="error-summary storage-full-note"
      role="alert"
      aria-labelledby="storage-full-title"
    >
      <h2 id="storage-full-title" className="error-summary__title">
        {s.title}
      </h2>
      <p>{s.text}</p>
      <div className="empty-state__actions">
        <Link href="/instellingen" className="button button--primary">
          {s.restore}
        </Link>
        <button type="button" className="button" onClick={clearStorageFullMark}>
          {s.dismiss}
        </button>
      </div>
    </section>
  )
}
