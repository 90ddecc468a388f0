import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { Link } from 'wouter'
import { getReminderFacts, noteWorkStarted } from '../../db/backup-repo'
import { backupReminderDue } from '../../domain/backup/reminder'
import { useEncryptionAtRest } from '../../hooks/use-encryption-at-rest'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { formatMoment } from '../../domain/moments'
import { useBackupReminder } from './reminder-store'
import './backup.css'

/** A small, dismissable banner when the last back-up is more than 30 days old. Never a modal. */
export function BackupReminder() {
  const t = useT()
  const b = t.backup
  const facts = useLiveQuery(getReminderFacts, [])
  const { snoozedAt, snooze } = useBackupReminder()
  const show = useNotices((s) => s.show)
  const [busy, setBusy] = useState(false)
  const atRest = useEncryptionAtRest()
  const untracked = facts?.hasYouths === true && facts.firstChangeAt === null
  useEffect(() => {
    if (untracked) void noteWorkStarted()
  }, [untracked])
  if (!facts || !backupReminderDue({ ...facts, snoozedAt }, new Date())) return null

  async function backUp() {
    setBusy(true)
    try {
      // Loaded on click: the reminder is on every page, the back-up code is not needed there.
      const { downloadBackup } = await import('./download-backup')
      show({ tone: 'success', message: b.made(await downloadBackup()) })
    } catch {
      show({ tone: 'error', message: b.makeFailed })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="backup-reminder" aria-label={b.reminderLabel}>
      <p className="backup-reminder__text">
        <span aria-hidden="true">⚠ </span>
        {facts.lastBackupAt ? b.reminder(formatMoment(facts.lastBackupAt)) : b.reminderNever}
      </p>
      {atRest ? (
        // Encryption on: the back-up is made in Instellingen, encrypted by default, never
        // as a plain file in one click.
        <Link href="/instellingen" className="button button--small">
          {b.reminderAction}
        </Link>
      ) : (
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void backUp()}
        >
          {b.reminderAction}
        </button>
      )}
      <button type="button" className="button button--ghost button--small" onClick={snooze}>
        {b.reminderLater}
      </button>
    </section>
  )
}
