import type { LivingArrangement } from '../types'
import type { SelectedProvider } from './selected'
import type { DailyTariffs } from './types'
import { isOverdue } from './youth-rules'

export interface ArrangementCost {
  livingArrangement: LivingArrangement
  /** Euro per day; null when none is entered for this verblijfsvorm. */
  tariff: number | null
  /** Youths of this verblijfsvorm past their beoogde uitstroomdatum, and their days. */
  youths: number
  days: number
  /** days × tariff in euro; null without a tariff (never priced at 0). */
  cost: number | null
}

/** What the *dagen verblijf langer dan nodig* cost; only when a daily tariff is entered. */
export interface MoneyFigures {
  /** Euro, over the youths whose verblijfsvorm has a tariff. */
  totalCost: number
  pricedYouths: number
  pricedDays: number
  /** Per verblijfsvorm with youths past their date, most days first. */
  perArrangement: ArrangementCost[]
  /** Youths past their date whose verblijfsvorm has no tariff: counted, not priced. */
  withoutTariff: { youths: number; days: number; livingArrangements: LivingArrangement[] }
}

function tariffOf(tariffs: DailyTariffs, arrangement: LivingArrangement): number | null {
  const t = tariffs[arrangement]
  return typeof t === 'number' && Number.isFinite(t) && t >= 0 ? t : null
}

export function hasTariffs(tariffs: DailyTariffs): boolean {
  return Object.keys(tariffs).some((k) => tariffOf(tariffs, k as LivingArrangement) !== null)
}

/**
 * Cost of the days past the beoogde uitstroomdatum: daysOverdue × the verblijfsvorm's daily
 * tariff, summed in cents so the total is exact. Null when no tariff is entered at all.
 */
export function moneyFigures(
  selected: readonly SelectedProvider[],
  tariffs: DailyTariffs,
): MoneyFigures | null {
  if (!hasTariffs(tariffs)) return null
  const per = new Map<LivingArrangement, { youths: number; days: number }>()
  for (const s of selected) {
    for (const row of s.rows) {
      if (!isOverdue(row)) continue
      const a = per.get(row.livingArrangement) ?? { youths: 0, days: 0 }
      a.youths++
      a.days += row.daysOverdue
      per.set(row.livingArrangement, a)
    }
  }
  let cents = 0
  const result: MoneyFigures = {
    totalCost: 0,
    pricedYouths: 0,
    pricedDays: 0,
    perArrangement: [],
    withoutTariff: { youths: 0, days: 0, livingArrangements: [] },
  }
  for (const [livingArrangement, { youths, days }] of per) {
    const tariff = tariffOf(tariffs, livingArrangement)
    const cost = tariff === null ? null : (Math.round(tariff * 100) * days) / 100
    result.perArrangement.push({ livingArrangement, tariff, youths, days, cost })
    if (tariff === null) {
      result.withoutTariff.youths += youths
      result.withoutTariff.days += days
      result.withoutTariff.livingArrangements.push(livingArrangement)
    } else {
      cents += Math.round(tariff * 100) * days
      result.pricedYouths += youths
      result.pricedDays += days
    }
  }
  result.totalCost = cents / 100
  result.perArrangement.sort((a, b) => b.days - a.days)
  return result
}
