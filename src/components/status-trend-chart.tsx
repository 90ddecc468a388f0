import { useId } from 'react'
import { TOTAL_STATUS_ORDER } from '../domain/statuses'
import type { TotalStatus } from '../domain/types'
import { StatusBadge } from './status-badge'
import './status-trend-chart.css'

/** Stacked from the bottom: groen, onbekend, oranje, rood on top (the worst stands out). */
const STACK: readonly TotalStatus[] = [...TOTAL_STATUS_ORDER].reverse()
const AXIS = 18

/** One bar: its date (dd-mm under the bar) and how many youths had each totaalstatus. */
export interface StatusTrendBar {
  key: string
  date: string
  totals: Readonly<Record<TotalStatus, number>>
  /** Text above the bar (e.g. its total, or "n.b."); none when omitted. */
  above?: string
}

export const shortDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}`

/**
 * Totaalstatus counts as stacked bars. Segments differ by pattern as well as colour (rood
 * hatched, oranje dotted), so colour is never the only signal; the exact numbers are in the
 * table beside it.
 */
export function StatusTrendChart({
  bars,
  label,
  size,
  className = 'trend-chart',
}: {
  bars: readonly StatusTrendBar[]
  /** The chart in words, for screen readers. */
  label: string
  size: { width: number; height: number; maxBar: number; barShare: number }
  className?: string
}) {
  // Pattern ids must be unique in the document (two charts may be mounted at once).
  const id = useId().replace(/:/g, '')
  const { width, height } = size
  const top = bars.some((b) => b.above !== undefined) ? 16 : 0
  const max = Math.max(1, ...bars.map((b) => STACK.reduce((sum, s) => sum + b.totals[s], 0)))
  const slot = width / Math.max(bars.length, 1)
  const bar = Math.min(size.maxBar, slot * size.barShare)
  const scale = (height - AXIS - top) / max
  return (
    <svg className={className} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
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
      {bars.map((b, i) => {
        let y = height - AXIS
        const x = i * slot + (slot - bar) / 2
        return (
          <g key={b.key}>
            {STACK.map((status) => {
              const h = b.totals[status] * scale
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
            {b.above !== undefined && (
              <text x={x + bar / 2} y={y - 4} textAnchor="middle" className="trend-axis">
                {b.above}
              </text>
            )}
            <text x={x + bar / 2} y={height - 4} textAnchor="middle" className="trend-axis">
              {shortDate(b.date)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** The chart's key: each totaalstatus with its pattern swatch and its badge. */
export function StatusTrendLegend({ label }: { label?: string }) {
  return (
    <ul className="inline-counts trend__legend" aria-label={label}>
      {TOTAL_STATUS_ORDER.map((s) => (
        <li key={s}>
          <span className={`trend-swatch trend-swatch--${s}`} aria-hidden="true" />
          <StatusBadge status={s} />
        </li>
      ))}
    </ul>
  )
}
