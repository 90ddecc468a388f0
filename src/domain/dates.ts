import { addDays, addMonths, addYears, differenceInYears, lightFormat } from 'date-fns'
import type { IsoDate } from './types'

const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}$/

const DAY_MS = 86_400_000

/**
 * The calendar day of `YYYY-MM-DD` as days since 1970-01-01, or null when it is not a real
 * date (30 February). Worked out by hand, without Date objects or date-fns' general ISO parser:
 * the board and reports handle dates of tens of thousands of youths.
 */
function dayNumberOf(value: string): number | null {
  const known = dayNumbers.get(value)
  if (known !== undefined) return known
  const day = computeDayNumber(value)
  remember(dayNumbers, value, day)
  return day
}

/**
 * Date rules remembered per distinct input: the board derives every youth's row from a few
 * thousand distinct dates (birth, placement, last review), so each is worked out once.
 * Bounded, so a long session cannot grow them without end.
 */
const MEMO_LIMIT = 50_000
const dayNumbers = new Map<string, number | null>()
const birthdays18 = new Map<string, IsoDate>()
const monthsLater = new Map<string, IsoDate>()

function remember<T>(memo: Map<string, T>, key: string, value: T) {
  if (memo.size >= MEMO_LIMIT) memo.clear()
  memo.set(key, value)
}

function computeDayNumber(value: string): number | null {
  if (!ISO_PATTERN.test(value)) return null
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7))
  const day = Number(value.slice(8, 10))
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const length =
    month === 2
      ? leap
        ? 29
        : 28
      : month === 4 || month === 6 || month === 9 || month === 11
        ? 30
        : 31
  if (month < 1 || month > 12 || day < 1 || day > length) return null
  // Date.UTC reads years 0–99 as 1900–1999, hence setUTCFullYear.
  return new Date(0).setUTCFullYear(year, month - 1, day) / DAY_MS
}

function mustDayNumber(value: IsoDate): number {
  const day = dayNumberOf(value)
  if (day === null) throw new RangeError(`Not an ISO date: ${value}`)
  return day
}

/** Parses `YYYY-MM-DD` as a local calendar date (midnight); null when it is not a real date. */
export function parseIsoDate(value: string): Date | null {
  if (dayNumberOf(value) === null) return null
  const date = new Date(2000, 0, 1)
  // setFullYear, because the Date constructor reads years 0–99 as 1900–1999.
  date.setFullYear(
    Number(value.slice(0, 4)),
    Number(value.slice(5, 7)) - 1,
    Number(value.slice(8, 10)),
  )
  return date
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null
}

function mustParse(value: IsoDate): Date {
  const date = parseIsoDate(value)
  if (!date) throw new RangeError(`Not an ISO date: ${value}`)
  return date
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n))

export function toIsoDate(date: Date): IsoDate {
  const year = date.getFullYear()
  // By hand for the years people live in (it is called for every youth on the board).
  if (year < 1000 || year > 9999) return lightFormat(date, 'yyyy-MM-dd')
  return `${year}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`
}

export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now)
}

const ages = new Map<string, number>()

/** Age in whole years on `on`. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const key = `${birthDate}|${on}`
  let age = ages.get(key)
  if (age === undefined) {
    age = differenceInYears(mustParse(on), mustParse(birthDate))
    remember(ages, key, age)
  }
  return age
}

/** The date a youth turns 18. */
export function eighteenthBirthday(birthDate: IsoDate): IsoDate {
  let birthday = birthdays18.get(birthDate)
  if (birthday === undefined) {
    birthday = computeEighteenthBirthday(birthDate)
    remember(birthdays18, birthDate, birthday)
  }
  return birthday
}

function computeEighteenthBirthday(birthDate: IsoDate): IsoDate {
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
  const key = `${date}|${months}`
  let later = monthsLater.get(key)
  if (later === undefined) {
    later = toIsoDate(addMonths(mustParse(date), months))
    remember(monthsLater, key, later)
  }
  return later
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  const result = new Date((mustDayNumber(date) + days) * DAY_MS)
  const year = result.getUTCFullYear()
  if (year < 1000 || year > 9999) return toIsoDate(addDays(mustParse(date), days))
  return `${year}-${pad2(result.getUTCMonth() + 1)}-${pad2(result.getUTCDate())}`
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return mustDayNumber(to) - mustDayNumber(from)
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
