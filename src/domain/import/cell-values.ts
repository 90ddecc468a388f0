import { isIsoDate } from '../dates'
import { parseDutchDate } from '../dutch-date'
import { normaliseName } from '../municipalities'
import type { IsoDate } from '../types'
import type { CellValue } from './types'

/** The date Excel counts its serial day numbers from (1900 date system, after its leap bug). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000
/** Serials 61 (1 March 1900) … 73050 (31 December 2099): earlier ones hit Excel's 1900 leap bug. */
const FIRST_SERIAL = 61
const LAST_SERIAL = 73050

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** A date cell from an .xlsx reader is midnight UTC of the day shown in the sheet. */
function isoFromUtc(date: Date): IsoDate | null {
  if (Number.isNaN(date.getTime())) return null
  const year = date.getUTCFullYear()
  if (year < 1900 || year > 2100) return null
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** An Excel serial day number (45123 = 16-07-2023) as a date; null outside 1900–2099. */
export function dateFromExcelSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial > LAST_SERIAL) return null
  return isoFromUtc(new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS))
}

/** The text of a cell as the user sees it; a date cell becomes an ISO date. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return isoFromUtc(cell) ?? ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nee'
  return cell.trim()
}

/** Month names and abbreviations, Dutch and English, in calendar order. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'januari', 'january'],
  ['feb', 'februari', 'february'],
  ['mrt', 'maart', 'mar', 'march'],
  ['apr', 'april'],
  ['mei', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['aug', 'augustus', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oktober', 'oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
]
const MONTHS = new Map(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)))

/** "14-mrt-2009" or "14 maart 2009" → "14-3-2009". */
function withMonthNumber(text: string): string {
  return text.replace(/([a-z]+)\.?/gi, (word: string, name: string) => {
    const month = MONTHS.get(name.toLowerCase())
    return month === undefined ? word : `-${month}-`
  })
}

/**
 * Reads a date cell: a real date cell, an Excel serial number (45123), ISO (2009-03-14, also
 * with a time), or Dutch writing (14-03-2009, 14-3-09, 14/3/2009, 14 maart 2009).
 * Two-digit years are placed within 50 years of `reference`. Null when it is not a date.
 */
export function cellDate(cell: CellValue | undefined, reference: Date): IsoDate | null {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return null
  if (cell instanceof Date) return isoFromUtc(cell)
  if (typeof cell === 'number') return dateFromExcelSerial(cell)
  let text = cell.trim()
  if (text === '') return null
  const isoWithTime = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/.exec(text)
  if (isoWithTime?.[1]) return isIsoDate(isoWithTime[1]) ? isoWithTime[1] : null
  if (/^\d{5}(?:[.,]\d+)?$/.test(text)) return dateFromExcelSerial(Number(text.replace(',', '.')))
  text = text.replace(/\s+\d{1,2}:\d{2}(?::\d{2})?$/, '')
  const quick = quickDate(text)
  if (quick !== undefined) return quick
  if (/[a-z]/i.test(text))
    text = withMonthNumber(text)
      .replace(/[\s-]+/g, '-')
      .replace(/^-|-$/g, '')
  return parseDutchDate(text, reference)
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/

/** The calendar date when y-m-d exists (not 30 February), else null. */
function realDate(year: number, month: number, day: number): IsoDate | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/**
 * The two forms almost every sheet uses (14-03-2009 and 2009-03-14), read without date-fns:
 * 50,000 rows hold 150,000 dates. Gives exactly what parseDutchDate gives for them (the test
 * checks); undefined for every other form, which parseDutchDate then reads.
 */
export function quickDate(text: string): IsoDate | null | undefined {
  const iso = ISO.exec(text)
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const dmy = DMY.exec(text)
  if (!dmy) return undefined
  const year = Number(dmy[3])
  if (year < 1900 || year > 2100) return null
  return realDate(year, Number(dmy[2]), Number(dmy[1]))
}

/** Finds a value by any of its words, ignoring case, accents and punctuation. */
export function createWordMatcher<V extends string>(
  words: Record<V, readonly string[]>,
): (text: string) => V | undefined {
  const index = new Map<string, V>()
  for (const [value, list] of Object.entries(words) as [V, readonly string[]][]) {
    for (const word of [value, ...list]) {
      const key = normaliseName(word)
      if (key !== '' && !index.has(key)) index.set(key, value)
    }
  }
  // Sheets repeat the same few words thousands of times: remember each answer.
  const seen = new Map<string, V | undefined>()
  return (text) => {
    if (seen.has(text)) return seen.get(text)
    const found = index.get(normaliseName(text))
    if (seen.size < 10_000) seen.set(text, found)
    return found
  }
}
