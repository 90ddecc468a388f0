import { formatDutchDate } from './dates'
import type { IsoDate, IsoTimestamp } from './types'

/**
 * Stored timestamps are UTC (`toISOString()`); people read them in their own time zone. Every
 * timestamp shown goes through these functions, so 21:10 UTC reads 22:10 in Amsterdam in winter
 * and 23:10 in summer, and a change at 00:30 local time belongs to that local day.
 * `timeZone` defaults to the user's (the browser's); tests pass one explicitly.
 */

interface MomentParts {
  date: IsoDate
  time: string
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? ''
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(key, f)
  }
  return f
}

/** The local calendar date and hh:mm of a timestamp; null when it is not one. */
export function momentParts(at: IsoTimestamp, timeZone?: string): MomentParts | null {
  const date = new Date(at)
  if (Number.isNaN(date.getTime())) return null
  const parts: Record<string, string> = {}
  for (const p of formatter(timeZone).formatToParts(date)) parts[p.type] = p.value
  const { year = '', month = '', day = '', hour = '', minute = '' } = parts
  return { date: `${year}-${month}-${day}`, time: `${hour}:${minute}` }
}

/** The calendar date the user was in at that moment (`YYYY-MM-DD`). */
export function momentDate(at: IsoTimestamp, timeZone?: string): IsoDate {
  return momentParts(at, timeZone)?.date ?? at.slice(0, 10)
}

/** "23-11-2026", the local date of a stored timestamp. */
export function formatMomentDate(at: IsoTimestamp, timeZone?: string): string {
  const parts = momentParts(at, timeZone)
  return parts ? formatDutchDate(parts.date) : at
}

/** "23-11-2026 10:15" (with `joiner` " om " or " at ": "23-11-2026 om 10:15"), in local time. */
export function formatMoment(at: IsoTimestamp, timeZone?: string, joiner = ' '): string {
  const parts = momentParts(at, timeZone)
  return parts ? `${formatDutchDate(parts.date)}${joiner}${parts.time}` : at
}
