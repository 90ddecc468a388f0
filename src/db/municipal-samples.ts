import { rondeOnOrBefore, type RondeSettings } from '../domain/municipal'
import type { SampleFile } from '../domain/sample-data/municipal/exchange-files'
import { restoreSettings } from '../domain/settings'
import type { IsoDate, IsoTimestamp } from '../domain/types'
import { db } from './database'
import { SETTINGS_KEY } from './settings-repo'

/** Were ronde settings ever stored (a saved settings form stores them too)? */
export function hasStoredRondeSettings(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false
  const municipal = (raw as { municipal?: unknown }).municipal
  return typeof municipal === 'object' && municipal !== null && 'rondeAnchorDate' in municipal
}

export interface SampleFileSet {
  /** The newest sample ronde: on the user's rhythm when one was set, otherwise today. */
  lastRonde: IsoDate
  /** The rhythm of the sample rondes (six weeks, ending on `lastRonde`). */
  rhythm: RondeSettings
  files: SampleFile[]
}

/**
 * The sample files as Voorbeeldbestanden laden stores them and Voorbeeldbestanden downloaden
 * offers them: one definition, so the files a user downloads to try loading by hand are the
 * very files the overview shows (issue 21 item 10). `now` caps each file's "Gemaakt op".
 */
export async function sampleFileSet(today: IsoDate, now: IsoTimestamp): Promise<SampleFileSet> {
  const { sampleExchangeFiles, sampleRondeSettings } =
    await import('../domain/sample-data/municipal/exchange-files')
  const raw = (await db.settings.get(SETTINGS_KEY))?.value
  const lastRonde = hasStoredRondeSettings(raw)
    ? rondeOnOrBefore(today, restoreSettings(raw).municipal)
    : today
  return {
    lastRonde,
    rhythm: sampleRondeSettings(lastRonde),
    files: sampleExchangeFiles(lastRonde, now),
  }
}
