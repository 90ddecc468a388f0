import { screen } from '@testing-library/react'
import { renderWithApp } from '../../test/render'
import { useLanguage } from '../i18n'
import { Layout } from './layout'

describe('Layout', () => {
  it('offers the five sections in Dutch and a skip link', () => {
    renderWithApp(<Layout>inhoud</Layout>)
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' })
    expect(nav).toHaveTextContent('BordBesprekingRapportageImporterenInstellingen')
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#main')
    expect(screen.getByRole('link', { name: 'Bord' })).toHaveAttribute('aria-current', 'page')
  })

  it('switches to English and remembers the choice', async () => {
    const { user } = renderWithApp(<Layout>inhoud</Layout>)
    await user.click(screen.getByRole('button', { name: 'English' }))
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toHaveTextContent('Board')
    expect(useLanguage.getState().language).toBe('en')
    expect(localStorage.getItem('doorstroombord.preferences')).toContain('"language":"en"')
  })
})
