import { enabledPreconditions, isApplicable, statusWhere } from '../preconditions'
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
 * Which preconditions apply to a youth depends only on its birth date (for a given date and
 * settings); 50,000 youths share a few thousand birth dates, so each is worked out once.
 */
function memoisedApplicability(
  preconditionIds: readonly string[],
  settings: HistoricState['settings'],
  date: IsoDate,
) {
  const cache = new Map<IsoDate, readonly boolean[]>()
  return (youth: Youth): readonly boolean[] => {
    let applies = cache.get(youth.birthDate)
    if (!applies) {
      applies = preconditionIds.map((id) => isApplicable(id, youth, settings, date))
      cache.set(youth.birthDate, applies)
    }
    return applies
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
  const applicability = memoisedApplicability(preconditionIds, state.settings, date)
  const combinations = sharedCombinations(preconditionIds)
  const youths = new Map<string, YouthOnDate>()
  const row: Status[] = []
  for (const youth of state.youths.values()) {
    if (!isPlacedOn(youth, date) || !inReportScope(youth, scope)) continue
    const assessments = state.assessments.get(youth.id)
    const applies = applicability(youth)
    for (let i = 0; i < preconditionIds.length; i++) {
      row[i] = statusWhere(applies[i] === true, assessments?.get(preconditionIds[i] as string))
    }
    const { statuses, total } = combinations(row)
    youths.set(youth.id, { youth, assessments, statuses, total })
  }
  return { date, preconditionIds, youths }
}
