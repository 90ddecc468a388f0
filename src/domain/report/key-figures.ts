import { ageOn, daysBetween, lengthOfStayDays } from '../dates'
import { outflowDatePassed } from '../signals'
import {
  DESTINATIONS,
  END_REASONS,
  type Destination,
  type EndReason,
  type IsoDate,
  type Settings,
  type Youth,
} from '../types'
import { memoByKey } from './memo'
import type { ReportPeriod } from './periods'
import type { HistoricState } from './point-in-time'
import { inReportScope, type ReportScope } from './scope'
import type { StateOnDate } from './youth-state'

export interface LengthOfStay {
  /** Mean verblijfsduur in days of the youths placed on the peildatum; null when none. */
  meanDays: number | null
  medianDays: number | null
  /** Youths per band: less than one year, one to two years, two years or more. */
  bands: { under1: number; from1to2: number; over2: number }
}

export interface KeyFigures {
  placed: number
  placedPrevious: number
  /** Youths placed within the period (plaatsingsdatum from start to peildatum). */
  inflow: number
  /** Youths whose uitstroom is dated within the period. */
  outflow: number
  outflowByDestination: Record<Destination, number>
  outflowByReason: Record<EndReason, number>
  lengthOfStay: LengthOfStay
  /** Youths past their beoogde uitstroomdatum on the peildatum, and their days over in total. */
  overdue: { youths: number; days: number }
}

const NO_MAP = new Map<never, never>()

/** Whether the beoogde uitstroomdatum has passed on `date` (the board's signal rule). */
export function isOverdue(youth: Youth, date: IsoDate, settings: Settings): boolean {
  return outflowDatePassed({
    youth,
    statuses: NO_MAP,
    assessments: NO_MAP,
    redStreaks: NO_MAP,
    settings,
    today: date,
  })
}

function median(sorted: readonly number[]): number | null {
  const n = sorted.length
  if (n === 0) return null
  const mid = Math.floor(n / 2)
  return n % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

function zeroRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
}

export function lengthOfStay(placements: readonly IsoDate[], on: IsoDate): LengthOfStay {
  const bands = { under1: 0, from1to2: 0, over2: 0 }
  const daysOf = memoByKey((placed) => lengthOfStayDays(placed, on))
  const yearsOf = memoByKey((placed) => ageOn(placed, on))
  const days: number[] = []
  let sum = 0
  for (const placed of placements) {
    const d = daysOf(placed)
    days.push(d)
    sum += d
    const years = yearsOf(placed)
    if (years < 1) bands.under1++
    else if (years < 2) bands.from1to2++
    else bands.over2++
  }
  days.sort((a, b) => a - b)
  return { meanDays: days.length ? sum / days.length : null, medianDays: median(days), bands }
}

/**
 * Kerncijfers as of the peildatum. Instroom and uitstroom count every youth in scope known at
 * the peildatum whose plaatsingsdatum or uitstroom date falls within the period.
 */
export function keyFigures(
  atEnd: HistoricState,
  onEnd: StateOnDate,
  onPrevious: StateOnDate,
  period: ReportPeriod,
  scope: ReportScope,
): KeyFigures {
  const inPeriod = (date: IsoDate) => date >= period.start && date <= period.end
  let inflow = 0
  let outflow = 0
  const outflowByDestination = zeroRecord(DESTINATIONS)
  const outflowByReason = zeroRecord(END_REASONS)
  for (const youth of atEnd.youths.values()) {
    if (!inReportScope(youth, scope)) continue
    if (inPeriod(youth.placementDate)) inflow++
    if (youth.outflow && inPeriod(youth.outflow.date)) {
      outflow++
      const { destination, reason } = youth.outflow
      if (destination in outflowByDestination) outflowByDestination[destination]++
      if (reason in outflowByReason) outflowByReason[reason]++
    }
  }
  const daysOver = memoByKey((expected) => daysBetween(expected, period.end))
  const placements: IsoDate[] = []
  let overdueYouths = 0
  let overdueDays = 0
  for (const { youth } of onEnd.youths.values()) {
    placements.push(youth.placementDate)
    if (youth.expectedOutflowDate !== null && isOverdue(youth, period.end, atEnd.settings)) {
      overdueYouths++
      overdueDays += daysOver(youth.expectedOutflowDate)
    }
  }
  return {
    placed: onEnd.youths.size,
    placedPrevious: onPrevious.youths.size,
    inflow,
    outflow,
    outflowByDestination,
    outflowByReason,
    lengthOfStay: lengthOfStay(placements, period.end),
    overdue: { youths: overdueYouths, days: overdueDays },
  }
}
