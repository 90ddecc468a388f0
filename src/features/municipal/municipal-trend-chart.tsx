import { useId } from 'react'
import type { TrendPoint } from '../../domain/municipal'
import { TOTAL_STATUS_ORDER } from '../../domain/statuses'
import type { TotalStatus } from '../../domain/types'
import { useT } from '../../i18n'

/** Stacked from the bottom: groen, onbekend, oranje, rood on top (the worst stands out). */
const STACK: readonly TotalStatus[] = [...TOTAL_STATUS_ORDER].reverse()
const WIDTH = 640
const HEIGHT = 180
const AXIS = 18
const TOP = 16

const shortDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}`
const total = (p: TrendPoint) => STACK.reduce((sum, s) => sum + p.totalStatus[s], 0)

/**
 * Totaalstatus counts per ronde as stacked bars, in the board's house style: rood hatched,
 * oranje dotted, the number placed above each bar and "n.b." for a ronde without files, so
 * colour is never the only signal. The exact numbers are in the table next to it.
 */
export function MunicipalTrendChart({ points }: { points: readonly TrendPoint[] }) {
  const t = useT()
  const tr = t.municipalLists.trend
  // Pattern ids must be unique in the document (the board's chart may be mounted too).
  const id = useId().replace(/:/g, '')
  const max = Math.max(1, ...points.map(total))
  const slot = WIDTH / Math.max(points.length, 1)
  const bar = Math.min(40, slot * 0.6)
  const scale = (HEIGHT - AXIS - TOP) / max
  const first = points[0]
  const last = points.at(-1)
  return (
    <svg
      className="trend-chart municipal-trend__chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={
        first && last
          ? tr.chartLabel(
              shortDate(first.rondeDate),
              shortDate(last.rondeDate),
              last.totalStatus.rood,
              last.totalStatus.groen,
            )
          : tr.empty
      }
    >
      <defs>
        <pattern
          id={`${id}-rood`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" className="trend-fill--rood" />
          <line x1="0" y1="0" x2="0" y2="6" className="trend-hatch" />
        </pattern>
        <pattern id={`${id}-oranje`} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" className="trend-fill--oranje" />
          <circle cx="3" cy="3" r="1.2" className="trend-dot" />
        </pattern>
      </defs>
      {points.map((p, i) => {
        let y = HEIGHT - AXIS
        const x = i * slot + (slot - bar) / 2
        const noFiles = p.providers === 0
        return (
          <g key={p.rondeDate}>
            {STACK.map((status) => {
              const h = p.totalStatus[status] * scale
              y -= h
              if (h <= 0) return null
              const fill =
                status === 'rood' || status === 'oranje' ? `url(#${id}-${status})` : undefined
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
            <text x={x + bar / 2} y={y - 4} textAnchor="middle" className="trend-axis">
              {noFiles ? tr.chartNoFiles : t.common.count(total(p))}
            </text>
            <text x={x + bar / 2} y={HEIGHT - 4} textAnchor="middle" className="trend-axis">
              {shortDate(p.rondeDate)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
