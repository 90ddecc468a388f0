import { shortDate, StatusTrendChart } from '../../components/status-trend-chart'
import type { TrendPoint } from '../../domain/review/timeline'
import { useT } from '../../i18n'

const SIZE = { width: 520, height: 120, maxBar: 36, barShare: 0.7 }

/** Totaalstatus counts per review as stacked bars; the exact numbers are in the table beside it. */
export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  const t = useT()
  const first = points[0]
  const last = points.at(-1)
  return (
    <StatusTrendChart
      size={SIZE}
      bars={points.map((p) => ({ key: p.reviewId, date: p.date, totals: p.totals.total }))}
      label={
        first && last
          ? t.board.trend.chartLabel(
              shortDate(first.date),
              shortDate(last.date),
              last.totals.total.rood,
              last.totals.total.groen,
            )
          : t.board.trend.empty
      }
    />
  )
}
