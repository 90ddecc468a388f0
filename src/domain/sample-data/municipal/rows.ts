import {
  ageOn,
  daysBetween,
  eighteenthBirthday,
  lengthOfStayDays,
  turns18Within,
} from '../../dates'
import type { ExchangeYouthV2 as ExchangeYouth } from '../../exchange/exchange-schema-v2'
import { overdueDaysWithin } from '../../report/exchange-parts'
import { PRECONDITION_IDS } from '../../preconditions'
import { statusChange, statusRank } from '../../statuses'
import { totalStatus } from '../../total-status'
import { jeugdregioOf } from '../../municipalities'
import type { IsoDate, Status } from '../../types'
import type { SimYouth } from './simulation'

/** Toekomstplan 18+ applies from this age in the sample providers' settings. */
const FUTURE_PLAN_AGE = 16

const isOpen = (s: Status | undefined): s is 'rood' | 'oranje' => s === 'rood' || s === 'oranje'

/** A simulated youth as an uitwisselbestand row (version 2) on the peildatum. */
export function sampleRow(
  y: SimYouth,
  period: { start: IsoDate; end: IsoDate },
  preconditionIds: readonly string[],
  previous: ExchangeYouth | undefined,
): ExchangeYouth {
  const peildatum = period.end
  const age = ageOn(y.birthDate, peildatum)
  const statuses: Record<string, Status> = {}
  for (const id of preconditionIds) {
    statuses[id] =
      id === PRECONDITION_IDS.futurePlan && age < FUTURE_PLAN_AGE
        ? 'nvt'
        : (y.assessments.get(id)?.status ?? 'onbekend')
  }
  const codes = new Set<string>()
  const actions: ExchangeYouth['actions'] = []
  for (const id of preconditionIds) {
    const status = statuses[id]
    const a = y.assessments.get(id)
    if (!isOpen(status) || !a) continue
    for (const code of a.codes) codes.add(code)
    actions.push({
      preconditionId: id,
      status,
      action: a.action,
      owner: a.owner,
      dueDate: a.dueDate,
    })
  }
  const total = totalStatus(Object.values(statuses))
  const expected = y.expectedOutflowDate
  const delta = previous ? statusChange(previous.totalStatus, total) : 0
  return {
    clientRef: y.clientRef,
    municipalityCode: y.municipalityCode,
    jeugdregio: jeugdregioOf(y.municipalityCode) ?? '',
    age,
    livingArrangement: y.livingArrangement,
    placementDate: y.placementDate,
    lengthOfStayDays: lengthOfStayDays(y.placementDate, peildatum),
    expectedOutflowDate: expected,
    daysOverdue: expected !== null && expected < peildatum ? daysBetween(expected, peildatum) : 0,
    perspective: y.perspective,
    statuses,
    totalStatus: total,
    reasonCodes: [...codes].sort(),
    actions,
    change: !previous ? 'nieuw' : delta > 0 ? 'beter' : delta < 0 ? 'slechter' : 'gelijk',
    previousTotalStatus: previous?.totalStatus ?? null,
    turns18Month: eighteenthBirthday(y.birthDate).slice(0, 7),
    eighteenWithinMonths: turns18Within(y.birthDate, peildatum, 6) ? 6 : age === 17 ? 12 : null,
    ageAtPlacement: ageOn(y.birthDate, y.placementDate),
    daysOverdueInPeriod: overdueDaysWithin(expected, period.start, peildatum),
  }
}

/** The knelpuntcodes of a row per open randvoorwaarde, as the simulation recorded them. */
export function sampleCodes(
  y: SimYouth,
  row: Pick<ExchangeYouth, 'statuses'>,
): Record<string, readonly string[]> {
  const result: Record<string, readonly string[]> = {}
  for (const [id, status] of Object.entries(row.statuses)) {
    if (isOpen(status)) result[id] = y.assessments.get(id)?.codes ?? []
  }
  return result
}

const refOrder = new Intl.Collator('nl', { numeric: true })

function redCount(row: ExchangeYouth): number {
  return Object.values(row.statuses).filter((s) => s === 'rood').length
}

/** Red first, as the Jongerenlijst: totaalstatus, then most rood, then cliëntnummer. */
export function sortRedFirst(rows: ExchangeYouth[]): ExchangeYouth[] {
  return rows.sort(
    (a, b) =>
      statusRank(a.totalStatus) - statusRank(b.totalStatus) ||
      redCount(b) - redCount(a) ||
      refOrder.compare(a.clientRef, b.clientRef),
  )
}
