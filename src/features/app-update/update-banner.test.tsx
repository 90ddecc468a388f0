import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderWithApp } from '../../../test/render'
import { UpdateBanner } from './update-banner'

describe('a new version is ready', () => {
  it('waits for the user: reload now or later', async () => {
    const onReload = vi.fn()
    const onLater = vi.fn()
    const { user } = renderWithApp(<UpdateBanner onReload={onReload} onLater={onLater} />)
    const banner = screen.getByRole('region', { name: 'Nieuwe versie beschikbaar' })
    expect(onReload).not.toHaveBeenCalled()
    await user.click(within(banner).getByRole('button', { name: 'Later' }))
    expect(onLater).toHaveBeenCalledOnce()
    await user.click(within(banner).getByRole('button', { name: 'Nu opnieuw laden' }))
    expect(onReload).toHaveBeenCalledOnce()
  })
})
