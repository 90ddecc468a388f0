import {
  addDays,
  addMonths,
  addYears,
  differenceInCalendarDays,
  differenceInYears,
  isValid,
  lightFormat,
  parseISO,
} from 'date-fns'
import type { IsoDate } from './types'

const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** Parses `YYYY-MM-DD` as a local calendar date; null when it is not a real date (30 February). */
export function parseIsoDate(value: string): Date | null {
  if (!ISO_PATTERN.test(value)) return null
  const date = parseISO(value)
  return isValid(date) ? date : null
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null
}

function mustParse(value: IsoDate): Date {
  const date = parseIsoDate(value)
  if (!date) throw new RangeError(`Not an ISO date: ${value}`)
  return date
}

export function toIsoDate(date: Date): IsoDate {
  return lightFormat(date, 'yyyy-MM-dd')
}

export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now)
}

/** Age in whole years on `on`. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  return differenceInYears(mustParse(on), mustParse(birthDate))
}

/** The date a youth turns 18. */
export function eighteenthBirthday(birthDate: IsoDate): IsoDate {
  const birthday = toIsoDate(addYears(mustParse(birthDate), 18))
  // Born on 29 February: in a common year the birthday legally falls on 1 March, which is
  // also the day ageOn() counts the new year from.
  return birthDate.endsWith('-02-29') && birthday.endsWith('-02-28')
    ? `${birthday.slice(0, 4)}-03-01`
    : birthday
}

/** True when the youth turns 18 after `on` and no later than `months` months after it. */
export function turns18Within(birthDate: IsoDate, on: IsoDate, months: number): boolean {
  const birthday = eighteenthBirthday(birthDate)
  return birthday > on && birthday <= addMonthsIso(on, months)
}

export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  return toIsoDate(addMonths(mustParse(date), months))
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(mustParse(date), days))
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(mustParse(to), mustParse(from))
}

/** Verblijfsduur: days since placement on `on` (0 on the day of placement). */
export function lengthOfStayDays(placementDate: IsoDate, on: IsoDate): number {
  return Math.max(0, daysBetween(placementDate, on))
}

/** Formats an ISO date the Dutch way: dd-mm-jjjj. */
export function formatDutchDate(date: IsoDate | null): string {
  if (!date) return ''
  const parsed = parseIsoDate(date)
  return parsed ? lightFormat(parsed, 'dd-MM-yyyy') : ''
}
