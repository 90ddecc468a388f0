import { TOTAL_STATUS_ORDER } from '../../domain/statuses'
import { useState } from 'react'
import { Link } from 'wouter'
import { StatusBadge } from '../../components/status-badge'
import { deleteOpenReview } from '../../db/review-repo'
import { formatDutchDate } from '../../domain/dates'
import type { Review } from '../../domain/types'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { scopeLabel } from './scope-label'
import { StartReviewForm } from './start-review-form'
import { useReviews } from './use-review'

/** The review overview: resume the open review or start one; the reviews held before. */
export function ReviewHome() {
  const t = useT()
  const r = t.review
  const reviews = useReviews()
  if (!reviews) return <p>{t.common.loading}</p>
  const open = reviews.filter((x) => x.status === 'open')
  const closed = reviews.filter((x) => x.status === 'closed')
  return (
    <div className="page page--review-home">
      <div className="page__header">
        <div>
          <h1 className="page__title">{r.title}</h1>
          <p className="page__intro">{r.intro}</p>
        </div>
      </div>
      {open.map((review) => (
        <OpenReviewCard key={review.id} review={review} />
      ))}
      {open.length === 0 && <StartReviewForm />}
      <section className="card" aria-labelledby="review-history">
        <h2 id="review-history">{r.historyTitle}</h2>
        {closed.length === 0 ? (
          <p>{r.historyEmpty}</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">{r.historyCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{r.columns.date}</th>
                <th scope="col">{r.columns.scope}</th>
                <th scope="col">{r.columns.total}</th>
              </tr>
            </thead>
            <tbody>
              {closed.map((review) => (
                <tr key={review.id}>
                  <td>
                    <Link href={`/${review.id}`}>{formatDutchDate(review.date)}</Link>
                  </td>
                  <td>
                    {scopeLabel(t, review.scope)} (
                    {t.common.count(
                      Object.values(review.totals?.total ?? {}).reduce((a, b) => a + b, 0),
                    )}
                    )
                  </td>
                  <td>
                    <ul className="inline-counts">
                      {TOTAL_STATUS_ORDER.map((status) => (
                        <li key={status}>
                          <StatusBadge status={status} />{' '}
                          {t.common.count(review.totals?.total[status] ?? 0)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  )
}

function OpenReviewCard({ review }: { review: Review }) {
  const t = useT()
  const r = t.review
  const show = useNotices((s) => s.show)
  const [confirming, setConfirming] = useState(false)
  return (
    <section className="card card--highlight" aria-labelledby={`open-${review.id}`}>
      <h2 id={`open-${review.id}`}>
        {r.openTitle}: {formatDutchDate(review.date)}
      </h2>
      <p>
        {scopeLabel(t, review.scope)} · {r.position(review.position + 1, review.youthIds.length)}
        {review.participants.length > 0 && ` · ${review.participants.join(', ')}`}
      </p>
      <div className="form__actions">
        <Link href={`/${review.id}`} className="button button--primary">
          {r.resume}
        </Link>
        {confirming ? (
          <>
            <p role="alert" className="form__hint">
              {r.discardConfirm}
            </p>
            <button
              type="button"
              className="button button--danger"
              onClick={() =>
                void deleteOpenReview(review.id).then(() =>
                  show({ tone: 'success', message: r.discarded }),
                )
              }
            >
              {r.discard}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t.common.cancel}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => setConfirming(true)}
          >
            {r.discard}
          </button>
        )}
      </div>
    </section>
  )
}
