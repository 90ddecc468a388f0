import { TOTAL_STATUS_ORDER } from '../../domain/statuses'
import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'wouter'
import { StatusBadge } from '../../components/status-badge'
import { getSnapshot } from '../../db/review-repo'
import { formatDutchDate } from '../../domain/dates'
import { snapshotEntryAt } from '../../domain/review/snapshot'
import type { Review, Settings, Youth } from '../../domain/types'
import { preconditionName, useT } from '../../i18n'
import { scopeLabel } from './scope-label'

/** A closed review: what was recorded, read from its immutable snapshot. */
export function ClosedReview({
  review,
  settings,
  youths,
}: {
  review: Review
  settings: Settings
  youths: ReadonlyMap<string, Youth>
}) {
  const t = useT()
  const r = t.review
  const snapshot = useLiveQuery(() => getSnapshot(review.id), [review.id])
  const columns = snapshot ? Object.keys(snapshot.columns) : []
  const nameOf = (id: string) => {
    const p = settings.preconditions.find((x) => x.id === id)
    return p ? preconditionName(t, p) : id
  }
  return (
    <div className="page page--review">
      <Link href="/" className="back-link">
        ← {r.back}
      </Link>
      <h1 className="page__title">{r.closedTitle(formatDutchDate(review.date))}</h1>
      <p className="page__intro">
        {r.closedIntro} {scopeLabel(t, review.scope)}
        {review.participants.length > 0 && ` · ${review.participants.join(', ')}`}
      </p>
      <ul className="inline-counts">
        {TOTAL_STATUS_ORDER.map((status) => (
          <li key={status}>
            <StatusBadge status={status} /> {t.common.count(review.totals?.total[status] ?? 0)}
          </li>
        ))}
      </ul>
      {snapshot && (
        <table className="data-table">
          <caption className="visually-hidden">
            {r.closedTitle(formatDutchDate(review.date))}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.board.columns.clientRef}</th>
              <th scope="col">{r.discussedAt}</th>
              {columns.map((id) => (
                <th key={id} scope="col">
                  {nameOf(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {snapshot.youthIds.map((id, index) => {
              const entry = snapshotEntryAt(snapshot, index)
              const youth = youths.get(id)
              return (
                <tr key={id}>
                  <th scope="row">
                    {youth ? <Link href={`~/jongeren/${id}`}>{youth.clientRef}</Link> : id}
                  </th>
                  <td>{entry.discussed ? t.common.yes : t.common.no}</td>
                  {columns.map((c) => (
                    <td key={c}>
                      <StatusBadge status={entry.statuses[c] ?? 'onbekend'} />
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </div>
  )
}
