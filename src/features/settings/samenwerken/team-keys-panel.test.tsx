import { screen, waitFor, within } from '@testing-library/react'
import axe from 'axe-core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderWithApp } from '../../../../test/render'
import { db } from '../../../db/database'
import { keyring } from '../../../db/encryption/keyring'
import {
  acceptTeamKeyDoc,
  addKeySlot,
  enableTeamEncryption,
} from '../../../db/encryption/team-keys'
import type { SyncDoc } from '../../../domain/sync/types'
import { switchLanguage } from '../../../i18n'
import { useSyncStore } from '../../../stores/sync-store'
import { TeamKeysPanel } from './team-keys-panel'

const PASS = 'een goede lange zin'
const ONE_TIME = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/

function connectAs(username: string) {
  useSyncStore.getState().setConnection({ team: 'demo', username, connectedAt: '' })
}

beforeEach(() => connectAs('anna'))
afterEach(async () => {
  keyring.setOff()
  useSyncStore.getState().setConnection(null)
  await switchLanguage('nl')
})

async function noAxeViolations(container: HTMLElement) {
  // jsdom does not lay out or paint: contrast is checked by the e2e axe run in Chromium.
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  })
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
}

async function turnOnAsAnna() {
  const publish = vi.fn()
  const view = renderWithApp(<TeamKeysPanel publish={publish} />)
  const { user } = view
  await user.click(
    await screen.findByText('Versleuteling voor het team aanzetten', { selector: 'summary' }),
  )
  await user.type(screen.getByLabelText('Wachtwoordzin'), PASS)
  await user.type(screen.getByLabelText('Wachtwoordzin herhalen'), PASS)
  await user.click(screen.getByRole('button', { name: 'Versleuteling voor het team aanzetten' }))
  await screen.findByText(/Het team versleutelt zijn gegevens/, undefined, { timeout: 10_000 })
  return { ...view, publish }
}

