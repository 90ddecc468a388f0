import type { MunicipalOverview } from '../../../domain/municipal'
import { useT } from '../../../i18n'
import { YouthsFilters } from './municipal-youths-filters'
import { YouthsTable } from './municipal-youths-table'
import { useYouthTable } from './use-youth-table'
import { YouthColumnChooser } from './youth-column-chooser'
import './municipal-youths.css'

/**
 * Jongeren: every youth row of the ronde in the selection, across providers (pseudonymous:
 * aanbieder + cliëntnummer), filterable and sortable, in a virtualised table whose first two
 * columns stay in view when it scrolls sideways.
 */
export function YouthsTab({ overview }: { overview: MunicipalOverview }) {
  const y = useT().municipalLists.youths
  const { table, data, choosable } = useYouthTable(overview)

  const total = overview.youths.length
  if (total === 0) {
    return (
      <div className="empty-state municipal-youths__empty">
        <h2>{y.emptyTitle}</h2>
        <p>{y.emptyText}</p>
      </div>
    )
  }
  const shown = data.length
  return (
    <div className="municipal-youths">
      <YouthsFilters overview={overview} />
      <div className="municipal-youths__bar">
        <p className="board-summary__shown municipal-youths__count" role="status">
          {shown === total ? y.count(total) : y.countShown(shown, total)}
        </p>
        <YouthColumnChooser columns={choosable} />
      </div>
      {shown === 0 ? (
        <div className="empty-state municipal-youths__empty">
          <h2>{y.noMatchTitle}</h2>
          <p>{y.noMatchText}</p>
        </div>
      ) : (
        <YouthsTable table={table} />
      )}
    </div>
  )
}
