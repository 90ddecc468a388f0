import { addDaysIso, daysBetween } from '../dates'
import type { IsoDate } from '../types'
import type { RondeSettings } from './types'

/** At most this many rondes are offered (about 30 years of six-weekly rondes). */
export const MAX_RONDES = 260

/** The first day a ronde looks at: peildata from this day up to and including the ronde date. */
export function rondeWindowStart(rondeDate: IsoDate, settings: RondeSettings): IsoDate {
  return addDaysIso(rondeDate, 1 - settings.rondeWindowWeeks * 7)
}

/** The ronde date `steps` rondes after `rondeDate` (before it when negative). */
export function rondeAfter(rondeDate: IsoDate, steps: number, settings: RondeSettings): IsoDate {
  return addDaysIso(rondeDate, steps * settings.rondeWeeks * 7)
}

/** The first ronde date on or after `date` (the anchor fixes the rhythm, also before it). */
export function rondeOnOrAfter(date: IsoDate, settings: RondeSettings): IsoDate {
  const step = settings.rondeWeeks * 7
  const index = Math.ceil(daysBetween(settings.rondeAnchorDate, date) / step)
  return addDaysIso(settings.rondeAnchorDate, index * step)
}

/** The last ronde date on or before `date`: e.g. the ronde to make sample files for. */
export function rondeOnOrBefore(date: IsoDate, settings: RondeSettings): IsoDate {
  const after = rondeOnOrAfter(date, settings)
  return after === date ? date : rondeAfter(after, -1, settings)
}

function minMax(peildata: Iterable<IsoDate>): [IsoDate, IsoDate] | null {
  let min: IsoDate | null = null
  let max: IsoDate | null = null
  for (const p of peildata) {
    if (min === null || p < min) min = p
    if (max === null || p > max) max = p
  }
  return min === null || max === null ? null : [min, max]
}

/**
 * The rondes of the loaded files, oldest first: every `rondeWeeks` weeks in the anchor's
 * rhythm, from the first ronde on or after the earliest peildatum up to the first ronde on
 * or after the latest peildatum. No files: no rondes.
 */
export function rondeDates(peildata: Iterable<IsoDate>, settings: RondeSettings): IsoDate[] {
  const range = minMax(peildata)
  if (!range) return []
  const first = rondeOnOrAfter(range[0], settings)
  const last = rondeOnOrAfter(range[1], settings)
  const count = Math.min(
    MAX_RONDES,
    Math.round(daysBetween(first, last) / (settings.rondeWeeks * 7)) + 1,
  )
  return Array.from({ length: count }, (_, i) => rondeAfter(last, i - count + 1, settings))
}

/** The ronde shown first: the latest ronde that has a file in its window; null without files. */
export function defaultRonde(peildata: Iterable<IsoDate>, settings: RondeSettings): IsoDate | null {
  const sorted = [...new Set(peildata)].sort()
  const rondes = rondeDates(sorted, settings)
  let i = sorted.length - 1
  for (let r = rondes.length - 1; r >= 0; r--) {
    const ronde = rondes[r] as IsoDate
    const start = rondeWindowStart(ronde, settings)
    while (i >= 0 && (sorted[i] as IsoDate) > ronde) i--
    if (i >= 0 && (sorted[i] as IsoDate) >= start) return ronde
  }
  return null
}
