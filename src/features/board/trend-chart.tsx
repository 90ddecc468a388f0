import type { TrendPoint } from '../../domain/review/timeline'
import { TOTAL_STATUS_ORDER } from '../../domain/statuses'
import type { TotalStatus } from '../../domain/types'
import { useT } from '../../i18n'

/** Stacked from the bottom: groen, onbekend, oranje, rood on top (the worst stands out). */
const STACK: readonly TotalStatus[] = [...TOTAL_STATUS_ORDER].reverse()
const WIDTH = 520
const HEIGHT = 120
const AXIS = 18

/**
 * Totaalstatus counts per review as stacked bars. Segments differ by pattern as well as
 * colour; the exact numbers are in the table next to it.
 */
export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  const t = useT()
  const max = Math.max(
    1,
    ...points.map((p) => STACK.reduce((sum, s) => sum + p.totals.total[s], 0)),
  )
  const slot = WIDTH / Math.max(points.length, 1)
  const bar = Math.min(36, slot * 0.7)
  const scale = (HEIGHT - AXIS) / max
  const first = points[0]
  const last = points.at(-1)
  const shortDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}`
  return (
    <svg
      className="trend-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={
        first && last
          ? t.board.trend.chartLabel(
              shortDate(first.date),
              shortDate(last.date),
              last.totals.total.rood,
              last.totals.total.groen,
            )
          : t.board.trend.empty
      }
    >
      <defs>
        <pattern
          id="trend-rood"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" className="trend-fill--rood" />
          <line x1="0" y1="0" x2="0" y2="6" className="trend-hatch" />
        </pattern>
        <pattern id="trend-oranje" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" className="trend-fill--oranje" />
          <circle cx="3" cy="3" r="1.2" className="trend-dot" />
        </pattern>
      </defs>
      {points.map((p, i) => {
        let y = HEIGHT - AXIS
        const x = i * slot + (slot - bar) / 2
        return (
          <g key={p.reviewId}>
            {STACK.map((status) => {
              const h = p.totals.total[status] * scale
              y -= h
              if (h <= 0) return null
              const fill =
                status === 'rood' || status === 'oranje' ? `url(#trend-${status})` : undefined
              return (
                <rect
                  key={status}
                  x={x}
                  y={y}
                  width={bar}
                  height={h}
                  // A class would override the pattern fill, so patterned segments get none.
                  className={fill ? undefined : `trend-fill--${status}`}
                  fill={fill}
                />
              )
            })}
            <text x={x + bar / 2} y={HEIGHT - 4} textAnchor="middle" className="trend-axis">
              {shortDate(p.date)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
