import type { Status, TotalStatus } from './types'

/** Severity used for the totaalstatus: higher is worse. */
const SEVERITY: Record<TotalStatus, number> = { groen: 0, onbekend: 1, oranje: 2, rood: 3 }

/** Order in which statuses are listed and sorted: worst first. */
export const STATUS_DISPLAY_ORDER: readonly Status[] = [
  'rood',
  'oranje',
  'onbekend',
  'groen',
  'nvt',
]

/** The totaalstatus colours in display order, worst first (counts, legends, filters). */
export const TOTAL_STATUS_ORDER: readonly TotalStatus[] = ['rood', 'oranje', 'onbekend', 'groen']

export function severity(status: TotalStatus): number {
  return SEVERITY[status]
}

/** Sort key: rood first, then oranje, onbekend, groen, n.v.t. */
export function statusRank(status: Status): number {
  return STATUS_DISPLAY_ORDER.indexOf(status)
}

export function worseOf(a: TotalStatus, b: TotalStatus): TotalStatus {
  return SEVERITY[a] >= SEVERITY[b] ? a : b
}

/** Change between two statuses: positive when it got better, negative when worse. */
export function statusChange(previous: TotalStatus, current: TotalStatus): number {
  return SEVERITY[previous] - SEVERITY[current]
}
