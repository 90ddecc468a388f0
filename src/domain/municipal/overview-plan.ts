import type { IsoDate } from '../types'
import type { FileDigest } from './digest'
import { chooseRondeFiles } from './ronde-files'
import { scopeOfDigest } from './ronde-digests'
import { defaultRonde, rondeAfter, rondeDates } from './rondes'
import type { RondeSettings } from './types'

/** The trend and "rood sinds N rondes" look back this many rondes, the selected one included. */
export const TREND_RONDES = 12

/**
 * The rondes that the trend looks at: up to TREND_RONDES ending with the selected one, not
 * before the first ronde of the loaded files.
 */
function trendRondes(rondeDate: IsoDate, first: IsoDate | undefined, settings: RondeSettings) {
  const dates: IsoDate[] = []
  for (let back = TREND_RONDES - 1; back >= 0; back--) {
    const date = rondeAfter(rondeDate, -back, settings)
    if (back === 0 || first === undefined || date >= first) dates.push(date)
  }
  return dates
}

/** Which rondes the overview shows and which stored files it must read whole. */
export interface OverviewPlan {
  /** Every ronde of the stored files, oldest first. */
  rondes: IsoDate[]
  /** The ronde shown; null without files. */
  date: IsoDate | null
  /** The trend's rondes, oldest first, ending with `date`. */
  trendDates: IsoDate[]
  /**
   * The files whose rows are read (sorted keys): the chosen files of the shown ronde and of the
   * ronde before it (every figure and the like-for-like change), and of a provider that has
   * several chosen files in a trend ronde (its rows may repeat across them). Every other ronde
   * is read from the digests.
   */
  wholeKeys: string[]
}

/** Plans the overview of `rondeDate` (null: the latest ronde that has files) from the digests. */
export function overviewPlan(
  digests: readonly FileDigest[],
  rondeDate: IsoDate | null,
  settings: RondeSettings,
): OverviewPlan {
  const peildata = digests.map((d) => d.peildatum)
  const rondes = rondeDates(peildata, settings)
  const date = rondeDate ?? defaultRonde(peildata, settings) ?? rondes.at(-1) ?? null
  const trendDates = date === null ? [] : trendRondes(date, rondes[0], settings)
  const keys = new Set<string>()
  trendDates.forEach((d, index) => {
    const shownOrBefore = index >= trendDates.length - 2
    for (const p of chooseRondeFiles(digests, scopeOfDigest, d, settings).providers) {
      if (shownOrBefore || p.files.length > 1) for (const f of p.files) keys.add(f.key)
    }
  })
  return { rondes, date, trendDates, wholeKeys: [...keys].sort() }
}
