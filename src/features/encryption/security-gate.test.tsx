import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderWithApp } from '../../../test/render'
import { enableEncryption } from '../../db/encryption/encryption-repo'
import { keyring } from '../../db/encryption/keyring'
import { SecurityGate } from './security-gate'

const PASS = 'drie rode appels in de mand'

afterEach(() => keyring.setOff())

function renderGate() {
  return renderWithApp(
    <SecurityGate>
      <p>Roos · Wonen: rood</p>
    </SecurityGate>,
  )
}

describe('the security gate', () => {
  it('shows the app at once when encryption is off', async () => {
    renderGate()
    expect(await screen.findByText('Roos · Wonen: rood')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: /Vergrendeld/ })).not.toBeInTheDocument()
  })

  it('opens locked with encryption on; a wrong passphrase shows nothing, the right one all', async () => {
    await enableEncryption(PASS, 'Tester')
    keyring.setOff()
    const { user } = renderGate()

    expect(await screen.findByRole('heading', { name: /Vergrendeld/ })).toBeInTheDocument()
    expect(screen.queryByText(/Roos/)).not.toBeInTheDocument()
    const field = screen.getByLabelText('Wachtwoordzin')
    expect(field).toHaveFocus()

    await user.type(field, 'drie rode peren in de mand')
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze wachtwoordzin klopt niet')
    expect(screen.getByLabelText('Wachtwoordzin')).toHaveValue('')
    expect(screen.queryByText(/Roos/)).not.toBeInTheDocument()

    await user.type(screen.getByLabelText('Wachtwoordzin'), PASS)
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }))
    expect(await screen.findByText('Roos · Wonen: rood')).toBeInTheDocument()
  })

  it('offers a way out for a forgotten passphrase only after a deliberate confirmation', async () => {
    await enableEncryption(PASS, 'Tester')
    keyring.setOff()
    const { user } = renderGate()
    await user.click(await screen.findByText('Wachtwoordzin vergeten?'))
    const wipe = screen.getByRole('button', { name: 'Alle gegevens wissen' })
    expect(wipe).toBeDisabled()
    await user.click(screen.getByRole('checkbox', { name: /alle gegevens .* wissen/ }))
    await waitFor(() => expect(wipe).toBeEnabled())
  })
})
