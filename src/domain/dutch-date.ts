import { isValid, parse } from 'date-fns'
import { isIsoDate, toIsoDate } from './dates'
import type { IsoDate } from './types'

/**
 * Date formats people type or find in Dutch spreadsheets, tried in order:
 * 14-03-2009, 14-3-09, 14/3/2009, 14.3.2009, 14032009, and ISO 2009-03-14.
 */
const FORMATS = ['d-M-yyyy', 'd-M-yy', 'ddMMyyyy', 'ddMMyy'] as const

/** Reads a date as a Dutch user writes it; null when it is not a real date. */
export function parseDutchDate(input: string, reference: Date = new Date()): IsoDate | null {
  const text = input.trim()
  if (isIsoDate(text)) return text
  const normalised = text.replace(/[./\s]+/g, '-')
  for (const format of FORMATS) {
    if (format.includes('-') !== normalised.includes('-')) continue
    const yearDigits = /(\d+)$/.exec(normalised)?.[1]?.length ?? 0
    if (format.endsWith('yyyy') !== (yearDigits === 4 || yearDigits === 8)) continue
    const date = parse(normalised, format, reference)
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2100) {
      return toIsoDate(date)
    }
  }
  return null
}