describe('Instellingen › Samenwerken › Versleuteling van het team', () => {
  it('says plainly that the server reads everything while the team does not encrypt', async () => {
    renderWithApp(<TeamKeysPanel />)
    expect(await screen.findByText(/kan alle gegevens van het team lezen/)).toBeInTheDocument()
  })

  it('refuses mismatched passphrases, then turns team encryption on and publishes it', async () => {
    const publish = vi.fn()
    const { user } = renderWithApp(<TeamKeysPanel publish={publish} />)
    await user.click(
      await screen.findByText('Versleuteling voor het team aanzetten', { selector: 'summary' }),
    )
    await user.type(screen.getByLabelText('Wachtwoordzin'), PASS)
    await user.type(screen.getByLabelText('Wachtwoordzin herhalen'), 'iets anders dus')
    await user.click(screen.getByRole('button', { name: 'Versleuteling voor het team aanzetten' }))
    expect(await screen.findByText('De twee wachtwoordzinnen zijn niet gelijk.')).toBeVisible()
    expect(publish).not.toHaveBeenCalled()

    await user.clear(screen.getByLabelText('Wachtwoordzin herhalen'))
    await user.type(screen.getByLabelText('Wachtwoordzin herhalen'), PASS)
    await user.click(screen.getByRole('button', { name: 'Versleuteling voor het team aanzetten' }))
    expect(
      await screen.findByText(/Het team versleutelt zijn gegevens/, undefined, { timeout: 10_000 }),
    ).toBeVisible()
    const ids = (publish.mock.calls[0]?.[0] as SyncDoc[]).map((d) => d._id)
    expect(ids).toEqual(['team:config', 'keyslot:anna'])
    const members = screen.getByRole('list', { name: 'Teamleden met een sleutel' })
    expect(within(members).getByText('anna')).toBeVisible()
    expect(within(members).queryByRole('button', { name: /Verwijderen/ })).toBeNull()
  })

  it('shows a new member’s one-time passphrase once, with the advice to hand it over in person', async () => {
    const { user, publish, container } = await turnOnAsAnna()
    const field = screen.getByLabelText('Gebruikersnaam van het teamlid')
    // Keyboard only: the field, typing, Enter.
    field.focus()
    await user.keyboard('bo{Enter}')
    const once = await screen.findByRole(
      'region',
      { name: 'Eenmalige wachtwoordzin voor bo' },
      { timeout: 10_000 },
    )
    expect(once).toHaveFocus()
    expect(within(once).getByText(ONE_TIME)).toBeVisible()
    expect(once).toHaveTextContent('persoonlijk door aan bo')
    expect(once).toHaveTextContent('niet meer te zien')
    expect(publish).toHaveBeenLastCalledWith(
      expect.arrayContaining([expect.objectContaining({ _id: 'keyslot:bo' })]),
    )
    expect(await screen.findByText(/wacht op de eerste keer openen/)).toBeVisible()
    await noAxeViolations(container)

    await user.click(within(once).getByRole('button', { name: 'Doorgegeven, verbergen' }))
    expect(screen.queryByText(ONE_TIME)).toBeNull()
  })

  it('removes a key only after a confirmation that says what removal does not undo', async () => {
    const { user } = await turnOnAsAnna()
    await addKeySlot('bo')
    await user.click(await screen.findByRole('button', { name: 'Verwijderen bo' }))
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('haalt dit niet terug')
    await user.click(screen.getByRole('button', { name: 'Annuleren' }))
    expect(screen.getByText('bo', { selector: 'strong' })).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Verwijderen bo' }))
    await user.click(screen.getByRole('button', { name: 'Verwijderen' }))
    await waitFor(() => expect(screen.queryByText('bo', { selector: 'strong' })).toBeNull())
    expect(await screen.findByText('De sleutel van bo is verwijderd.')).toBeVisible()
  })

  it('lets a new member open the team key with the one-time passphrase and an own one', async () => {
    keyring.setOff()
    await enableTeamEncryption('anna', PASS, 'Anna')
    const { passphrase } = await addKeySlot('bo')
    const { teamKeyDocs } = await import('../../../db/encryption/team-keys')
    const docs = await teamKeyDocs()
    keyring.setOff()
    await db.delete({ disableAutoOpen: false })
    for (const doc of docs) await acceptTeamKeyDoc(doc, 'bo')
    connectAs('bo')

    const { user, container } = renderWithApp(<TeamKeysPanel />)
    await screen.findByRole('heading', { name: 'Teamsleutel openen' })
    await noAxeViolations(container)
    await user.type(screen.getByLabelText('Eenmalige wachtwoordzin'), 'FOUT-FOUT-FOUT-FOUT-FOUT')
    await user.type(screen.getByLabelText('Eigen wachtwoordzin'), 'bo kiest een eigen zin')
    await user.type(screen.getByLabelText('Wachtwoordzin herhalen'), 'bo kiest een eigen zin')
    await user.click(screen.getByRole('button', { name: 'Teamsleutel openen' }))
    await waitFor(
      () =>
        expect(screen.getByLabelText('Eenmalige wachtwoordzin')).toHaveAccessibleDescription(
          /klopt niet/,
        ),
      { timeout: 20_000 },
    )

    await user.clear(screen.getByLabelText('Eenmalige wachtwoordzin'))
    await user.type(screen.getByLabelText('Eenmalige wachtwoordzin'), passphrase)
    await user.click(screen.getByRole('button', { name: 'Teamsleutel openen' }))
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Sleutel toevoegen voor een teamlid' },
        {
          timeout: 15_000,
        },
      ),
    ).toBeVisible()
    expect(
      await screen.findByText(/De teamsleutel is geopend/, undefined, { timeout: 15_000 }),
    ).toBeVisible()
    expect(screen.queryByText(/wacht op de eerste keer openen/)).toBeNull()
  })

  it('shows how far sealing this browser’s records has come while it runs', async () => {
    keyring.setMigration({ direction: 'encrypt', done: 500, total: 2000 })
    renderWithApp(<TeamKeysPanel />)
    expect(await screen.findByText(/500 van 2\.000 records/)).toBeVisible()
  })

  it('is in English when English is chosen, and axe-clean', async () => {
    await switchLanguage('en')
    const { container } = renderWithApp(<TeamKeysPanel />)
    expect(await screen.findByRole('heading', { name: 'Team encryption' })).toBeVisible()
    expect(
      screen.getByText('Turn on encryption for the team', { selector: 'summary' }),
    ).toBeVisible()
    await noAxeViolations(container)
  })
})
