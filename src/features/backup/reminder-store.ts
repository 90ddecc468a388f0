import { create } from 'zustand'
import { persisted } from '../../stores/persisted'

interface ReminderState {
  /** When the user last chose "Later" on the back-up reminder. */
  snoozedAt: string | null
  snooze: () => void
}

/** UI state only: the reminder's "Later", remembered per browser. */
export const useBackupReminder = create<ReminderState>()(
  persisted(
    'backupReminder',
    (set) => ({
      snoozedAt: null,
      snooze: () => set({ snoozedAt: new Date().toISOString() }),
    }),
    (s) => ({ snoozedAt: s.snoozedAt }),
  ),
)
