import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderWithApp } from '../../../test/render'
import {
  enableEncryption,
  lock,
  unlock,
  WrongPassphraseError,
} from '../../db/encryption/encryption-repo'
import { keyring } from '../../db/encryption/keyring'
import { EncryptionSection } from './encryption-section'

const OLD = 'drie rode appels in de mand'
const NEW = 'vier groene peren op tafel'

afterEach(() => keyring.setOff())

describe('choosing a new passphrase', () => {
  it('explains the minimum length while turning encryption on', () => {
    keyring.setOff()
    renderWithApp(<EncryptionSection onBackup={() => Promise.resolve()} />)
    expect(screen.getByLabelText('Wachtwoordzin')).toHaveAccessibleDescription(/Minstens 10 tekens/)
    expect(screen.getByLabelText('Herhaal de wachtwoordzin')).toHaveAttribute(
      'autocomplete',
      'new-password',
    )
  })

  it('changes the passphrase once the new one is typed twice alike; only the new one unlocks', async () => {
    await enableEncryption(OLD, 'Tester')
    const { user } = renderWithApp(<EncryptionSection onBackup={() => Promise.resolve()} />)
    await user.click(screen.getByText('Wachtwoordzin wijzigen', { selector: 'summary' }))
    const change = screen.getByRole('button', { name: 'Wachtwoordzin wijzigen' })

    await user.type(screen.getByLabelText('Huidige wachtwoordzin'), OLD)
    await user.type(screen.getByLabelText('Nieuwe wachtwoordzin'), NEW)
    await user.type(screen.getByLabelText('Herhaal de nieuwe wachtwoordzin'), 'iets anders')
    await user.click(change)
    expect(await screen.findByText(/niet gelijk aan de eerste/)).toBeInTheDocument()

    await user.clear(screen.getByLabelText('Herhaal de nieuwe wachtwoordzin'))
    await user.type(screen.getByLabelText('Herhaal de nieuwe wachtwoordzin'), NEW)
    await user.click(change)
    expect(await screen.findByText('De wachtwoordzin is gewijzigd.')).toBeInTheDocument()
    expect(screen.getByLabelText('Nieuwe wachtwoordzin')).toHaveValue('')
    expect(screen.getByLabelText('Herhaal de nieuwe wachtwoordzin')).toHaveValue('')

    lock()
    await expect(unlock(OLD)).rejects.toBeInstanceOf(WrongPassphraseError)
    await expect(unlock(NEW)).resolves.toBeUndefined()
  })
})
