import { shortDate, StatusTrendChart } from '../../../components/status-trend-chart'
import type { TrendPoint } from '../../../domain/municipal'
import { TOTAL_STATUS_ORDER } from '../../../domain/statuses'
import { useT } from '../../../i18n'

const SIZE = { width: 640, height: 180, maxBar: 40, barShare: 0.6 }

const total = (p: TrendPoint) => TOTAL_STATUS_ORDER.reduce((sum, s) => sum + p.totalStatus[s], 0)

/**
 * Totaalstatus counts per ronde as stacked bars, in the board's house style, with the number
 * above each bar and "n.b." for a ronde without files. The exact numbers are in the table.
 */
export function MunicipalTrendChart({ points }: { points: readonly TrendPoint[] }) {
  const t = useT()
  const tr = t.municipalLists.trend
  const first = points[0]
  const last = points.at(-1)
  return (
    <StatusTrendChart
      size={SIZE}
      className="trend-chart municipal-trend__chart"
      bars={points.map((p) => ({
        key: p.rondeDate,
        date: p.rondeDate,
        totals: p.totalStatus,
        above: p.providers === 0 ? tr.chartNoFiles : t.common.count(total(p)),
      }))}
      label={
        first && last
          ? tr.chartLabel(
              shortDate(first.rondeDate),
              shortDate(last.rondeDate),
              last.totalStatus.rood,
              last.totalStatus.groen,
            )
          : tr.empty
      }
    />
  )
}
