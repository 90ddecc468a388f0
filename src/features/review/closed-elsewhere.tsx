import type { Review } from '../../domain/types'
import { useT } from '../../i18n'

/**
 * A review someone closed elsewhere (another laptop through team sync, or another tab) while
 * this screen was still in it: who closed it and when, and what happens to what is typed here
 * now. The youth on screen stays, with everything typed in it; an alert, so a screen reader
 * hears it without losing its place in the form.
 */
export function ClosedElsewhereNotice({ review, onShow }: { review: Review; onShow: () => void }) {
  const t = useT()
  const r = t.review
  const when = review.closedAt ? t.conflicts.moment(review.closedAt) : ''
  return (
    <div className="notice-inline review-closed-elsewhere" role="alert">
      <p>
        <strong>{r.closedElsewhere(review.closedBy || null, when)}</strong>
      </p>
      <p>{r.closedElsewhereKeep}</p>
      <button type="button" className="button" onClick={onShow}>
        {r.closedElsewhereShow}
      </button>
    </div>
  )
}
