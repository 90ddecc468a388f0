import { Fragment, useId, type ReactNode } from 'react'
import { StatusBadge } from '../status-badge'
import { formatDutchDate } from '../../domain/dates'
import type { Cell, ExportTable } from '../../domain/report/table'
import { useT, type Dictionary } from '../../i18n'

/** A line may break after a slash ("Behandelgroep/klinisch"), so narrow columns stay readable. */
function breakable(text: string): ReactNode {
  if (!text.includes('/')) return text
  return text.split('/').map((part, i) => (
    <Fragment key={i}>
      {i > 0 && (
        <>
          /<wbr />
        </>
      )}
      {part}
    </Fragment>
  ))
}

function shown(cell: Cell, t: Dictionary) {
  const n = t.report.numbers
  switch (cell.kind) {
    case 'text':
      return breakable(cell.value)
    case 'number': {
      if (cell.value === null) return t.common.none
      if (cell.percent) return n.percent(cell.value)
      const value = cell.decimals ? n.decimal(cell.value, cell.decimals) : n.count(cell.value)
      return cell.signed && cell.value > 0 ? `+${value}` : value
    }
    case 'date':
      return formatDutchDate(cell.value)
    case 'status':
      return <StatusBadge status={cell.value} />
  }
}

/** Long free text (acties, criteria) gets room, so rows do not grow very tall. */
const LONG_TEXT = 40

function cellClass(cell: Cell, column: string | undefined): string {
  const long = cell.kind === 'text' && cell.value.length > LONG_TEXT
  return [
    'report-table__cell',
    `report-table__cell--${cell.kind}`,
    long ? 'report-table__cell--long' : '',
    column ? `report-col--${column}` : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/** On screen and on paper a list this long helps nobody; the exports always hold every row. */
export const SHOWN_ROWS = 500

interface ReportTableProps {
  table: ExportTable
  /** Show only the first rows (the exports always hold all of them). */
  limit?: number
  /** A wide table that scrolls sideways: its box takes keyboard focus to scroll. */
  wide?: boolean
  className?: string
}

/** One numbered report table; the first cell of each row names the row. */
export function ReportTable({ table, limit, wide = false, className }: ReportTableProps) {
  const t = useT()
  const captionId = useId()
  const rows = limit === undefined ? table.rows : table.rows.slice(0, limit)
  const cut = rows.length < table.rows.length
  const body = (
    <table className={`report-table${className ? ` ${className}` : ''}`}>
      <caption id={captionId} className="report-table__caption">
        {table.title}
      </caption>
      <thead>
        <tr>
          {table.headers.map((header, i) => (
            <th
              key={i}
              scope="col"
              className={`report-table__header${table.columnKeys?.[i] ? ` report-col--${table.columnKeys[i]}` : ''}`}
            >
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={table.headers.length} className="report-table__empty">
              {t.report.emptyTable}
            </td>
          </tr>
        ) : (
          rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className={cellClass(cell, table.columnKeys?.[c])}>
                    {shown(cell, t)}
                  </th>
                ) : (
                  <td key={c} className={cellClass(cell, table.columnKeys?.[c])}>
                    {shown(cell, t)}
                  </td>
                ),
              )}
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
  const note = cut && (
    <p className="report-lead">{t.report.shownRows(rows.length, table.rows.length)}</p>
  )
  if (!wide)
    return (
      <div className="report-table-box">
        {note}
        {body}
      </div>
    )
  return (
    <div
      className="report-table-box report-table-box--wide"
      // A scrollable region must be reachable by keyboard (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      {note}
      {body}
    </div>
  )
}
