import { useMemo } from 'react'
import { SelectField } from '../../../components/field'
import {
  filterYouths,
  hasYouthFilters,
  municipalityOptions,
  reasonCodeCounts,
  STUCK_KEYS,
  type MunicipalOverview,
  type StuckKey,
} from '../../../domain/municipal'
import { TOTAL_STATUS_ORDER } from '../../../domain/statuses'
import type { Owner } from '../../../domain/types'
import type { YouthChange } from '../../../domain/municipal'
import { stuckLabel } from '../../../tables/municipal/municipal-labels'
import { useT } from '../../../i18n'
import { useYouthsView } from './municipal-youths-store'

const CHANGE_OPTIONS = ['slechter', 'beter', 'nieuw', 'gelijk'] as const satisfies YouthChange[]

/**
 * Aanbieder, gemeente, totaalstatus, knelpunt, eigenaar, klaar maar vast, change since the
 * previous peildatum, 18 binnen 12 maanden zonder groen Toekomstplan, over uitstroomdatum.
 */
export function YouthsFilters({ overview }: { overview: MunicipalOverview }) {
  const t = useT()
  const y = t.municipalLists.youths
  const { filters, setFilter, clearFilters } = useYouthsView()
  const municipalities = useMemo(() => municipalityOptions(overview.youths), [overview.youths])
  const providers = overview.providers.map(({ provider }) => ({
    value: provider.providerKey,
    label: provider.providerName,
  }))
  // Counted among the youths the other filters leave, so a count is what choosing it shows.
  const codeCounts = useMemo(
    () => reasonCodeCounts(overview.youths, filters),
    [overview.youths, filters],
  )
  const codes = codeCounts.map(({ code, youths }) => {
    const label = t.reasonCodes[code]
    return {
      value: code,
      label: `${code}${label ? ` ${label}` : ''} (${t.common.count(youths)})`,
    }
  })
  const stuck = overview.stuck.total.perKey
  const stuckOptions = STUCK_KEYS.filter((key) => stuck[key] > 0 || key === filters.stuckOn).map(
    (key) => ({
      value: key,
      label: `${stuckLabel(key, t)} (${t.common.count(stuck[key])})`,
    }),
  )
  // How many youths each change option would show, with the other filters as they are.
  const changeCounts = useMemo(() => {
    const counts: Record<YouthChange, number> = { beter: 0, slechter: 0, gelijk: 0, nieuw: 0 }
    for (const y of filterYouths(overview.youths, { ...filters, change: '' }))
      counts[y.row.change]++
    return counts
  }, [overview.youths, filters])
  const v = t.municipalView.change
  const owners = overview.figures.owners.map(({ owner, youths }) => ({
    value: owner ?? ('none' as const),
    label: `${owner ? t.owners[owner] : y.ownerNone} (${t.common.count(youths)})`,
  }))

  return (
    <div role="search" className="board-filters municipal-youths__filters" aria-label={y.filters}>
      <SelectField
        label={y.provider}
        value={filters.providerKey}
        placeholder={t.common.all}
        options={providers}
        onChange={(value) => setFilter('providerKey', value)}
      />
      <SelectField
        label={y.municipality}
        value={filters.municipalityCode}
        placeholder={t.common.all}
        options={municipalities}
        onChange={(value) => setFilter('municipalityCode', value)}
      />
      <SelectField
        label={y.totalStatus}
        value={filters.totalStatus}
        placeholder={t.common.all}
        options={TOTAL_STATUS_ORDER.map((s) => ({ value: s, label: t.statuses[s] }))}
        onChange={(value) => setFilter('totalStatus', value)}
      />
      <SelectField
        label={y.reasonCode}
        value={filters.reasonCode}
        placeholder={t.common.all}
        options={codes}
        onChange={(value) => setFilter('reasonCode', value)}
      />
      <SelectField<Owner | 'none'>
        label={y.owner}
        value={filters.owner}
        placeholder={t.common.all}
        options={owners}
        onChange={(value) => setFilter('owner', value)}
      />
      <SelectField<StuckKey>
        label={t.municipalFigures.stuck.filter}
        value={filters.stuckOn}
        placeholder={t.common.all}
        options={stuckOptions}
        onChange={(value) => setFilter('stuckOn', value)}
      />
      <SelectField<YouthChange>
        label={v.filter}
        value={filters.change}
        placeholder={t.common.all}
        options={CHANGE_OPTIONS.map((change) => ({
          value: change,
          label: v.option(v.options[change], changeCounts[change]),
        }))}
        onChange={(value) => setFilter('change', value)}
      />
      <div className="municipal-youths__checks">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.turning18}
            onChange={(event) => setFilter('turning18', event.target.checked)}
          />
          <span>{y.turning18}</span>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.overdue}
            onChange={(event) => setFilter('overdue', event.target.checked)}
          />
          <span>{y.overdue}</span>
        </label>
      </div>
      {hasYouthFilters(filters) && (
        <button
          type="button"
          className="button button--ghost board-filters__clear"
          onClick={clearFilters}
        >
          {y.clearFilters}
        </button>
      )}
    </div>
  )
}
