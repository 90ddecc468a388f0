import { TOTAL_STATUS_ORDER } from '../../domain/statuses'
import { SelectField, InputField } from '../../components/field'
import { SIGNALS } from '../../domain/signals'
import { LIVING_ARRANGEMENTS } from '../../domain/types'
import { useT } from '../../i18n'
import { EMPTY_FILTERS, useBoardView } from './board-view-store'

interface BoardFiltersProps {
  municipalities: readonly string[]
  locations: readonly string[]
}

/** Filters for gemeente, locatie, verblijfsvorm, totaalstatus and signaal, plus text search. */
export function BoardFilters({ municipalities, locations }: BoardFiltersProps) {
  const t = useT()
  const { filters, setFilter, clearFilters } = useBoardView()
  const f = t.board.filter
  const active = (Object.keys(filters) as (keyof typeof filters)[]).some(
    (key) => filters[key] !== EMPTY_FILTERS[key],
  )
  return (
    <div role="search" className="board-filters" aria-label={t.board.filters}>
      <InputField
        type="search"
        label={t.board.search}
        hint={t.board.searchHint}
        value={filters.search}
        onChange={(value) => setFilter('search', value)}
      />
      <SelectField
        label={f.municipality}
        value={filters.municipality}
        placeholder={t.common.all}
        options={municipalities.map((m) => ({ value: m, label: m }))}
        onChange={(value) => setFilter('municipality', value)}
      />
      <SelectField
        label={f.location}
        value={filters.location}
        placeholder={t.common.all}
        options={locations.map((l) => ({ value: l, label: l }))}
        onChange={(value) => setFilter('location', value)}
      />
      <SelectField
        label={f.livingArrangement}
        value={filters.livingArrangement}
        placeholder={t.common.all}
        options={LIVING_ARRANGEMENTS.map((v) => ({ value: v, label: t.livingArrangements[v] }))}
        onChange={(value) => setFilter('livingArrangement', value)}
      />
      <SelectField
        label={f.totalStatus}
        value={filters.totalStatus}
        placeholder={t.common.all}
        options={TOTAL_STATUS_ORDER.map((v) => ({
          value: v,
          label: t.statuses[v],
        }))}
        onChange={(value) => setFilter('totalStatus', value)}
      />
      <SelectField
        label={f.signal}
        value={filters.signal}
        placeholder={t.common.all}
        options={SIGNALS.map((v) => ({ value: v, label: t.signals[v] }))}
        onChange={(value) => setFilter('signal', value)}
      />
      {active && (
        <button
          type="button"
          className="button button--ghost board-filters__clear"
          onClick={clearFilters}
        >
          {t.board.clearFilters}
        </button>
      )}
    </div>
  )
}
