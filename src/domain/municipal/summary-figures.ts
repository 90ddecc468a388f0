import {
  DESTINATIONS,
  END_REASONS,
  type Destination,
  type EndReason,
  type Status,
  type TotalStatus,
} from '../types'
import { hasMunicipalSummaries, type ExchangeFile } from '../exchange/exchange-schema-v2'
import { jeugdregioOf } from '../municipalities'
import { PRECONDITION_IDS } from '../preconditions'
import { statusCounts, totalStatusCounts, zeroCounts } from './counts'
import { rowFilter, scopeWithin } from './scope'
import type { SelectedProvider } from './selected'
import type { Figure, NbReason, Selection } from './types'

/** Youths turning 18 within 6 months, from the files' summaries. */
export interface EighteenPlus6Figure {
  youths: number
  futurePlan: Record<Status, number>
  /** Youths at providers that do not use Toekomstplan 18+. */
  planNotUsed: number
}

/**
 * Figures that no current row holds: from a file's summary when the file lies inside the
 * selection, from its summaries per gemeente (version 2) otherwise; n.b. only for a version 1
 * file that covers more than the selection.
 */
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
    const wider = files
      .map((f) => f.file)
      .filter((file) => !scopeWithin(file.scope, selection) && !hasMunicipalSummaries(file))
      .map((file) => file.scope)
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

interface Sums {
  placedPrevious: number
  totalStatusPrevious: Record<TotalStatus, number>
  inflow: number
  outflow: number
  outflowByDestination: Record<Destination, number>
  outflowByReason: Record<EndReason, number>
  eighteenPlus6: EighteenPlus6Figure
}

/** Adds the file's summary: the whole file lies inside the selection. */
function addSummary(s: Sums, file: ExchangeFile, noPrevious: () => void) {
  const f = file.summary
  s.placedPrevious += f.placedPrevious
  for (const k of Object.keys(s.totalStatusPrevious) as TotalStatus[]) {
    const previous = f.totalStatus[k].previous
    if (previous !== null) s.totalStatusPrevious[k] += previous
    else noPrevious()
  }
  s.inflow += f.inflow
  s.outflow += f.outflow
  for (const d of DESTINATIONS) s.outflowByDestination[d] += f.outflowByDestination[d]
  for (const r of END_REASONS) s.outflowByReason[r] += f.outflowByReason[r]
  const six = f.eighteenPlus.find((w) => w.months === 6)
  if (!six) return
  s.eighteenPlus6.youths += six.youths
  if (six.futurePlan === null) s.eighteenPlus6.planNotUsed += six.youths
  else {
    for (const [k, n] of Object.entries(six.futurePlan)) {
      s.eighteenPlus6.futurePlan[k as Status] += n
    }
  }
}

/** Adds the gemeenten of a version 2 file that lie in the selection, and its rows there. */
function addMunicipalities(s: Sums, file: ExchangeFile, selection: Selection) {
  if (!hasMunicipalSummaries(file)) return
  const inSelection = rowFilter(selection) ?? (() => true)
  for (const m of file.municipalities) {
    if (!inSelection({ municipalityCode: m.code, jeugdregio: jeugdregioOf(m.code) ?? '' })) continue
    s.placedPrevious += m.placedPrevious
    for (const k of Object.keys(s.totalStatusPrevious) as TotalStatus[]) {
      s.totalStatusPrevious[k] += m.totalStatusPrevious[k]
    }
    s.inflow += m.inflow
    s.outflow += m.outflow
    for (const d of DESTINATIONS) s.outflowByDestination[d] += m.outflowByDestination[d]
    for (const r of END_REASONS) s.outflowByReason[r] += m.outflowByReason[r]
  }
  const planUsed = file.preconditions.some((p) => p.id === PRECONDITION_IDS.futurePlan)
  for (const row of file.youths) {
    if (row.eighteenWithinMonths !== 6 || !inSelection(row)) continue
    s.eighteenPlus6.youths++
    const plan = row.statuses[PRECONDITION_IDS.futurePlan]
    if (!planUsed || plan === undefined) s.eighteenPlus6.planNotUsed++
    else s.eighteenPlus6.futurePlan[plan]++
  }
}

function sums(selected: readonly SelectedProvider[], selection: Selection) {
  /** Providers whose file has no previous totaalstatus count. */
  const noPrevious: { providerKey: string; providerName: string }[] = []
  const s: Sums = {
    placedPrevious: 0,
    totalStatusPrevious: totalStatusCounts(),
    inflow: 0,
    outflow: 0,
    outflowByDestination: zeroCounts(DESTINATIONS),
    outflowByReason: zeroCounts(END_REASONS),
    eighteenPlus6: { youths: 0, futurePlan: statusCounts(), planNotUsed: 0 },
  }
  for (const { provider, files } of selected) {
    const missingPrevious = () => {
      if (noPrevious.at(-1)?.providerKey === provider.providerKey) return
      noPrevious.push({ providerKey: provider.providerKey, providerName: provider.providerName })
    }
    for (const { file } of files) {
      if (scopeWithin(file.scope, selection)) addSummary(s, file, missingPrevious)
      else addMunicipalities(s, file, selection)
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
  const s = sums(selected, selection)
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
