import type { IsoDate, TotalStatus } from '../types'
import { totalStatusCounts } from './counts'
import type { DaysPerArrangement } from './digest'
import { centsFor, hasTariffs } from './money'
import { selectDigests, type RondeDigest, type SelectedDigest } from './ronde-digests'
import { providerOverlap, type ProviderOverlap } from './ronde-change'
import { rowFilter } from './scope'
import type { DailyTariffs, Selection } from './types'

/** A ronde against the one before it, like with like (./ronde-change.ts). */
export interface TrendChange extends ProviderOverlap {
  /** Differences over the providers in both rondes. */
  placed: number
  totalStatus: Record<TotalStatus, number>
}

/** The selection's youths in one ronde. */
export interface TrendPoint {
  rondeDate: IsoDate
  /** Providers with a file in the ronde, and providers *ontbreekt*. */
  providers: number
  missing: number
  placed: number
  totalStatus: Record<TotalStatus, number>
  /** Against the ronde before, the same providers only; null for the first ronde shown. */
  sincePrevious: TrendChange | null
  /** Cost since the beoogde uitstroomdatum and in the period; null without daily tariffs. */
  costs: { cost: number; costInPeriod: number | null } | null
}

export interface ProviderTrendPoint {
  peildatum: IsoDate
  placed: number
  totalStatus: Record<TotalStatus, number>
}

export interface ProviderTrend {
  providerKey: string
  providerName: string
  /** Parallel to `Trend.rondes`; null in a ronde without a file of this provider. */
  points: (ProviderTrendPoint | null)[]
}

export interface Trend {
  /** Oldest first; the last is the selected ronde. */
  rondes: IsoDate[]
  combined: TrendPoint[]
  /** Providers in any of the rondes, by name. */
  perProvider: ProviderTrend[]
}

/**
 * Totaalstatus counts per ronde, combined and per provider, from the rondes' digests (rows
 * counted per place): the same figures as each ronde's own Overzicht, without its rows.
 */
export function trend(
  rondes: readonly RondeDigest[],
  selection: Selection,
  tariffs: DailyTariffs = {},
): Trend {
  const perProvider = new Map<string, ProviderTrend>()
  let before: SelectedDigest[] | null = null
  const combined = rondes.map((ronde, index): TrendPoint => {
    const { providers, missing } = selectDigests(ronde, selection)
    const totalStatus = totalStatusCounts()
    let placed = 0
    for (const { provider, rows } of providers) {
      const own = totalStatusCounts()
      let ownPlaced = 0
      for (const group of rows) {
        ownPlaced += group.placed
        for (const s of Object.keys(own) as TotalStatus[]) own[s] += group.totalStatus[s]
      }
      for (const s of Object.keys(own) as TotalStatus[]) totalStatus[s] += own[s]
      placed += ownPlaced
      let line = perProvider.get(provider.providerKey)
      if (!line) {
        line = {
          providerKey: provider.providerKey,
          providerName: provider.providerName,
          points: rondes.map(() => null),
        }
        perProvider.set(provider.providerKey, line)
      }
      line.providerName = provider.providerName
      line.points[index] = { peildatum: provider.peildatum, placed: ownPlaced, totalStatus: own }
    }
    const sincePrevious = before && changeSince(providers, before, perProvider, index)
    before = providers
    return {
      rondeDate: ronde.rondeDate,
      providers: providers.length,
      missing: missing.length,
      placed,
      totalStatus,
      sincePrevious,
      costs: rondeCosts(providers, tariffs, selection),
    }
  })
  return {
    rondes: rondes.map((r) => r.rondeDate),
    combined,
    perProvider: [...perProvider.values()].sort((a, b) =>
      a.providerName.localeCompare(b.providerName, 'nl'),
    ),
  }
}

/** The change from ronde `index - 1` to `index` over the providers in both. */
function changeSince(
  now: readonly SelectedDigest[],
  before: readonly SelectedDigest[],
  lines: ReadonlyMap<string, ProviderTrend>,
  index: number,
): TrendChange {
  const overlap = providerOverlap(now, before)
  const totalStatus = totalStatusCounts()
  let placed = 0
  for (const { providerKey } of overlap.common) {
    const points = (lines.get(providerKey) as ProviderTrend).points
    const [then, current] = [points[index - 1], points[index]]
    if (!then || !current) continue
    placed += current.placed - then.placed
    for (const s of Object.keys(totalStatus) as TotalStatus[]) {
      totalStatus[s] += current.totalStatus[s] - then.totalStatus[s]
    }
  }
  return { ...overlap, placed, totalStatus }
}

const daysCents = (tariffs: DailyTariffs, days: DaysPerArrangement) => {
  let cents = 0
  for (const [arrangement, n] of Object.entries(days) as [keyof DaysPerArrangement, number][])
    cents += centsFor(tariffs, arrangement, n)
  return cents
}

/**
 * A provider's cents since the beoogde uitstroomdatum and in the period (null when a row or a
 * file of the selection is version 1): the sums `moneyFigures` makes per provider from rows.
 */
function providerCents(s: SelectedDigest, tariffs: DailyTariffs, selection: Selection) {
  let cents = 0
  let period: number | null = 0
  for (const group of s.rows) {
    cents += daysCents(tariffs, group.overdueDays)
    if (group.withoutPeriod > 0) period = null
    else if (period !== null) period += daysCents(tariffs, group.periodDays)
  }
  // A leaver's place is filtered as a row's: by its gemeente, or its jeugdregio as written.
  const inSelection = rowFilter(selection) ?? (() => true)
  for (const { leavers } of s.files) {
    if (leavers === null) period = null
    if (period === null || leavers === null) continue
    for (const group of leavers)
      if (inSelection(group)) period += daysCents(tariffs, group.periodDays)
  }
  return { cents, period }
}

/** The ronde's two costs, for the Trend: null without tariffs; in the period null for version 1. */
function rondeCosts(
  selected: readonly SelectedDigest[],
  tariffs: DailyTariffs,
  selection: Selection,
): { cost: number; costInPeriod: number | null } | null {
  if (!hasTariffs(tariffs)) return null
  let cents = 0
  let periodCents: number | null = 0
  for (const s of selected) {
    const own = providerCents(s, tariffs, selection)
    cents += own.cents
    periodCents = periodCents === null || own.period === null ? null : periodCents + own.period
  }
  return { cost: cents / 100, costInPeriod: periodCents === null ? null : periodCents / 100 }
}
