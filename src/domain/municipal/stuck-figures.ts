import type { ExchangeYouth } from '../exchange/exchange-schema-v2'
import { PRECONDITION_IDS } from '../preconditions'
import { LIVING_ARRANGEMENTS, type LivingArrangement } from '../types'
import { zeroCounts } from './counts'
import type { SelectedProvider } from './selected'
import { isOverdue } from './youth-rules'

/*
 * Klaar maar vast (issue 21 item 6): youths past their beoogde uitstroomdatum, counted by the
 * randvoorwaarde that holds them (rood or oranje). A youth held by two counts under both; one
 * with every randvoorwaarde groen or n.v.t. counts under "geen open randvoorwaarde".
 */

/** The standard randvoorwaarden, a provider's own ones together, and none open. */
const BUILTIN = Object.values(PRECONDITION_IDS)
export const STUCK_KEYS = [...BUILTIN, 'eigen', 'geen'] as const
export type StuckKey = (typeof STUCK_KEYS)[number]

const STANDARD = new Set<string>(BUILTIN)

/** What holds an overdue youth; empty when the youth is not past the uitstroomdatum. */
export function stuckOn(row: Pick<ExchangeYouth, 'daysOverdue' | 'statuses'>): StuckKey[] {
  if (!isOverdue(row)) return []
  const keys = new Set<StuckKey>()
  for (const [id, status] of Object.entries(row.statuses)) {
    if (status !== 'rood' && status !== 'oranje') continue
    keys.add(STANDARD.has(id) ? (id as StuckKey) : 'eigen')
  }
  return keys.size === 0 ? ['geen'] : STUCK_KEYS.filter((k) => keys.has(k))
}

export interface StuckLine {
  /** Youths past the uitstroomdatum. */
  overdue: number
  /** Per randvoorwaarde that holds them. */
  perKey: Record<StuckKey, number>
}

export interface StuckProvider extends StuckLine {
  providerKey: string
  providerName: string
}

export interface StuckFigures {
  total: StuckLine
  /** Providers with at least one youth past the uitstroomdatum, most first. */
  perProvider: StuckProvider[]
  /** Placed youths per verblijfsvorm (as the municipal youth-care monitors count them). */
  perArrangement: Record<LivingArrangement, number>
}

const line = (): StuckLine => ({ overdue: 0, perKey: zeroCounts(STUCK_KEYS) })

/** One pass over the selected rows. */
export function stuckFigures(selected: readonly SelectedProvider[]): StuckFigures {
  const total = line()
  const perProvider: StuckProvider[] = []
  const perArrangement = zeroCounts(LIVING_ARRANGEMENTS)
  for (const { provider, rows } of selected) {
    const own = line()
    for (const row of rows) {
      perArrangement[row.livingArrangement]++
      const keys = stuckOn(row)
      if (keys.length === 0) continue
      own.overdue++
      for (const key of keys) own.perKey[key]++
    }
    if (own.overdue === 0) continue
    total.overdue += own.overdue
    for (const key of STUCK_KEYS) total.perKey[key] += own.perKey[key]
    perProvider.push({
      providerKey: provider.providerKey,
      providerName: provider.providerName,
      ...own,
    })
  }
  perProvider.sort(
    (a, b) => b.overdue - a.overdue || a.providerName.localeCompare(b.providerName, 'nl'),
  )
  return { total, perProvider, perArrangement }
}
