import { screen, waitFor, within } from '@testing-library/react'
import { renderWithApp } from '../../../test/render'
import { getVersionedSettings, saveSettings } from '../../db/settings-repo'
import { SettingsPage } from './settings-page'

/** The settings page open, then another tab saves settings (version 1) before this one does. */
async function openThenSavedElsewhere(change: { providerName?: string; futurePlanAge?: number }) {
  const view = renderWithApp(<SettingsPage />)
  const name = await screen.findByLabelText(/^Naam zorgaanbieder/)
  await view.user.type(name, 'Zorg Noord')
  const { settings } = await getVersionedSettings()
  await saveSettings({ ...settings, ...change }, 'Anna', 0)
  return view
}

describe('SettingsPage saved over settings changed in another tab', () => {
  it('keeps the other tab’s rule and this page’s provider name, saying so', async () => {
    const { user } = await openThenSavedElsewhere({ futurePlanAge: 17 })
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))
    await waitFor(async () =>
      expect((await getVersionedSettings()).settings).toMatchObject({
        providerName: 'Zorg Noord',
        futurePlanAge: 17,
      }),
    )
    expect(
      await screen.findByText(/daaruit behouden: Leeftijd vanaf wanneer Toekomstplan 18\+ geldt\./),
    ).toBeInTheDocument()
  })

  it('asks which provider name to keep when both changed it', async () => {
    const { user } = await openThenSavedElsewhere({ providerName: 'Zorg Zuid' })
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))
    const field = await screen.findByRole('group', { name: 'Naam zorgaanbieder' })
    expect((await getVersionedSettings()).settings.providerName).toBe('Zorg Zuid')
    await user.click(within(field).getByRole('radio', { name: 'Uw versie' }))
    await user.click(screen.getByRole('button', { name: 'Keuze opslaan' }))
    await waitFor(async () =>
      expect(await getVersionedSettings()).toMatchObject({
        version: 2,
        settings: { providerName: 'Zorg Noord' },
      }),
    )
  })
})
