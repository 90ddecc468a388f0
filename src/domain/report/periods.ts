import { addDaysIso, daysBetween } from '../dates'
import type { IsoDate, IsoTimestamp, Settings } from '../types'

/** One reporting period: `reportPeriodWeeks` weeks from the anchor; the peildatum is its end. */
export interface ReportPeriod {
  /** 0 is the period that starts on the anchor date; earlier periods are negative. */
  index: number
  start: IsoDate
  /** The last day of the period: the peildatum. */
  end: IsoDate
  /** The period has not ended yet (today falls in it): its figures are voorlopig. */
  provisional: boolean
}

type PeriodSettings = Pick<Settings, 'reportPeriodWeeks' | 'reportAnchorDate'>

/** At most this many past periods are offered (about 30 years of six-weekly reports). */
export const MAX_SELECTABLE_PERIODS = 260

function lengthInDays(settings: PeriodSettings): number {
  return settings.reportPeriodWeeks * 7
}

/** The period with the given index, marked voorlopig when `today` has not passed its end. */
export function periodAt(index: number, settings: PeriodSettings, today: IsoDate): ReportPeriod {
  const days = lengthInDays(settings)
  const start = addDaysIso(settings.reportAnchorDate, index * days)
  const end = addDaysIso(start, days - 1)
  return { index, start, end, provisional: today <= end }
}

/** Index of the period that contains `date` (negative before the anchor). */
export function periodIndexOf(date: IsoDate, settings: PeriodSettings): number {
  return Math.floor(daysBetween(settings.reportAnchorDate, date) / lengthInDays(settings))
}

/**
 * The periods a user can report on, newest first: the current (voorlopig) period and every
 * ended one back to the anchor. Before the anchor only the current period is offered.
 */
export function selectablePeriods(
  settings: PeriodSettings,
  today: IsoDate,
): [ReportPeriod, ...ReportPeriod[]] {
  const current = periodIndexOf(today, settings)
  const oldest = Math.max(Math.min(current, 0), current - MAX_SELECTABLE_PERIODS + 1)
  const periods: [ReportPeriod, ...ReportPeriod[]] = [periodAt(current, settings, today)]
  for (let index = current - 1; index >= oldest; index--) {
    periods.push(periodAt(index, settings, today))
  }
  return periods
}

/** The period a report opens on: the latest ended one, or the current when none has ended. */
export function defaultPeriod(periods: readonly [ReportPeriod, ...ReportPeriod[]]): ReportPeriod {
  return periods.find((p) => !p.provisional) ?? periods[0]
}

/** The period just before `period`: its peildatum is the comparison date. */
export function previousPeriod(
  period: ReportPeriod,
  settings: PeriodSettings,
  today: IsoDate,
): ReportPeriod {
  return periodAt(period.index - 1, settings, today)
}

/**
 * The first moment after the peildatum in the user's time zone, as a stored timestamp: audit
 * entries at or after it happened after the peildatum and are reverted for a report.
 */
export function afterPeildatum(peildatum: IsoDate): IsoTimestamp {
  const [y, m, d] = peildatum.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d + 1).toISOString()
}
