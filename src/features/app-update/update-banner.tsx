import { useId } from 'react'
import { useT } from '../../i18n'
import './app-update.css'

interface UpdateBannerProps {
  onReload: () => void
  onLater: () => void
}

/** "Nieuwe versie beschikbaar": the user picks the moment; nothing reloads by itself. */
export function UpdateBanner({ onReload, onLater }: UpdateBannerProps) {
  const u = useT().security.update
  const titleId = useId()
  return (
    <section className="update-banner" aria-labelledby={titleId} aria-live="polite">
      <h2 id={titleId} className="update-banner__title">
        {u.title}
      </h2>
      <p className="update-banner__body">{u.body}</p>
      <div className="update-banner__actions">
        <button type="button" className="button button--primary" onClick={onReload}>
          {u.reload}
        </button>
        <button type="button" className="button" onClick={onLater}>
          {u.later}
        </button>
      </div>
    </section>
  )
}
