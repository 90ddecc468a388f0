import { formatDutchDate, toIsoDate } from '../../domain/dates'

/** A stored timestamp as the user reads it: "23-11-2026 10:15" in local time. */
export function formatMoment(at: string): string {
  const date = new Date(at)
  if (Number.isNaN(date.getTime())) return at
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`
  return `${formatDutchDate(toIsoDate(date))} ${time}`
}
