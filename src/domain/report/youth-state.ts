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

/** Every youth in scope placed on `date`, as recorded in `state` (the state as of that date). */
export function stateOnDate(state: HistoricState, date: IsoDate, scope: ReportScope): StateOnDate {
  const preconditionIds = enabledPreconditions(state.settings).map((p) => p.id)
  const statusOf = memoisedStatus(state, date)
  const youths = new Map<string, YouthOnDate>()
  for (const youth of state.youths.values()) {
    if (!isPlacedOn(youth, date) || !inReportScope(youth, scope)) continue
    const assessments = state.assessments.get(youth.id)
    const statuses = new Map<string, Status>()
    for (const id of preconditionIds) statuses.set(id, statusOf(id, assessments?.get(id), youth))
    youths.set(youth.id, { youth, assessments, statuses, total: totalStatus(statuses.values()) })
  }
  return { date, preconditionIds, youths }
}
