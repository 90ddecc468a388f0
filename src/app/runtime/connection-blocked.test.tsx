import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithApp } from '../../../test/render'
import { getSettings } from '../../db/settings-repo'
import { useDialogs } from '../../stores/dialog-store'
import { ConnectionBlocked } from './connection-blocked'

/** Another tab with a newer app version opens the database at a higher version. */
function upgradeElsewhere(): Promise<void> {
  return new Promise((resolve) => {
    const probe = indexedDB.open('doorstroombord')
    probe.onsuccess = () => {
      const version = probe.result.version
      probe.result.close()
      const request = indexedDB.open('doorstroombord', version + 10)
      request.onsuccess = () => {
        request.result.close()
        resolve()
      }
    }
  })
}

describe('a tab that has to stop', () => {
  it('explains calmly, warns about an open form and lets the user copy their input first', async () => {
    await getSettings()
    const { user } = renderWithApp(<ConnectionBlocked />)
    act(() => useDialogs.getState().open({ kind: 'youth', youthId: null }))
    await act(upgradeElsewhere)

    const dialog = await screen.findByRole('dialog', {
      name: 'Er is een nieuwere versie geopend in een ander tabblad',
    })
    expect(within(dialog).getByText(/Er staat nog een venster open/)).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Opnieuw laden' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Eerst mijn invoer overnemen' }))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Dit tabblad is gestopt')
    expect(screen.getByRole('button', { name: 'Opnieuw laden' })).toBeInTheDocument()
  })
})
