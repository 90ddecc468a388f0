import { functionalUpdate, useTable } from '@tanstack/react-table'
import { useMemo } from 'react'
import { filterYouths, type MunicipalOverview } from '../../../domain/municipal'
import { BUILTIN_PRECONDITION_IDS } from '../../../domain/preconditions'
import { useT } from '../../../i18n'
import { youthColumns, type PreconditionNames } from './municipal-youths-columns'
import { youthsFeatures } from './municipal-youths-features'
import { useYouthsView } from './municipal-youths-store'
import { isShown, useYouthColumns } from './youth-columns-store'

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
 * The Jongeren table as the tab shows it and Afdrukken prints it: the filtered rows in the
 * chosen order, with the columns chosen in Kolommen (and every column, for the chooser).
 */
export function useYouthTable(overview: MunicipalOverview) {
  const t = useT()
  const { filters, sorting, setSorting } = useYouthsView()
  const { chosen } = useYouthColumns()

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
  const tariffs = overview.dailyTariffs
  const allColumns = useMemo(
    () => youthColumns(t, standardIds, names, tariffs),
    [t, standardIds, names, tariffs],
  )
  const columns = useMemo(
    () => allColumns.filter((c) => isShown(chosen, c.id ?? '')),
    [allColumns, chosen],
  )
  const data = useMemo(() => filterYouths(overview.youths, filters), [overview.youths, filters])
  // A sort on a column that is not shown (not in this ronde, or hidden) is dropped.
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
  const choosable = useMemo(
    () => allColumns.map((c) => ({ id: c.id ?? '', label: String(c.header ?? c.id) })),
    [allColumns],
  )
  return { table, data, choosable }
}
