import { hasLeavers, type ExchangeYouth } from '../exchange/exchange-schema-v2'
import { jeugdregioOf } from '../municipalities'
import type { LivingArrangement } from '../types'
import { version1Providers } from './inflow-age'
import { rowFilter } from './scope'
import type { SelectedProvider } from './selected'
import type { DailyTariffs, Figure, Selection } from './types'
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
  /**
   * The cost *in deze periode*: only the days past the uitstroomdatum within the period of
   * each file, of the youths placed now and of those who left in it (version 2 files).
   */
  inPeriod: Figure<{ cost: number; days: number }>
  /** Per provider with youths past their date: cost since the date and in the period. */
  perProvider: ProviderCost[]
}

export interface ProviderCost {
  providerKey: string
  providerName: string
  cost: number
  /** Null for a provider whose file is version 1. */
  costInPeriod: number | null
}

export function tariffOf(tariffs: DailyTariffs, arrangement: LivingArrangement): number | null {
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
  selection: Selection,
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
    inPeriod: { kind: 'nb', reason: { cause: 'no-files' } },
    perProvider: providerCosts(selected, tariffs, selection),
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
  const old = version1Providers(selected)
  if (old.length > 0)
    result.inPeriod = { kind: 'nb', reason: { cause: 'version-1', providers: old } }
  else if (selected.length > 0) {
    let periodCents = 0
    let days = 0
    for (const p of result.perProvider) periodCents += Math.round((p.costInPeriod ?? 0) * 100)
    for (const s of selected) days += inPeriodDays(s, tariffs, selection).days
    result.inPeriod = { kind: 'value', value: { cost: periodCents / 100, days } }
  }
  return result
}

/** Cents for `days` at a verblijfsvorm's tariff; 0 without one (counted elsewhere). */
const centsFor = (tariffs: DailyTariffs, arrangement: LivingArrangement, days: number) => {
  const tariff = tariffOf(tariffs, arrangement)
  return tariff === null ? 0 : Math.round(tariff * 100) * days
}

/**
 * One youth's two costs, as the Overzicht names them: `since` the beoogde uitstroomdatum (0
 * when not past it) and `inPeriod`, the days past it within the file's period (null for a
 * version 1 row, which does not say). Both null when its verblijfsvorm has no tariff.
 */
export function youthCosts(
  row: ExchangeYouth,
  tariffs: DailyTariffs,
): { since: number | null; inPeriod: number | null } {
  if (tariffOf(tariffs, row.livingArrangement) === null) return { since: null, inPeriod: null }
  const days = isOverdue(row) ? row.daysOverdue : 0
  return {
    since: centsFor(tariffs, row.livingArrangement, days) / 100,
    inPeriod:
      'daysOverdueInPeriod' in row
        ? centsFor(tariffs, row.livingArrangement, row.daysOverdueInPeriod) / 100
        : null,
  }
}

/** Days and cents within the period of a provider's version 2 files; null for version 1. */
function inPeriodDays(s: SelectedProvider, tariffs: DailyTariffs, selection: Selection) {
  const inSelection = rowFilter(selection) ?? (() => true)
  let cents = 0
  let days = 0
  for (const row of s.rows) {
    if (!('daysOverdueInPeriod' in row)) return { cents: null, days: 0 }
    days += row.daysOverdueInPeriod
    cents += centsFor(tariffs, row.livingArrangement, row.daysOverdueInPeriod)
  }
  for (const { file } of s.files) {
    if (!hasLeavers(file)) return { cents: null, days: 0 }
    for (const l of file.leavers) {
      const place = {
        municipalityCode: l.municipalityCode,
        jeugdregio: jeugdregioOf(l.municipalityCode) ?? l.jeugdregio,
      }
      if (!inSelection(place)) continue
      days += l.daysOverdueInPeriod
      cents += centsFor(tariffs, l.livingArrangement, l.daysOverdueInPeriod)
    }
  }
  return { cents, days }
}

function providerCosts(
  selected: readonly SelectedProvider[],
  tariffs: DailyTariffs,
  selection: Selection,
): ProviderCost[] {
  return selected.map((s) => {
    let cents = 0
    for (const row of s.rows)
      if (isOverdue(row)) cents += centsFor(tariffs, row.livingArrangement, row.daysOverdue)
    const period = inPeriodDays(s, tariffs, selection)
    return {
      providerKey: s.provider.providerKey,
      providerName: s.provider.providerName,
      cost: cents / 100,
      costInPeriod: period.cents === null ? null : period.cents / 100,
    }
  })
}

/** The ronde's two costs, for the Trend: null without tariffs; in the period null for version 1. */
export function rondeCosts(
  selected: readonly SelectedProvider[],
  tariffs: DailyTariffs,
  selection: Selection,
): { cost: number; costInPeriod: number | null } | null {
  if (!hasTariffs(tariffs)) return null
  let cents = 0
  let periodCents: number | null = 0
  for (const p of providerCosts(selected, tariffs, selection)) {
    cents += Math.round(p.cost * 100)
    periodCents =
      periodCents === null || p.costInPeriod === null
        ? null
        : periodCents + Math.round(p.costInPeriod * 100)
  }
  return { cost: cents / 100, costInPeriod: periodCents === null ? null : periodCents / 100 }
}
