import type { ReactTable } from '@tanstack/react-table'
import { useVirtualRows, VirtualTable } from '../../../components/virtual-table'
import type { OverviewYouth } from '../../../domain/municipal'
import { useT } from '../../../i18n'
import type { youthsFeatures } from './municipal-youths-features'

type YouthsTableModel = ReactTable<typeof youthsFeatures, OverviewYouth, unknown>

/** The Jongeren tab's virtualised table: TanStack Table sorts every row, the view shows some. */
export function YouthsTable({ table }: { table: YouthsTableModel }) {
  const y = useT().municipalLists.youths
  const rows = table.getRowModel().rows
  const virtual = useVirtualRows({
    count: rows.length,
    getItemKey: (index) => rows[index]?.id ?? index,
  })
  return (
    <VirtualTable
      virtual={virtual}
      table={table}
      rows={rows}
      label={y.tableCaption}
      captionHint={y.sortHint}
      sortTitle={y.sortBy}
      rowStatus={(youth) => youth.row.totalStatus}
      className="municipal-youths__table"
    />
  )
}
