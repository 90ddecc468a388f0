import { screen, waitFor } from '@testing-library/react'
import { renderWithApp } from '../../test/render'
import { getSettings, saveSettings } from '../db/settings-repo'
import { HomeRoute } from './home-route'

describe('HomeRoute', () => {
  it('shows the board at /', async () => {
    const { location } = renderWithApp(<HomeRoute />)
    expect(
      await screen.findByRole('heading', { name: 'Nog geen jongeren op het bord' }),
    ).toBeInTheDocument()
    expect(location.history).toEqual(['/'])
  })

  it('opens the Gemeente-overzicht instead when the provider screens are hidden', async () => {
    const settings = await getSettings()
    await saveSettings(
      { ...settings, municipal: { ...settings.municipal, hideProviderScreens: true } },
      'T',
    )
    const { location } = renderWithApp(<HomeRoute />)
    await waitFor(() => expect(location.history.at(-1)).toBe('/gemeente-overzicht'))
    expect(screen.queryByRole('heading', { name: 'Bord' })).not.toBeInTheDocument()
  })
})
