import {
  DESTINATIONS,
  END_REASONS,
  type Destination,
  type EndReason,
  type Status,
  type TotalStatus,
} from '../types'
import { statusCounts, totalStatusCounts, zeroCounts } from './counts'
import { scopeWithin } from './scope'
import type { SelectedProvider } from './selected'
import type { Figure, NbReason, Selection } from './types'

/** Youths turning 18 within 6 months, from the files' summaries. */
export interface EighteenPlus6Figure {
  youths: number
  futurePlan: Record<Status, number>
  /** Youths at providers that do not use Toekomstplan 18+. */
  planNotUsed: number
}

/** Figures that only a file's summary holds: known only when every file lies inside the selection. */
export interface SummaryFigures {
  placedPrevious: Figure<number>
  totalStatusPrevious: Figure<Record<TotalStatus, number>>
  inflow: Figure<number>
  outflow: Figure<number>
  outflowByDestination: Figure<Record<Destination, number>>
  outflowByReason: Figure<Record<EndReason, number>>
  eighteenPlus6: Figure<EighteenPlus6Figure>
}

/** Why the summaries cannot be added up for this selection; null when they can. */
export function summaryNbReason(
  selected: readonly SelectedProvider[],
  selection: Selection,
): NbReason | null {
  if (selected.length === 0) return { cause: 'no-files' }
  const providers: Extract<NbReason, { cause: 'scope-wider' }>['providers'] = []
  for (const { provider, files } of selected) {
    const wider = files.map((f) => f.file.scope).filter((scope) => !scopeWithin(scope, selection))
    if (wider.length > 0) {
      providers.push({
        providerKey: provider.providerKey,
        providerName: provider.providerName,
        scopes: wider,
      })
    }
  }
  return providers.length > 0 ? { cause: 'scope-wider', providers } : null
}

function sums(selected: readonly SelectedProvider[]) {
  /** Providers whose file has no previous totaalstatus count. */
  const noPrevious: { providerKey: string; providerName: string }[] = []
  const s = {
    placedPrevious: 0,
    totalStatusPrevious: totalStatusCounts(),
    inflow: 0,
    outflow: 0,
    outflowByDestination: zeroCounts(DESTINATIONS),
    outflowByReason: zeroCounts(END_REASONS),
    eighteenPlus6: { youths: 0, futurePlan: statusCounts(), planNotUsed: 0 },
  }
  for (const { provider, files } of selected) {
    for (const { file } of files) {
      const f = file.summary
      s.placedPrevious += f.placedPrevious
      for (const k of Object.keys(s.totalStatusPrevious) as TotalStatus[]) {
        const previous = f.totalStatus[k].previous
        if (previous !== null) s.totalStatusPrevious[k] += previous
        else if (noPrevious.at(-1)?.providerKey !== provider.providerKey) {
          noPrevious.push({
            providerKey: provider.providerKey,
            providerName: provider.providerName,
          })
        }
      }
      s.inflow += f.inflow
      s.outflow += f.outflow
      for (const d of DESTINATIONS) s.outflowByDestination[d] += f.outflowByDestination[d]
      for (const r of END_REASONS) s.outflowByReason[r] += f.outflowByReason[r]
      const six = f.eighteenPlus.find((w) => w.months === 6)
      if (!six) continue
      s.eighteenPlus6.youths += six.youths
      if (six.futurePlan === null) s.eighteenPlus6.planNotUsed += six.youths
      else {
        for (const [k, n] of Object.entries(six.futurePlan)) {
          s.eighteenPlus6.futurePlan[k as Status] += n
        }
      }
    }
  }
  return { ...s, noPrevious }
}

/**
 * Instroom, uitstroom, placed and stoplight on the previous peildatum and 18+ within 6
 * months, summed over the ronde's files — only when every contributing file's scope lies
 * inside the selection. A file for a wider area would count youths of other gemeenten, and
 * its summary cannot be split, so the figure is *n.b.* naming those providers.
 */
export function summaryFigures(
  selected: readonly SelectedProvider[],
  selection: Selection,
): SummaryFigures {
  const reason = summaryNbReason(selected, selection)
  if (reason) {
    const nb = { kind: 'nb', reason } as const
    return {
      placedPrevious: nb,
      totalStatusPrevious: nb,
      inflow: nb,
      outflow: nb,
      outflowByDestination: nb,
      outflowByReason: nb,
      eighteenPlus6: nb,
    }
  }
  const s = sums(selected)
  const value = <T>(v: T): Figure<T> => ({ kind: 'value', value: v })
  return {
    placedPrevious: value(s.placedPrevious),
    totalStatusPrevious:
      s.noPrevious.length > 0
        ? { kind: 'nb', reason: { cause: 'not-in-file', providers: s.noPrevious } }
        : value(s.totalStatusPrevious),
    inflow: value(s.inflow),
    outflow: value(s.outflow),
    outflowByDestination: value(s.outflowByDestination),
    outflowByReason: value(s.outflowByReason),
    eighteenPlus6: value(s.eighteenPlus6),
  }
}
