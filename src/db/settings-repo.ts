import { restoreSettings } from '../domain/settings'
import type { Settings } from '../domain/types'
import { appendAudit } from './audit-repo'
import { db } from './database'

export const SETTINGS_KEY = 'app'

export async function getSettings(): Promise<Settings> {
  const record = await db.settings.get(SETTINGS_KEY)
  return restoreSettings(record?.value)
}

/** Saves the settings (restored first, so nothing invalid is ever stored) with an audit line. */
export async function saveSettings(next: Settings, actor: string): Promise<Settings> {
  const clean = restoreSettings(next)
  await db.transaction('rw', db.settings, db.audit, async () => {
    const before = restoreSettings((await db.settings.get(SETTINGS_KEY))?.value)
    await db.settings.put({ key: SETTINGS_KEY, value: clean })
    await appendAudit({
      actor,
      kind: 'settings',
      youthId: null,
      preconditionId: null,
      before,
      after: clean,
    })
  })
  return clean
}
