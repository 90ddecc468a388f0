import { TOTAL_STATUS_ORDER } from '../../domain/statuses'
import { useId } from 'react'
import { StatusIcon } from '../status-icon'
import type { TotalStatus } from '../../domain/types'
import { useT } from '../../i18n'

export interface Bar {
  label: string
  value: number
  /** The value as shown next to the bar ("3", "25,0%"). */
  shown: string
}

const BAR_WIDTH = 240
const VALUE_WIDTH = 90
const ROW = 26
/** Roughly the width of a label at 13px. */
const CHAR_WIDTH = 7.2

/**
 * A small horizontal bar chart. The figure is one image to assistive technology, named by
 * its caption, which points to the table holding the same numbers.
 */
export function BarChart({ caption, bars }: { caption: string; bars: readonly Bar[] }) {
  const id = useId()
  const max = Math.max(1, ...bars.map((b) => b.value))
  const height = bars.length * ROW + 4
  const longest = Math.max(...bars.map((b) => Math.min(b.label.length, 38)))
  // Room for wide capitals ("WON-2") besides the average character width.
  const labelWidth = Math.ceil(longest * CHAR_WIDTH) + 20
  const width = labelWidth + BAR_WIDTH + VALUE_WIDTH
  return (
    <figure className="report-figure">
      <svg
        className="report-chart"
        role="img"
        aria-labelledby={id}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
      >
        {bars.map((bar, i) => {
          const y = i * ROW + 2
          const barWidth = (bar.value / max) * BAR_WIDTH
          return (
            <g key={bar.label}>
              <text x={labelWidth - 8} y={y + 16} textAnchor="end" className="report-chart__label">
                {bar.label.length > 38 ? `${bar.label.slice(0, 37)}…` : bar.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 3}
                width={Math.max(barWidth, 1)}
                height={ROW - 8}
                className="report-chart__bar"
              />
              <text x={labelWidth + barWidth + 6} y={y + 16} className="report-chart__value">
                {bar.shown}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption id={id} className="report-figure__caption">
        {caption}
      </figcaption>
    </figure>
  )
}

export interface StackRow {
  label: string
  counts: Record<TotalStatus, number>
}

/** 100% bars of totaalstatus per date, every segment with its count and a legend with shapes. */
export function StatusStackChart({
  caption,
  rows,
}: {
  caption: string
  rows: readonly StackRow[]
}) {
  const t = useT()
  const id = useId()
  const width = 560
  const left = 100
  return (
    <figure className="report-figure">
      <svg
        className="report-chart"
        role="img"
        aria-labelledby={id}
        viewBox={`0 0 ${width + left} ${rows.length * 40}`}
        width={width + left}
        height={rows.length * 40}
      >
        {rows.map((row, i) => {
          const total = TOTAL_STATUS_ORDER.reduce((sum, s) => sum + row.counts[s], 0)
          let x = left
          return (
            <g key={row.label}>
              <text x={left - 8} y={i * 40 + 24} textAnchor="end" className="report-chart__label">
                {row.label}
              </text>
              {TOTAL_STATUS_ORDER.map((s) => {
                const w = total === 0 ? 0 : (row.counts[s] / total) * width
                const segment = (
                  <g key={s}>
                    <rect
                      x={x}
                      y={i * 40 + 6}
                      width={w}
                      height={26}
                      className={`report-chart__segment report-chart__segment--${s}`}
                    />
                    {w >= 28 && (
                      <text
                        x={x + w / 2}
                        y={i * 40 + 24}
                        textAnchor="middle"
                        className={`report-chart__count report-chart__count--${s}`}
                      >
                        {t.report.numbers.count(row.counts[s])}
                      </text>
                    )}
                  </g>
                )
                x += w
                return segment
              })}
            </g>
          )
        })}
      </svg>
      <ul className="report-legend" aria-hidden="true">
        {TOTAL_STATUS_ORDER.map((s) => (
          <li key={s}>
            <StatusIcon status={s} /> {t.statuses[s]}
          </li>
        ))}
      </ul>
      <figcaption id={id} className="report-figure__caption">
        {caption}
      </figcaption>
    </figure>
  )
}
