import { screen } from '@testing-library/react'
import { renderWithApp } from '../../../test/render'
import { switchLanguage } from '../../i18n'
import { EmptyBoard } from './empty-board'

describe('EmptyBoard', () => {
  it('offers both starts: sample data for a provider, the Gemeente-overzicht for a gemeente', async () => {
    const { user, location } = renderWithApp(<EmptyBoard />)
    expect(screen.getByRole('button', { name: 'Voorbeeldgegevens laden' })).toBeEnabled()
    const link = screen.getByRole('link', { name: 'Naar het Gemeente-overzicht' })
    expect(link).toHaveAttribute('href', '/gemeente-overzicht')
    expect(link).toHaveAccessibleDescription(/accountmanager .* voor een gemeente/)

    await user.click(link)
    expect(location.history.at(-1)).toBe('/gemeente-overzicht')
  })

  it('says the same in English', async () => {
    await switchLanguage('en')
    renderWithApp(<EmptyBoard />)
    expect(screen.getByRole('link', { name: 'Go to the Municipal overview' })).toHaveAttribute(
      'href',
      '/gemeente-overzicht',
    )
    expect(screen.getByText(/account manager/)).toBeInTheDocument()
  })
})
