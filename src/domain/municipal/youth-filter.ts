import { municipalityName } from '../municipalities'
import type { Owner, TotalStatus } from '../types'
import { stuckOn, type StuckKey } from './stuck-figures'
import type { YouthChange } from './types'
import type { OverviewYouth } from './youth-list'
import { isOverdue, turnsEighteenWithoutPlan } from './youth-rules'

/** The Jongeren filters; '' is "all". `owner: 'none'` is an action without an eigenaar. */
export interface YouthFilters {
  providerKey: string
  municipalityCode: string
  totalStatus: TotalStatus | ''
  reasonCode: string
  owner: Owner | 'none' | ''
  /** Turns 18 within 12 months without a groen Toekomstplan (`turnsEighteenWithoutPlan`). */
  turning18: boolean
  /** Past the beoogde uitstroomdatum (`isOverdue`). */
  overdue: boolean
  /** Klaar maar vast: past the date and held by this randvoorwaarde (`stuckOn`). */
  stuckOn: StuckKey | ''
  /**
   * Totaalstatus beter, slechter, gelijk or nieuw since the provider's previous peildatum: the
   * row's own `change`, as Per aanbieder and the change table count it.
   */
  change: YouthChange | ''
}

export const NO_YOUTH_FILTERS: YouthFilters = {
  providerKey: '',
  municipalityCode: '',
  totalStatus: '',
  reasonCode: '',
  owner: '',
  turning18: false,
  overdue: false,
  stuckOn: '',
  change: '',
}

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
    if (f.turning18 && !turnsEighteenWithoutPlan(row)) return false
    if (f.overdue && !isOverdue(row)) return false
    if (f.stuckOn && !stuckOn(row).includes(f.stuckOn)) return false
    if (f.change && row.change !== f.change) return false
    return true
  })
}

/**
 * The knelpunt filter's choices with the youths each has among those the other filters leave
 * (issue 21 item 10): the count beside a choice is what choosing it shows. The chosen code
 * stays a choice with 0 when another filter leaves none of its youths, so the filter never
 * shows a choice the list does not offer.
 */
export function reasonCodeCounts(
  youths: OverviewYouth[],
  f: YouthFilters,
): { code: string; youths: number }[] {
  const counts = new Map<string, number>()
  for (const { row } of filterYouths(youths, { ...f, reasonCode: '' })) {
    for (const code of new Set(row.reasonCodes)) counts.set(code, (counts.get(code) ?? 0) + 1)
  }
  if (f.reasonCode && !counts.has(f.reasonCode)) counts.set(f.reasonCode, 0)
  return [...counts]
    .map(([code, n]) => ({ code, youths: n }))
    .sort((a, b) => b.youths - a.youths || (a.code < b.code ? -1 : 1))
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
