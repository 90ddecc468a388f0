import { enabledPreconditions, effectiveStatus } from '../preconditions'
import { totalStatus } from '../total-status'
import type { Assessment, IsoDate, Status, TotalStatus, Youth } from '../types'
import type { HistoricState } from './point-in-time'
import { inReportScope, type ReportScope } from './scope'

/** One placed youth as it stood on a peildatum. */
export interface YouthOnDate {
  youth: Youth
  assessments: ReadonlyMap<string, Assessment> | undefined
  /** Effective status per precondition enabled on that date (n.v.t. and onbekend applied). */
  statuses: ReadonlyMap<string, Status>
  total: TotalStatus
}

/** The youths in scope that were placed on one date, with their statuses then. */
export interface StateOnDate {
  date: IsoDate
  /** Preconditions enabled on that date, in settings order. */
  preconditionIds: readonly string[]
  youths: ReadonlyMap<string, YouthOnDate>
}

/** Placed on `date`: placed on or before it and no uitstroom dated on or before it. */
export function isPlacedOn(
  youth: Pick<Youth, 'placementDate' | 'outflow'>,
  date: IsoDate,
): boolean {
  if (youth.placementDate > date) return false
  return youth.outflow === null || youth.outflow.date > date
}

/**
 * Effective statuses depend only on precondition, birth date and assessed status (for a given
 * date and settings); many youths share those, so each combination is worked out once.
 */
function memoisedStatus(state: HistoricState, date: IsoDate) {
  const cache = new Map<string, Map<string, Map<string, Status>>>()
  return (preconditionId: string, assessment: Assessment | undefined, youth: Youth): Status => {
    let byBirth = cache.get(preconditionId)
    if (!byBirth) cache.set(preconditionId, (byBirth = new Map<string, Map<string, Status>>()))
    let byStatus = byBirth.get(youth.birthDate)
    if (!byStatus) byBirth.set(youth.birthDate, (byStatus = new Map<string, Status>()))
    const assessed = assessment?.status ?? ''
    let status = byStatus.get(assessed)
    if (status === undefined) {
      status = effectiveStatus(preconditionId, assessment, youth, state.settings, date)
      byStatus.set(assessed, status)
    }
    return status
  }
}

const STATUS_CODE: Record<Status, number> = { rood: 0, oranje: 1, onbekend: 2, groen: 3, nvt: 4 }

/**
 * One (read-only) statuses map and totaalstatus per combination of statuses: tens of thousands
 * of youths share a few hundred combinations, so they share those instead of each allocating
 * its own. The combination is a number in base 5 (a string past 20 preconditions).
 */
function sharedCombinations(preconditionIds: readonly string[]) {
  const shared = new Map<
    number | string,
    { statuses: ReadonlyMap<string, Status>; total: TotalStatus }
  >()
  const numeric = preconditionIds.length <= 20
  return (row: readonly Status[]) => {
    let key: number | string = 0
    if (numeric) for (const status of row) key = key * 5 + STATUS_CODE[status]
    else key = row.join('|')
    let hit = shared.get(key)
    if (!hit) {
      const statuses = new Map(preconditionIds.map((id, i) => [id, row[i] as Status]))
      hit = { statuses, total: totalStatus(statuses.values()) }
      shared.set(key, hit)
    }
    return hit
  }
}

/** Every youth in scope placed on `date`, as recorded in `state` (the state as of that date). */
export function stateOnDate(state: HistoricState, date: IsoDate, scope: ReportScope): StateOnDate {
  const preconditionIds = enabledPreconditions(state.settings).map((p) => p.id)
  const statusOf = memoisedStatus(state, date)
  const combinations = sharedCombinations(preconditionIds)
  const youths = new Map<string, YouthOnDate>()
  const row: Status[] = []
  for (const youth of state.youths.values()) {
    if (!isPlacedOn(youth, date) || !inReportScope(youth, scope)) continue
    const assessments = state.assessments.get(youth.id)
    for (let i = 0; i < preconditionIds.length; i++) {
      const id = preconditionIds[i] as string
      row[i] = statusOf(id, assessments?.get(id), youth)
    }
    const { statuses, total } = combinations(row)
    youths.set(youth.id, { youth, assessments, statuses, total })
  }
  return { date, preconditionIds, youths }
}
