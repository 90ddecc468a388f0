import { z } from 'zod/mini'
import type { IsoTimestamp } from '../types'

/** A back-up older than this many days is worth a quiet reminder. */
export const BACKUP_REMINDER_DAYS = 30
/** After "Later" the reminder stays away this long. */
export const REMINDER_SNOOZE_DAYS = 7
const DAY_MS = 86_400_000

/** Stored in `settings` under key 'backup': when this browser last made a back-up. */
export interface BackupStatus {
  lastBackupAt: IsoTimestamp | null
}

export function restoreBackupStatus(raw: unknown): BackupStatus {
  const parsed = z.object({ lastBackupAt: z.string() }).safeParse(raw)
  return { lastBackupAt: parsed.success ? parsed.data.lastBackupAt : null }
}

export interface ReminderFacts {
  lastBackupAt: IsoTimestamp | null
  /** The first change recorded here: how long work has gone without a back-up. */
  firstChangeAt: IsoTimestamp | null
  hasYouths: boolean
  snoozedAt: IsoTimestamp | null
}

/**
 * Remind when there is work to lose and the last back-up (or, if none, the first change) is
 * more than 30 days ago — unless the user said "later" less than a week ago.
 */
export function backupReminderDue(facts: ReminderFacts, now: Date): boolean {
  if (!facts.hasYouths) return false
  const since = facts.lastBackupAt ?? facts.firstChangeAt
  if (since === null) return false
  const age = now.getTime() - Date.parse(since)
  if (!(age > BACKUP_REMINDER_DAYS * DAY_MS)) return false
  if (
    facts.snoozedAt &&
    now.getTime() - Date.parse(facts.snoozedAt) < REMINDER_SNOOZE_DAYS * DAY_MS
  ) {
    return false
  }
  return true
}
