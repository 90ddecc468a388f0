import { TOTAL_STATUS_ORDER } from '../../domain/statuses'
import { useLiveQuery } from 'dexie-react-hooks'
import { StatusTrendLegend } from '../../components/status-trend-chart'
import { closedReviews } from '../../db/review-repo'
import { formatDutchDate } from '../../domain/dates'
import { trendPoints } from '../../domain/review/timeline'
import type { Settings } from '../../domain/types'
import { preconditionName, useT } from '../../i18n'
import { useBoardView } from './board-view-store'
import { TrendChart } from './trend-chart'
import './trend.css'

/** The board's trend: totaalstatus over the last 12 reviews and rood per precondition. */
export function TrendPanel({ settings }: { settings: Settings }) {
  const t = useT()
  const tr = t.board.trend
  const { trendOpen, setTrendOpen } = useBoardView()
  const reviews = useLiveQuery(closedReviews, [])
  if (!reviews) return null
  const points = trendPoints(reviews)
  const preconditions = settings.preconditions.filter((p) =>
    points.some((pt) => p.id in pt.totals.redPerPrecondition),
  )
  return (
    <details
      className="trend card"
      open={trendOpen}
      onToggle={(event) => setTrendOpen(event.currentTarget.open)}
    >
      <summary className="trend__summary">
        {points.length === 0 ? tr.title : tr.summary(points.length)}
      </summary>
      {points.length === 0 ? (
        <p>{tr.empty}</p>
      ) : (
        <div className="trend__body">
          <figure className="trend__figure">
            <figcaption className="trend__caption">{tr.totalTitle}</figcaption>
            <TrendChart points={points} />
            <StatusTrendLegend />
          </figure>
          <figure className="trend__figure">
            <figcaption className="trend__caption">{tr.redTitle}</figcaption>
            <ul className="trend-red">
              {preconditions.map((p) => {
                const values = points.map((pt) => pt.totals.redPerPrecondition[p.id] ?? 0)
                const max = Math.max(1, ...values)
                return (
                  <li key={p.id} className="trend-red__row">
                    <span className="trend-red__name">{preconditionName(t, p)}</span>
                    <span className="trend-red__bars" aria-hidden="true">
                      {values.map((v, i) => (
                        <span
                          key={points[i]?.reviewId ?? i}
                          className="trend-red__bar"
                          style={{ blockSize: `${Math.max(2, (v / max) * 28)}px` }}
                        />
                      ))}
                    </span>
                    <span className="trend-red__last">{t.common.count(values.at(-1) ?? 0)}</span>
                  </li>
                )
              })}
            </ul>
          </figure>
          <details className="trend__table">
            <summary>{tr.showTable}</summary>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{tr.tableCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{tr.review}</th>
                    {TOTAL_STATUS_ORDER.map((s) => (
                      <th key={s} scope="col">
                        {t.statuses[s]}
                      </th>
                    ))}
                    {preconditions.map((p) => (
                      <th key={p.id} scope="col">
                        {tr.redOn(preconditionName(t, p))}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[...points].reverse().map((pt) => (
                    <tr key={pt.reviewId}>
                      <th scope="row">{formatDutchDate(pt.date)}</th>
                      {TOTAL_STATUS_ORDER.map((s) => (
                        <td key={s}>{t.common.count(pt.totals.total[s])}</td>
                      ))}
                      {preconditions.map((p) => (
                        <td key={p.id}>
                          {t.common.count(pt.totals.redPerPrecondition[p.id] ?? 0)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </div>
      )}
    </details>
  )
}
