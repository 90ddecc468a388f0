import type { IsoDate } from '../types'
import { cellDate, cellText } from './cell-values'
import type { CellValue } from './types'

/**
 * Date columns told apart by when they lie, the way a person reads them: birth dates give
 * youths of 0–23 at their placement (judged against the placement date in the same row when
 * the list has one, else against today), placement dates lie in the past after the birth,
 * beoogde uitstroom lies mostly in the future. Dates no rule fits leave the column unnamed.
 */
export type DateReason = 'birthDates' | 'placementDates' | 'futureDates'

/** Share of the values that must fit a rule. */
export const NEARLY_ALL = 0.9
/** Fewer values than this say too little to go on. */
export const MIN_VALUES = 3

const DAY_MS = 86_400_000
const YEAR_DAYS = 365.25
/** Youth care takes youths up to 23: at their placement they are younger than 24. */
const AGE_AT_PLACEMENT = 24
/** Without a placement date: at most this old today (the youth form's own limit). */
const OLDEST_TODAY = 27
/** Most youths in residential care are older than this: younger "births" are recent dates. */
const CHILDHOOD_YEARS = 5
/** Excel serial numbers of 1950 and 2100: numbers outside are no dates a list would hold. */
const SERIAL_MIN = 18_264
const SERIAL_MAX = 73_051

const blank = (cell: CellValue | undefined) =>
  cell === null || cell === undefined || cellText(cell) === ''

function dayOf(cell: CellValue, reference: Date): number | null {
  // Digits alone are numbers (cliëntnummers, counts) unless they are a plausible serial date.
  const number = typeof cell === 'string' && /^\d+$/.test(cell.trim()) ? Number(cell) : cell
  if (typeof number === 'number' && (number < SERIAL_MIN || number > SERIAL_MAX)) return null
  const iso = cellDate(number, reference)
  return iso === null ? null : Date.parse(iso) / DAY_MS
}

/**
 * Whole numbers that run on (40001, 40002, 40007): a numbering, not dates. Birth and placement
 * dates of a group of youths lie years apart; serials of real dates rarely sit so close.
 */
function isRunningNumber(cells: readonly CellValue[]): boolean {
  const numbers = cells.map((c) => (typeof c === 'number' ? c : Number(cellText(c))))
  if (!numbers.every((n) => Number.isInteger(n))) return false
  if (new Set(numbers).size !== numbers.length) return false
  return Math.max(...numbers) - Math.min(...numbers) < 3 * numbers.length
}

/** Per row the day number of the date in the cell, or undefined when the column holds no dates. */
function daysOf(cells: readonly CellValue[], reference: Date): (number | null)[] | undefined {
  const filled = cells.filter((c) => !blank(c))
  if (filled.length < MIN_VALUES) return undefined
  const days = cells.map((c) => (blank(c) ? null : dayOf(c, reference)))
  const found = days.filter((d) => d !== null).length
  if (found / filled.length < NEARLY_ALL || isRunningNumber(filled)) return undefined
  return days
}

const known = (days: readonly (number | null)[]) => days.filter((d): d is number => d !== null)
const shareOf = (values: readonly number[], test: (v: number) => boolean) =>
  values.filter(test).length / values.length

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Per row with both dates: years from the first column's date to the second's. */
function yearsBetween(from: readonly (number | null)[], to: readonly (number | null)[]): number[] {
  const years: number[] = []
  from.forEach((a, row) => {
    const b = to[row]
    if (a !== null && b !== null && b !== undefined) years.push((b - a) / YEAR_DAYS)
  })
  return years
}

/**
 * The reason per column: undefined for a column that holds no dates (other rules may speak),
 * null for dates no rule fits. All columns cover the same rows, so dates compare row by row.
 */
export function classifyDateColumns(
  columns: readonly (readonly CellValue[])[],
  today: IsoDate,
): (DateReason | null | undefined)[] {
  const reference = new Date(`${today}T12:00:00Z`)
  const todayDay = Date.parse(today) / DAY_MS
  const days = columns.map((cells) => daysOf(cells, reference))
  const agesToday = days.map((d) => (d ? known(d).map((day) => (todayDay - day) / YEAR_DAYS) : []))
  const past = days.flatMap((d, i) =>
    d && shareOf(agesToday[i] ?? [], (a) => a >= 0) >= NEARLY_ALL ? [i] : [],
  )
  const column = (i: number) => days[i] ?? []
  /** Nearly every row: the youth was 0–23 at the second column's date if the first is its birth. */
  const ageAtPlacementFits = (birth: number, placement: number) => {
    const ages = yearsBetween(column(birth), column(placement))
    return (
      ages.length >= MIN_VALUES &&
      shareOf(ages, (a) => a >= 0 && a < AGE_AT_PLACEMENT) >= NEARLY_ALL
    )
  }
  const youngToday = (i: number) => {
    const ages = agesToday[i] ?? []
    return ages.every((a) => a >= 0 && a <= OLDEST_TODAY) && median(ages) >= CHILDHOOD_YEARS
  }
  /** Date columns that lie after this one in most of the same rows: placement and the like. */
  const later = (i: number) =>
    past.filter((j) => {
      const years = yearsBetween(column(i), column(j))
      return j !== i && years.length >= MIN_VALUES && median(years) > 0
    })
  const births = past.filter(
    (i) =>
      youngToday(i) &&
      // A column of youths' ages that an earlier column explains as their birth is placements.
      !past.some((j) => j !== i && youngToday(j) && ageAtPlacementFits(j, i)) &&
      (later(i).length === 0 || later(i).some((j) => ageAtPlacementFits(i, j))),
  )
  return days.map((d, i) => {
    if (!d) return undefined
    const ages = agesToday[i] ?? []
    if (shareOf(ages, (a) => a < 0) > 0.5) return 'futureDates'
    if (!past.includes(i)) return null
    if (births.includes(i)) return 'birthDates'
    const placed =
      births.length > 0
        ? births.some((b) => ageAtPlacementFits(b, i))
        : median(ages) < CHILDHOOD_YEARS
    return placed ? 'placementDates' : null
  })
}
