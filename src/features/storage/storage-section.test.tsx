import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithApp } from '../../../test/render'
import { StorageSection } from './storage-section'

function fakeStorage(persisted: boolean) {
  const storage = {
    persisted: vi.fn(() => Promise.resolve(persisted)),
    persist: vi.fn(() => Promise.resolve(true)),
    estimate: vi.fn(() => Promise.resolve({ usage: 1_234_567, quota: 10_737_418_240 })),
  }
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true })
  return storage
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage')
})

describe('Instellingen › Opslag', () => {
  it('shows usage and quota in Dutch number formats', async () => {
    fakeStorage(true)
    renderWithApp(<StorageSection />)
    expect(
      await screen.findByText(
        'In gebruik: 1,2 MB van de 10,7 GB die de browser beschikbaar stelt (0%).',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/Blijvende opslag: toegekend/)).toBeInTheDocument()
  })

  it('says plainly when storage is not persistent, and can ask again', async () => {
    const storage = fakeStorage(false)
    const { user } = renderWithApp(<StorageSection />)
    expect(await screen.findByText(/Blijvende opslag: niet toegekend/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Blijvende opslag aanvragen' }))
    expect(storage.persist).toHaveBeenCalled()
    expect(await screen.findByText(/Blijvende opslag: toegekend/)).toBeInTheDocument()
  })

  it('says so when the browser cannot tell', async () => {
    renderWithApp(<StorageSection />)
    expect(await screen.findByText(/kan niet laten weten of de opslag blijvend/)).toBeVisible()
  })
})
