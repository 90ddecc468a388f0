import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderWithApp } from '../../test/render'
import { RouteErrorBoundary } from './error-boundary'

const backup = vi.hoisted(() => ({ makeBackup: vi.fn(() => Promise.resolve()) }))
vi.mock('./backup-action', () => ({ makeBackup: backup.makeBackup }))

let broken = true
function FragileScreen() {
  if (broken) throw new Error('Kapot scherm')
  return <p>Het scherm werkt weer</p>
}

describe('the error boundary around the routes', () => {
  it('shows a calm recovery screen with Back-up maken instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    broken = true
    const { user } = renderWithApp(
      <RouteErrorBoundary>
        <FragileScreen />
      </RouteErrorBoundary>,
    )
    const heading = screen.getByRole('heading', { name: 'Dit scherm kon niet worden getoond' })
    expect(heading).toHaveFocus()
    expect(screen.getByText(/Uw opgeslagen gegevens zijn niet aangetast/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Back-up maken' }))
    expect(backup.makeBackup).toHaveBeenCalledOnce()

    broken = false
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }))
    expect(screen.getByText('Het scherm werkt weer')).toBeInTheDocument()
  })

  it('starts afresh on another route', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    broken = true
    const { user } = renderWithApp(
      <RouteErrorBoundary>
        <FragileScreen />
      </RouteErrorBoundary>,
      { path: '/rapportage' },
    )
    expect(screen.getByRole('heading', { name: /kon niet worden getoond/ })).toBeInTheDocument()
    broken = false
    await user.click(screen.getByRole('link', { name: 'Naar het bord' }))
    expect(screen.getByText('Het scherm werkt weer')).toBeInTheDocument()
  })
})
