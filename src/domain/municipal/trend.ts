import type { IsoDate, TotalStatus } from '../types'
import { totalStatusCounts } from './counts'
import type { RondeSelection } from './ronde-files'
import { providerOverlap, type ProviderOverlap } from './ronde-change'
import { selectProviders, type SelectedProvider } from './selected'
import { rondeCosts } from './money'
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

/** Totaalstatus counts per ronde, combined and per provider: one pass over each ronde's rows. */
export function trend(
  rondes: readonly RondeSelection[],
  selection: Selection,
  tariffs: DailyTariffs = {},
): Trend {
  const perProvider = new Map<string, ProviderTrend>()
  let before: SelectedProvider[] | null = null
  const combined = rondes.map((ronde, index): TrendPoint => {
    const { providers, missing } = selectProviders(ronde, selection)
    const totalStatus = totalStatusCounts()
    let placed = 0
    for (const { provider, rows } of providers) {
      const own = totalStatusCounts()
      for (const row of rows) own[row.totalStatus]++
      for (const s of Object.keys(own) as TotalStatus[]) totalStatus[s] += own[s]
      placed += rows.length
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
      line.points[index] = { peildatum: provider.peildatum, placed: rows.length, totalStatus: own }
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
  now: readonly SelectedProvider[],
  before: readonly SelectedProvider[],
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
