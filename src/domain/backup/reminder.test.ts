import { backupReminderDue, restoreBackupStatus, type ReminderFacts } from './reminder'

const now = new Date('2026-11-23T12:00:00.000Z')
const facts = (f: Partial<ReminderFacts>): ReminderFacts => ({
  lastBackupAt: null,
  firstChangeAt: null,
  hasYouths: true,
  snoozedAt: null,
  ...f,
})

describe('backupReminderDue', () => {
  it('reminds when the last back-up is more than 30 days old', () => {
    expect(backupReminderDue(facts({ lastBackupAt: '2026-10-23T11:00:00.000Z' }), now)).toBe(true)
    expect(backupReminderDue(facts({ lastBackupAt: '2026-10-25T12:00:00.000Z' }), now)).toBe(false)
  })

  it('without any back-up, counts from the first change made here', () => {
    expect(backupReminderDue(facts({ firstChangeAt: '2026-09-01T12:00:00.000Z' }), now)).toBe(true)
    expect(backupReminderDue(facts({ firstChangeAt: '2026-11-20T12:00:00.000Z' }), now)).toBe(false)
  })

  it('stays quiet with nothing to lose, or for a week after "later"', () => {
    const old = { lastBackupAt: '2026-01-01T00:00:00.000Z' }
    expect(backupReminderDue(facts({ ...old, hasYouths: false }), now)).toBe(false)
    expect(backupReminderDue(facts({ ...old, snoozedAt: '2026-11-20T12:00:00.000Z' }), now)).toBe(
      false,
    )
    expect(backupReminderDue(facts({ ...old, snoozedAt: '2026-11-10T12:00:00.000Z' }), now)).toBe(
      true,
    )
  })
})

describe('restoreBackupStatus', () => {
  it('reads the stored date and survives anything else', () => {
    expect(restoreBackupStatus({ lastBackupAt: '2026-11-01T10:00:00.000Z' })).toEqual({
      lastBackupAt: '2026-11-01T10:00:00.000Z',
    })
    expect(restoreBackupStatus('rubbish')).toEqual({ lastBackupAt: null })
  })
})
