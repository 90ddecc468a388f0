import { z } from 'zod/mini'
import type { IsoTimestamp } from '../types'

/** A back-up older than this many days is worth a quiet reminder. */
export const BACKUP_REMINDER_DAYS = 30
/** After "Later" the reminder stays away this long. */
export const REMINDER_SNOOZE_DAYS = 7
const DAY_MS = 86_400_000

/**
 * Stored in `settings` under key 'backup': when this browser last made a back-up, and since
 * when it holds youths (audit times can lie further back: sample data and imports carry
 * history, but the risk of losing work only starts when the data is here).
 */
export interface BackupStatus {
  lastBackupAt: IsoTimestamp | null
  workSince?: IsoTimestamp | null
}

export function restoreBackupStatus(raw: unknown): BackupStatus {
  const at = (key: string) => {
    const value =
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : null
    return z.string().safeParse(value).success ? (value as string) : null
  }
  const workSince = at('workSince')
  return { lastBackupAt: at('lastBackupAt'), ...(workSince ? { workSince } : {}) }
}

export interface ReminderFacts {
  lastBackupAt: IsoTimestamp | null
  /** Since when this browser holds youths: how long work has gone without a back-up. */
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
