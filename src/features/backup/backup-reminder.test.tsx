import { screen, waitFor } from '@testing-library/react'
import { makeYouthValues } from '../../../test/factories/youth'
import { renderWithApp } from '../../../test/render'
import { getReminderFacts, noteWorkStarted, recordBackupMade } from '../../db/backup-repo'
import { db } from '../../db/database'
import { addYouth } from '../../db/youths-repo'
import { BackupReminder } from './backup-reminder'
import { useBackupReminder } from './reminder-store'

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString()

describe('BackupReminder', () => {
  beforeEach(() => useBackupReminder.setState({ snoozedAt: null }))

  it('quietly reminds when the last back-up is more than 30 days old, until "Later"', async () => {
    await addYouth(makeYouthValues(), 'A')
    await recordBackupMade(daysAgo(45))
    const { user } = renderWithApp(<BackupReminder />)
    const banner = await screen.findByRole('region', { name: 'Herinnering back-up' })
    expect(banner).toHaveTextContent(/Uw laatste back-up is van .*meer dan 30 dagen geleden/)
    expect(screen.queryByRole('dialog')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Later' }))
    expect(screen.queryByRole('region', { name: 'Herinnering back-up' })).toBeNull()
  })

  it('says nothing after a recent back-up', async () => {
    await addYouth(makeYouthValues(), 'A')
    await db.audit.toCollection().modify({ at: daysAgo(90) })
    await recordBackupMade(daysAgo(3))
    renderWithApp(<BackupReminder />)
    await new Promise((r) => setTimeout(r, 200))
    expect(screen.queryByRole('region', { name: 'Herinnering back-up' })).toBeNull()
  })

  it('counts from when this browser first held youths when no back-up was ever made', async () => {
    await addYouth(makeYouthValues(), 'A')
    await noteWorkStarted(daysAgo(40))
    renderWithApp(<BackupReminder />)
    expect(await screen.findByText(/meer dan 30 dagen zonder back-up/)).toBeVisible()
  })

  it('does not nag right after loading data with months of history', async () => {
    await addYouth(makeYouthValues(), 'A')
    await db.audit.toCollection().modify({ at: daysAgo(200) })
    renderWithApp(<BackupReminder />)
    await waitFor(async () => expect((await getReminderFacts()).firstChangeAt).not.toBeNull())
    expect(screen.queryByRole('region', { name: 'Herinnering back-up' })).toBeNull()
  })
})
