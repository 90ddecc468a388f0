import type { ExchangeYouth } from '../exchange/exchange-schema-v2'
import { TOTAL_STATUS_ORDER } from '../statuses'
import type { IsoDate, TotalStatus } from '../types'
import { redStreakOf, type RedStreaks } from './red-streaks'
import type { SelectedProvider } from './selected'

/** One line of *Jongeren*: a pseudonymous row with the provider it came from. */
export interface OverviewYouth {
  providerKey: string
  providerName: string
  peildatum: IsoDate
  row: ExchangeYouth
  /** Consecutive rondes up to this one with totaalstatus rood (0 when not rood now). */
  redSinceRondes: number
}

/**
 * Every row of the ronde in the selection, red first and then by provider (the files' own
 * order within a provider). Rows are wrapped, not copied.
 */
export function youthList(
  selected: readonly SelectedProvider[],
  streaks: RedStreaks,
): OverviewYouth[] {
  const buckets = new Map<TotalStatus, OverviewYouth[]>(TOTAL_STATUS_ORDER.map((s) => [s, []]))
  for (const { provider, rows } of selected) {
    for (const row of rows) {
      buckets.get(row.totalStatus)?.push({
        providerKey: provider.providerKey,
        providerName: provider.providerName,
        peildatum: provider.peildatum,
        row,
        redSinceRondes:
          row.totalStatus === 'rood'
            ? redStreakOf(streaks, provider.providerKey, row.clientRef)
            : 0,
      })
    }
  }
  // One bucket per colour keeps providers in name order within a colour, in linear time.
  return TOTAL_STATUS_ORDER.flatMap((s) => buckets.get(s) ?? [])
}
