import type { MunicipalOverview } from '../../../domain/municipal'
import { useT } from '../../../i18n'
import { tableTitle } from '../../../tables/municipal/table-title'
import { useYouthTable } from './use-youth-table'
import './municipal-youths.css'

/**
 * Jongeren on paper: every row the tab's filters keep, in its order, with the columns chosen in
 * Kolommen, as one plain table (no virtual rows: paper shows them all), titled as in Excel.
 */
export function YouthsPrint({ overview }: { overview: MunicipalOverview }) {
  const t = useT()
  const { table, data } = useYouthTable(overview)
  const title = tableTitle('youths', t)
  return (
    <>
      <p className="report-lead">
        {t.municipalView.print.youthsNote(data.length, overview.youths.length)}
      </p>
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
          {table.getRowModel().rows.map((row) => (
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
