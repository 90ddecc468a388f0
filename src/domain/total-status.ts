import { worseOf } from './statuses'
import type { Status, TotalStatus } from './types'

/**
 * Totaalstatus: the worst applicable status, in the order rood > oranje > onbekend > groen.
 * n.v.t. never counts; a youth with nothing applicable is onbekend, never groen by default.
 */
export function totalStatus(statuses: Iterable<Status>): TotalStatus {
  let worst: TotalStatus | null = null
  for (const status of statuses) {
    if (status === 'nvt') continue
    worst = worst === null ? status : worseOf(worst, status)
  }
  return worst ?? 'onbekend'
}
