import { StatusBadge } from '../../components/status-badge'
import { formatDutchDate } from '../../domain/dates'
import { LONG_RED_REVIEWS } from '../../domain/review/streaks'
import type { YouthTimeline as Timeline } from '../../domain/review/timeline'
import type { PreconditionDef } from '../../domain/types'
import { preconditionName, useT } from '../../i18n'

/** Each precondition's colour across the closed reviews: a table, readable without colour. */
export function YouthTimeline({
  timeline,
  preconditions,
}: {
  timeline: Timeline
  preconditions: readonly PreconditionDef[]
}) {
  const t = useT()
  const h = t.history
  if (timeline.reviews.length === 0) return <p>{h.timelineEmpty}</p>
  return (
    <div className="table-scroll">
      <table className="data-table timeline-table">
        <caption className="visually-hidden">{h.timelineCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{h.precondition}</th>
            {timeline.reviews.map((r) => (
              <th key={r.reviewId} scope="col">
                {formatDutchDate(r.date)}
                {!r.discussed && <span className="timeline-table__note"> {h.notDiscussed}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {timeline.rows.map((row) => {
            const p = preconditions.find((x) => x.id === row.preconditionId)
            return (
              <tr key={row.preconditionId}>
                <th scope="row">
                  {p ? preconditionName(t, p) : row.preconditionId}
                  {row.redStreak >= 2 && (
                    <span
                      className={`timeline-table__streak${row.redStreak >= LONG_RED_REVIEWS ? ' timeline-table__streak--long' : ''}`}
                    >
                      {h.redSince(row.redStreak)}
                    </span>
                  )}
                </th>
                {row.statuses.map((status, i) => (
                  <td key={timeline.reviews[i]?.reviewId ?? i}>
                    {status ? <StatusBadge status={status} /> : t.common.none}
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
