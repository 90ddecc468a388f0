import { screen } from '@testing-library/react'
import { makeYouthValues } from '../../../test/factories/youth'
import { renderWithApp } from '../../../test/render'
import { db } from '../../db/database'
import { failNextWrite } from '../../db/fault-injection'
import { StorageErrorNotices } from '../storage/storage-error-notices'
import { addYouth } from '../../db/youths-repo'
import { BoardPage } from './board-page'

const fullDisk = () =>
  new DOMException(
    'Connection is closing because of: IO error: FILE_ERROR_NO_SPACE',
    'UnknownError',
  )

describe('the board when storage fails', () => {
  it('says the data could not be read, instead of offering sample data to a newcomer', async () => {
    await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    const count = vi.spyOn(db.youths, 'count').mockRejectedValue(fullDisk())
    const { user } = renderWithApp(<BoardPage />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('De gegevens konden niet worden gelezen')
    expect(alert).toHaveTextContent('De opslag is vol')
    expect(screen.queryByRole('button', { name: 'Voorbeeldgegevens laden' })).toBeNull()
    expect(screen.queryByText('Nog geen jongeren op het bord')).toBeNull()

    count.mockRestore()
    await user.click(screen.getByRole('button', { name: 'Opnieuw lezen' }))
    expect(await screen.findByText('1 jongeren')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('explains an empty board after the disk ran full, with the way to the back-up', async () => {
    failNextWrite('chromium-no-space')
    await addYouth(makeYouthValues(), 'A').catch(() => undefined)
    const { user } = renderWithApp(
      <>
        <StorageErrorNotices />
        <BoardPage />
      </>,
    )
    const note = await screen.findByRole('alert', { name: 'De opslag raakte vol' })
    expect(note).toHaveTextContent(/zet uw laatste back-up terug/)
    expect(screen.getByRole('link', { name: 'Naar Back-up terugzetten' })).toHaveAttribute(
      'href',
      '/instellingen',
    )
    expect(screen.queryByRole('button', { name: 'Voorbeeldgegevens laden' })).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Melding sluiten' }))
    expect(await screen.findByRole('button', { name: 'Voorbeeldgegevens laden' })).toBeEnabled()
  })

  it('says the disk is full when the sample data does not fit', async () => {
    const { user } = renderWithApp(<BoardPage />)
    failNextWrite('firefox-no-space')
    await user.click(await screen.findByRole('button', { name: 'Voorbeeldgegevens laden' }))
    expect(await screen.findAllByText(/De opslag is vol/)).toHaveLength(1)
    expect(screen.queryByText(/Er ging iets mis/)).toBeNull()
    expect(await db.youths.count()).toBe(0)
  })
})
