import type { Criteria, Status, TotalStatus } from './types'

/**
 * The totaalstatus colours worst first: the one order for severity, sorting, counts, legends,
 * filters and charts (a chart stacking from the bottom reads it backwards).
 */
export const TOTAL_STATUS_ORDER = [
  'rood',
  'oranje',
  'onbekend',
  'groen',
] as const satisfies readonly TotalStatus[]

/** Order in which statuses are listed and sorted: worst first, n.v.t. (never counted) last. */
export const STATUS_DISPLAY_ORDER: readonly Status[] = [...TOTAL_STATUS_ORDER, 'nvt']

/** The colours a precondition has criteria for, in the order they are written: groen first. */
export const CRITERIA_STATUSES = [
  'groen',
  'oranje',
  'rood',
] as const satisfies readonly (keyof Criteria)[]

/** A status that still needs work: knelpunten, an action, an owner. */
export type OpenStatus = 'rood' | 'oranje'

/** Rood and oranje are open: they count as knelpunten and unfold the fields to fill in. */
export function isOpenStatus(status: Status): status is OpenStatus {
  return status === 'rood' || status === 'oranje'
}

/** Severity used for the totaalstatus: higher is worse (groen 0 … rood 3). A lookup: hot path. */
const SEVERITY = Object.fromEntries(
  TOTAL_STATUS_ORDER.map((status, i) => [status, TOTAL_STATUS_ORDER.length - 1 - i]),
) as Record<TotalStatus, number>

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
