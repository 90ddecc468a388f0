import { screen } from '@testing-library/react'
import { makeYouthValues } from '../../../test/factories/youth'
import { renderWithApp } from '../../../test/render'
import { recordBackupMade } from '../../db/backup-repo'
import { keyring } from '../../db/encryption/keyring'
import { loadCipher } from '../../db/encryption/record-cipher'
import { addYouth } from '../../db/youths-repo'
import { BackupReminder } from './backup-reminder'
import { MakeBackupForm } from './make-backup-form'
import { useBackupReminder } from './reminder-store'

// As the app does before it installs a key (encryption-repo.ts).
beforeAll(loadCipher)

const PLAIN_WARNING = /maar deze back-up wordt dat niet/

describe('back-ups with encryption at rest on', () => {
  afterEach(() => keyring.setOff())

  it('are encrypted by default; choosing a plain file shows a warning', async () => {
    keyring.setUnlocked(new Uint8Array(32), 'key-1', 15)
    const { user } = renderWithApp(<MakeBackupForm />)
    const encrypt = screen.getByRole('checkbox', { name: 'Versleutelen met een wachtwoord' })
    expect(encrypt).toBeChecked()
    expect(screen.getByLabelText('Wachtwoord voor de back-up')).toBeVisible()
    expect(screen.queryByText(PLAIN_WARNING)).toBeNull()

    await user.click(encrypt)
    expect(screen.getByText(PLAIN_WARNING)).toBeVisible()
    expect(screen.queryByLabelText('Wachtwoord voor de back-up')).toBeNull()
  })

  it('stay plain by default, without a warning, when encryption is off', () => {
    keyring.setOff()
    renderWithApp(<MakeBackupForm />)
    expect(
      screen.getByRole('checkbox', { name: 'Versleutelen met een wachtwoord' }),
    ).not.toBeChecked()
    expect(screen.queryByText(PLAIN_WARNING)).toBeNull()
  })

  it('are not made as a plain file from the reminder: it leads to Instellingen', async () => {
    useBackupReminder.setState({ snoozedAt: null })
    await addYouth(makeYouthValues(), 'A')
    await recordBackupMade(new Date(Date.now() - 45 * 86_400_000).toISOString())
    keyring.setLocked('key-1', 15)
    renderWithApp(<BackupReminder />)
    const action = await screen.findByRole('link', { name: 'Nu een back-up maken' })
    expect(action).toHaveAttribute('href', '/instellingen')
    expect(screen.queryByRole('button', { name: 'Nu een back-up maken' })).toBeNull()
  })
})
