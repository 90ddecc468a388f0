import { ageOn, daysBetween, eighteenthBirthday, lengthOfStayDays, turns18Within } from '../dates'
import { municipalitySummaries } from '../exchange/municipality-summaries'
import type { ExchangeLeaver, ExchangeMunicipality } from '../exchange/exchange-schema-v2'
import { regionOfYouth } from '../municipalities'
import type { IsoDate, Status } from '../types'
import { memoByKey } from './memo'
import type { ReportPeriod } from './periods'
import type { HistoricState } from './point-in-time'
import { inReportScope, type ReportScope } from './scope'
import type { StateOnDate } from './youth-state'

/** The fields version 2 of the uitwisselbestand adds to a youth row. */
export interface RowExtras {
  turns18Month: string
  eighteenWithinMonths: 6 | 12 | null
  ageAtPlacement: number
  daysOverdueInPeriod: number
}

/** What the report knows beyond its tables, for the uitwisselbestand (version 2). */
export interface ExchangeParts {
  /** Per youth id on the peildatum. */
  rows: ReadonlyMap<string, RowExtras>
  /** Leavers without a name; the writer adds it only when asked. */
  leavers: (ExchangeLeaver & { displayName: string })[]
  municipalities: ExchangeMunicipality[]
}

/** Days after `expected` from the period's start up to and including `until`. */
export function overdueDaysWithin(
  expected: IsoDate | null,
  start: IsoDate,
  until: IsoDate,
): number {
  if (expected === null || expected >= until) return 0
  const from = expected >= start ? expected : start
  return daysBetween(from, until) + (expected >= start ? 0 : 1)
}

/**
 * Row fields, leavers and summaries per gemeente, as of the peildatum. In- and uitstroom count
 * by the gemeente recorded at the peildatum, exactly as the report's own kerncijfers do, so
 * the gemeenten add up to the file's summary.
 */
export function exchangeParts(
  atEnd: HistoricState,
  onEnd: StateOnDate,
  onPrevious: StateOnDate,
  rowDaysOverdue: ReadonlyMap<string, number>,
  period: ReportPeriod,
  scope: ReportScope,
): ExchangeParts {
  const end = period.end
  const periodDays = daysBetween(period.start, end) + 1
  const window = memoByKey((birth): 6 | 12 | null =>
    turns18Within(birth, end, 6) ? 6 : turns18Within(birth, end, 12) ? 12 : null,
  )
  const rows = new Map<string, RowExtras>()
  for (const [id, { youth }] of onEnd.youths) {
    rows.set(id, {
      turns18Month: eighteenthBirthday(youth.birthDate).slice(0, 7),
      eighteenWithinMonths: window(youth.birthDate),
      ageAtPlacement: ageOn(youth.birthDate, youth.placementDate),
      daysOverdueInPeriod: Math.min(rowDaysOverdue.get(id) ?? 0, periodDays),
    })
  }
  const inPeriod = (date: IsoDate) => date >= period.start && date <= end
  const leavers: ExchangeParts['leavers'] = []
  const inflowCodes: string[] = []
  for (const youth of atEnd.youths.values()) {
    if (!inReportScope(youth, scope)) continue
    if (inPeriod(youth.placementDate)) inflowCodes.push(youth.municipalityCode)
    const outflow = youth.outflow
    if (!outflow || !inPeriod(outflow.date)) continue
    leavers.push({
      clientRef: youth.clientRef,
      displayName: youth.displayName,
      municipalityCode: youth.municipalityCode,
      jeugdregio: regionOfYouth(youth),
      livingArrangement: youth.livingArrangement,
      placementDate: youth.placementDate,
      ageAtPlacement: ageOn(youth.birthDate, youth.placementDate),
      endDate: outflow.date,
      endReason: outflow.reason,
      destination: outflow.destination,
      perspective: youth.perspective,
      lengthOfStayDays: lengthOfStayDays(youth.placementDate, outflow.date),
      expectedOutflowDate: youth.expectedOutflowDate,
      daysOverdueInPeriod: overdueDaysWithin(youth.expectedOutflowDate, period.start, outflow.date),
      previousTotalStatus: onPrevious.youths.get(youth.id)?.total ?? null,
    })
  }
  const records = new Map<ReadonlyMap<string, Status>, Record<string, Status>>()
  const recordOf = (statuses: ReadonlyMap<string, Status>) => {
    let record = records.get(statuses)
    if (!record) records.set(statuses, (record = Object.fromEntries(statuses)))
    return record
  }
  const municipalities = municipalitySummaries({
    current: [...onEnd.youths.values()].map((y) => y.youth),
    previous: [...onPrevious.youths.values()].map((y) => ({
      municipalityCode: y.youth.municipalityCode,
      totalStatus: y.total,
      statuses: recordOf(y.statuses),
    })),
    previousPreconditionIds: onPrevious.preconditionIds,
    inflowCodes,
    leavers,
  })
  return { rows, leavers, municipalities }
}
