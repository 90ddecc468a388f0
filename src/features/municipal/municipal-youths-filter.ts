import type { OverviewYouth } from '../../domain/municipal'
import { municipalityName } from '../../domain/municipalities'
import { NO_YOUTH_FILTERS, type YouthFilters } from './municipal-youths-store'

export function hasYouthFilters(filters: YouthFilters): boolean {
  return (Object.keys(filters) as (keyof YouthFilters)[]).some(
    (key) => filters[key] !== NO_YOUTH_FILTERS[key],
  )
}

/**
 * The youths that pass every filter, in one pass. Without filters the list itself is returned,
 * so the table keeps its rows. Eigenaar: the youth has an open randvoorwaarde (an action in the
 * file) whose next step is that eigenaar's, as the overview counts them.
 */
export function filterYouths(youths: OverviewYouth[], f: YouthFilters): OverviewYouth[] {
  if (!hasYouthFilters(f)) return youths
  return youths.filter(({ providerKey, row }) => {
    if (f.providerKey && providerKey !== f.providerKey) return false
    if (f.municipalityCode && row.municipalityCode !== f.municipalityCode) return false
    if (f.totalStatus && row.totalStatus !== f.totalStatus) return false
    if (f.reasonCode && !row.reasonCodes.includes(f.reasonCode)) return false
    if (f.owner && !row.actions.some((a) => (a.owner ?? 'none') === f.owner)) return false
    if (f.turning18 && row.age !== 17) return false
    if (f.overdue && row.daysOverdue <= 0) return false
    return true
  })
}

const byName = new Intl.Collator('nl', { numeric: true })

/** The gemeenten that occur in the rows, by name: the gemeente filter's options. */
export function municipalityOptions(
  youths: readonly OverviewYouth[],
): { value: string; label: string }[] {
  const codes = new Set<string>()
  for (const y of youths) codes.add(y.row.municipalityCode)
  return [...codes]
    .map((code) => ({ value: code, label: municipalityName(code) }))
    .sort((a, b) => byName.compare(a.label, b.label))
}
