import type { MunicipalOverview } from '../../../domain/municipal'
import { SHOWN_ROWS } from '../../../components/report/report-table'
import { useT } from '../../../i18n'
import { tableTitle } from '../../../tables/municipal/table-title'
import { useYouthTable } from './use-youth-table'
import './municipal-youths.css'

/**
 * Jongeren on paper: the rows the tab's filters keep, in its order, with the columns chosen in
 * Kolommen, as one plain table (no virtual rows), titled as in Excel. Like the report's lists,
 * at most SHOWN_ROWS rows: the exports hold every one.
 */
export function YouthsPrint({ overview }: { overview: MunicipalOverview }) {
  const t = useT()
  const { table, data } = useYouthTable(overview)
  const title = tableTitle('youths', t)
  const rows = table.getRowModel().rows
  const shown = rows.length > SHOWN_ROWS ? rows.slice(0, SHOWN_ROWS) : rows
  return (
    <>
      <p className="report-lead">
        {t.municipalView.print.youthsNote(data.length, overview.youths.length)}
      </p>
      {shown.length < rows.length && (
        <p className="report-lead">{t.report.shownRows(shown.length, rows.length)}</p>
      )}
      <table className="report-table municipal-youths-print">
        <caption className="report-table__caption">{title}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  {String(header.column.columnDef.header ?? header.id)}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className="report-table__cell">
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
