import { act, screen, waitFor } from '@testing-library/react'
import { renderWithApp } from '../../test/render'
import { getSettings, saveSettings } from '../db/settings-repo'
import { useLanguage } from '../i18n'
import { useSyncStore } from '../stores/sync-store'
import { Layout } from './layout'

async function hideProviderScreens() {
  const settings = await getSettings()
  await saveSettings(
    { ...settings, municipal: { ...settings.municipal, hideProviderScreens: true } },
    'T',
  )
}

describe('Layout', () => {
  it('offers the six sections in Dutch and a skip link', async () => {
    renderWithApp(<Layout>inhoud</Layout>)
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' })
    expect(nav).toHaveTextContent(
      'BordBesprekingRapportageGemeente-overzichtImporterenInstellingen',
    )
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#main')
    expect(screen.getByRole('link', { name: 'Bord' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'Gemeente-overzicht' })).toHaveAttribute(
      'href',
      '/gemeente-overzicht',
    )
    // Still all six once the settings are read.
    await screen.findByText('inhoud')
    await waitFor(() =>
      expect(nav).toHaveTextContent(
        'BordBesprekingRapportageGemeente-overzichtImporterenInstellingen',
      ),
    )
  })

  it('shows only Gemeente-overzicht and Instellingen when the provider screens are hidden', async () => {
    await hideProviderScreens()
    renderWithApp(<Layout>inhoud</Layout>, { path: '/gemeente-overzicht' })
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' })
    await waitFor(() => expect(nav).toHaveTextContent(/^Gemeente-overzichtInstellingen$/))
    expect(screen.getByRole('link', { name: 'Gemeente-overzicht' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  it('switches to English and remembers the choice', async () => {
    const { user } = renderWithApp(<Layout>inhoud</Layout>)
    await user.click(screen.getByRole('button', { name: 'English' }))
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toHaveTextContent('Board')
    expect(useLanguage.getState().language).toBe('en')
    expect(localStorage.getItem('doorstroombord.preferences')).toContain('"language":"en"')
  })
})

describe('Layout: the team sync state', () => {
  it('shows nothing without a team and the state on every screen with one', async () => {
    renderWithApp(<Layout>inhoud</Layout>, { path: '/rapportage' })
    const header = screen.getByRole('banner')
    expect(screen.queryByRole('group', { name: 'Samenwerken' })).toBeNull()
    act(() => useSyncStore.setState({ state: { kind: 'offline', waiting: 2 } }))
    expect(await screen.findByRole('group', { name: 'Samenwerken' })).toHaveTextContent(
      'Offline — 2 wijzigingen wachten',
    )
    expect(header).toContainElement(screen.getByRole('group', { name: 'Samenwerken' }))
  })
})
