import { functionalUpdate, useTable } from '@tanstack/react-table'
import { useMemo } from 'react'
import { filterYouths, type MunicipalOverview } from '../../../domain/municipal'
import { BUILTIN_PRECONDITION_IDS } from '../../../domain/preconditions'
import { useT } from '../../../i18n'
import { youthColumns, type PreconditionNames } from './municipal-youths-columns'
import { youthsFeatures } from './municipal-youths-features'
import { YouthsFilters } from './municipal-youths-filters'
import { useYouthsView } from './municipal-youths-store'
import { YouthsTable } from './municipal-youths-table'
import './municipal-youths.css'

/** Per provider, the names its files give its randvoorwaarden (for the provider's own ones). */
function preconditionNames(overview: MunicipalOverview): PreconditionNames {
  const names = new Map<string, Map<string, string>>()
  for (const { provider, files } of overview.providers) {
    const own = new Map<string, string>()
    for (const f of files)
      for (const p of f.file.preconditions) if (!own.has(p.id)) own.set(p.id, p.name)
    names.set(provider.providerKey, own)
  }
  return names
}

/**
 * Jongeren: every youth row of the ronde in the selection, across providers (pseudonymous:
 * aanbieder + cliëntnummer), filterable and sortable, in a virtualised table.
 */
export function YouthsTab({ overview }: { overview: MunicipalOverview }) {
  const t = useT()
  const y = t.municipalLists.youths
  const { filters, sorting, setSorting } = useYouthsView()

  // A standard randvoorwaarde gets its own column when some youth in the ronde has it.
  const standardIds = useMemo(
    () =>
      BUILTIN_PRECONDITION_IDS.filter((id) =>
        overview.figures.perPrecondition.some(
          (p) => p.provider === null && p.preconditionId === id,
        ),
      ),
    [overview.figures.perPrecondition],
  )
  const names = useMemo(() => preconditionNames(overview), [overview])
  const columns = useMemo(() => youthColumns(t, standardIds, names), [t, standardIds, names])
  const data = useMemo(() => filterYouths(overview.youths, filters), [overview.youths, filters])
  // A sort on a column that is not there in this ronde is dropped.
  const validSorting = useMemo(
    () => sorting.filter((s) => columns.some((c) => c.id === s.id)),
    [sorting, columns],
  )

  const table = useTable({
    features: youthsFeatures,
    columns,
    data,
    getRowId: (r) => `${r.providerKey}|${r.row.clientRef}`,
    state: { sorting: validSorting },
    onSortingChange: (updater) => setSorting(functionalUpdate(updater, validSorting)),
    enableMultiSort: false,
  })

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
      <p className="board-summary__shown municipal-youths__count" role="status">
        {shown === total ? y.count(total) : y.countShown(shown, total)}
      </p>
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
