import { generateSampleDataset } from '../domain/sample-data/generate'
import { sampleHistory } from '../domain/sample-data/history'
import { restoreSettings } from '../domain/settings'
import type { IsoDate } from '../domain/types'
import { appendAudit } from './audit-repo'
import { db } from './database'
import { storedYouths } from './youth-record'
import { putSettings, SETTINGS_KEY } from './settings-repo'

export class NotEmptyError extends Error {
  constructor() {
    super('The board already holds youths')
    this.name = 'NotEmptyError'
  }
}

export const SAMPLE_YOUTH_COUNT = 60
const SAMPLE_SEED = 20261123

/**
 * Fills an empty database with a fictitious provider so a newcomer sees a living board,
 * with half a year of monthly reviews behind it (history, trend, langdurig rood).
 * Refuses when youths exist, so it can never mix with real work.
 */
export async function loadSampleData(today: IsoDate, actor: string): Promise<number> {
  const data = generateSampleDataset({
    seed: SAMPLE_SEED,
    youthCount: SAMPLE_YOUTH_COUNT,
    today,
    months: 6,
  })
  const history = sampleHistory(data)
  const tables = [db.youths, db.settings, db.audit, db.reviews, db.snapshots]
  await db.transaction('rw', tables, async () => {
    if ((await db.youths.count()) > 0) throw new NotEmptyError()
    // Settings a user already made are kept; only an empty provider name and locations are filled.
    const stored = await db.settings.get(SETTINGS_KEY)
    const current = stored ? restoreSettings(stored.value) : data.settings
    await putSettings(
      {
        ...current,
        providerName: current.providerName || data.settings.providerName,
        locations: [...new Set([...current.locations, ...data.settings.locations])],
      },
      actor,
      stored,
    )
    await db.youths.bulkAdd(storedYouths(history.youths, data.assessments))
    await db.reviews.bulkAdd(history.reviews)
    await db.snapshots.bulkAdd(history.snapshots)
    await db.audit.bulkAdd(history.audit)
    await appendAudit({
      actor,
      kind: 'settings',
      youthId: null,
      preconditionId: null,
      before: null,
      after: { sampleData: data.youths.length },
    })
  })
  return data.youths.length
}
