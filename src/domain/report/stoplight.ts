import { statusChange, TOTAL_STATUS_ORDER } from '../statuses'
import { STATUSES, type Status, type TotalStatus } from '../types'
import type { StateOnDate, YouthOnDate } from './youth-state'

/** How a youth's totaalstatus moved since the previous peildatum. */
export type Change = 'beter' | 'slechter' | 'gelijk' | 'nieuw'

export interface Count {
  count: number
  /** The same count on the previous peildatum; null when it was not counted then. */
  previous: number | null
}

export interface Stoplight {
  /** `previous` is null only in a report read back from an uitwisselbestand that left it out. */
  total: Record<TotalStatus, { count: number; previous: number | null }>
  perPrecondition: { preconditionId: string; counts: Record<Status, Count> }[]
  change: Record<Change, number>
}

/** Better or worse by the totaalstatus order; nieuw when not placed (in scope) on the previous date. */
export function changeOf(current: YouthOnDate, previous: YouthOnDate | undefined): Change {
  if (!previous) return 'nieuw'
  const delta = statusChange(previous.total, current.total)
  return delta > 0 ? 'beter' : delta < 0 ? 'slechter' : 'gelijk'
}

function countStatuses(state: StateOnDate, preconditionId: string): Record<Status, number> | null {
  if (!state.preconditionIds.includes(preconditionId)) return null
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
  for (const y of state.youths.values()) {
    const status = y.statuses.get(preconditionId)
    if (status) counts[status]++
  }
  return counts
}

export function stoplight(onEnd: StateOnDate, onPrevious: StateOnDate): Stoplight {
  const total = Object.fromEntries(
    TOTAL_STATUS_ORDER.map((s) => [s, { count: 0, previous: 0 }]),
  ) as Record<TotalStatus, { count: number; previous: number }>
  for (const y of onEnd.youths.values()) total[y.total].count++
  for (const y of onPrevious.youths.values()) total[y.total].previous++

  const perPrecondition = onEnd.preconditionIds.map((preconditionId) => {
    const now = countStatuses(onEnd, preconditionId) as Record<Status, number>
    const before = countStatuses(onPrevious, preconditionId)
    const counts = Object.fromEntries(
      STATUSES.map((s) => [s, { count: now[s], previous: before ? before[s] : null }]),
    ) as Record<Status, Count>
    return { preconditionId, counts }
  })

  const change: Record<Change, number> = { beter: 0, slechter: 0, gelijk: 0, nieuw: 0 }
  for (const [id, y] of onEnd.youths) change[changeOf(y, onPrevious.youths.get(id))]++
  return { total, perPrecondition, change }
}
