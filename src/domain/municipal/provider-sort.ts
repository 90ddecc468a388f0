import type { ProviderRow } from './per-provider'

export type ProviderSortKey =
  'provider' | 'peildatum' | 'placed' | 'totalStatus' | 'change' | 'overdue' | 'topCode' | 'signals'

export interface ProviderSort {
  key: ProviderSortKey
  descending: boolean
}

const byName = new Intl.Collator('nl', { numeric: true })

/** A value to sort on per column; the totaalstatus sorts by rood, then oranje. */
function compare(a: ProviderRow, b: ProviderRow, key: ProviderSortKey): number {
  switch (key) {
    case 'provider':
      return byName.compare(a.providerName, b.providerName)
    case 'peildatum':
      return a.peildatum < b.peildatum ? -1 : a.peildatum > b.peildatum ? 1 : 0
    case 'placed':
      return a.placed - b.placed
    case 'totalStatus':
      return a.totalStatus.rood - b.totalStatus.rood || a.totalStatus.oranje - b.totalStatus.oranje
    case 'change':
      return a.change.slechter - b.change.slechter || b.change.beter - a.change.beter
    case 'overdue':
      return a.overdue.youths - b.overdue.youths || a.overdue.days - b.overdue.days
    case 'topCode':
      return byName.compare(a.topReasonCode?.code ?? '', b.topReasonCode?.code ?? '')
    case 'signals':
      return Number(a.hasSignals) - Number(b.hasSignals)
  }
}

/** Sorted copy; ties keep the provider-name order. */
export function sortProviderRows(rows: readonly ProviderRow[], sort: ProviderSort): ProviderRow[] {
  const sign = sort.descending ? -1 : 1
  return [...rows].sort(
    (a, b) => sign * compare(a, b, sort.key) || byName.compare(a.providerName, b.providerName),
  )
}

/** Numbers open with the largest first (who needs attention); names and dates A–Z. */
export function firstDirection(key: ProviderSortKey): boolean {
  return key !== 'provider' && key !== 'peildatum' && key !== 'topCode'
}
