import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithApp } from '../../../test/render'
import { readCryptoConfig } from '../../db/encryption/encryption-repo'
import { keyring } from '../../db/encryption/keyring'
import { EncryptionSection } from './encryption-section'

afterEach(() => keyring.setOff())

function section() {
  return screen.getByRole('region', { name: 'Versleuteling' })
}

describe('Instellingen › Versleuteling', () => {
  it('warns plainly that a forgotten passphrase means the data is lost, and offers a back-up first', async () => {
    keyring.setOff()
    const onBackup = vi.fn(() => Promise.resolve())
    const { user } = renderWithApp(<EncryptionSection onBackup={onBackup} />)
    const note = within(section()).getByRole('note')
    expect(note).toHaveTextContent('vergeet u de wachtwoordzin, dan bent u de gegevens kwijt')
    await user.click(within(note).getByRole('button', { name: 'Eerst een back-up maken' }))
    expect(onBackup).toHaveBeenCalledOnce()
  })

  it('refuses a short or mistyped passphrase and an unconfirmed warning, changing nothing', async () => {
    keyring.setOff()
    const { user } = renderWithApp(<EncryptionSection onBackup={() => Promise.resolve()} />)
    await user.type(screen.getByLabelText('Wachtwoordzin'), 'kort')
    await user.click(screen.getByRole('button', { name: 'Versleuteling aanzetten' }))
    expect(await screen.findByText(/gebruik minstens 10 tekens/)).toBeInTheDocument()
    expect(screen.getByText(/Bevestig dat u begrijpt/)).toBeInTheDocument()
    await waitFor(() => expect(screen.getByLabelText('Wachtwoordzin')).toHaveFocus())

    await user.type(screen.getByLabelText('Wachtwoordzin'), ' maar nu lang genoeg')
    await user.type(screen.getByLabelText('Herhaal de wachtwoordzin'), 'iets anders')
    await user.clear(screen.getByLabelText('Automatisch vergrendelen na (minuten)'))
    await user.type(screen.getByLabelText('Automatisch vergrendelen na (minuten)'), '0')
    await user.click(screen.getByRole('button', { name: 'Versleuteling aanzetten' }))
    expect(await screen.findByText(/niet gelijk aan de eerste/)).toBeInTheDocument()
    expect(screen.getByText(/vul een aantal minuten in van 0,1 tot 240/)).toBeInTheDocument()
    expect(await readCryptoConfig()).toBeNull()
  })

  it('turns encryption on with a valid passphrase, then offers lock, idle time and turning off', async () => {
    keyring.setOff()
    const { user } = renderWithApp(<EncryptionSection onBackup={() => Promise.resolve()} />)
    await user.type(screen.getByLabelText('Wachtwoordzin'), 'een goede lange zin')
    await user.type(screen.getByLabelText('Herhaal de wachtwoordzin'), 'een goede lange zin')
    await user.clear(screen.getByLabelText('Automatisch vergrendelen na (minuten)'))
    await user.type(screen.getByLabelText('Automatisch vergrendelen na (minuten)'), '2,5')
    await user.click(screen.getByRole('checkbox', { name: /wachtwoordzin vergeet/ }))
    await user.click(screen.getByRole('button', { name: 'Versleuteling aanzetten' }))

    expect(await screen.findByRole('button', { name: 'Nu vergrendelen' })).toBeInTheDocument()
    expect(screen.getByText(/Versleuteling staat aan/, { selector: 'p' })).toBeInTheDocument()
    expect(screen.getByLabelText('Automatisch vergrendelen na (minuten)')).toHaveValue('2,5')
    expect(await readCryptoConfig()).toMatchObject({ idleMinutes: 2.5, migration: null })
    expect(screen.getByText('Versleuteling uitzetten', { selector: 'summary' })).toBeVisible()
  })

  it('turns encryption off only with the right passphrase, writing everything back in plain', async () => {
    keyring.setOff()
    const { user } = renderWithApp(<EncryptionSection onBackup={() => Promise.resolve()} />)
    await user.type(screen.getByLabelText('Wachtwoordzin'), 'een goede lange zin')
    await user.type(screen.getByLabelText('Herhaal de wachtwoordzin'), 'een goede lange zin')
    await user.click(screen.getByRole('checkbox', { name: /wachtwoordzin vergeet/ }))
    await user.click(screen.getByRole('button', { name: 'Versleuteling aanzetten' }))
    await user.click(await screen.findByText('Versleuteling uitzetten', { selector: 'summary' }))

    const confirm = screen.getByLabelText('Wachtwoordzin ter bevestiging')
    await user.type(confirm, 'een foute lange zin')
    await user.click(screen.getByRole('button', { name: 'Versleuteling uitzetten' }))
    expect(await screen.findByText(/Deze wachtwoordzin klopt niet/)).toBeInTheDocument()
    expect(await readCryptoConfig()).not.toBeNull()

    await user.clear(confirm)
    await user.type(confirm, 'een goede lange zin')
    await user.click(screen.getByRole('button', { name: 'Versleuteling uitzetten' }))
    expect(await screen.findByRole('button', { name: 'Versleuteling aanzetten' })).toBeVisible()
    expect(await readCryptoConfig()).toBeNull()
  })
})
