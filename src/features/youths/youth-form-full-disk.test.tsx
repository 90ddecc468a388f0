import { screen, within } from '@testing-library/react'
import { renderWithApp } from '../../../test/render'
import { db } from '../../db/database'
import { failNextWrite, type StorageFault } from '../../db/fault-injection'
import { StorageErrorNotices } from '../storage/storage-error-notices'
import { YouthFormDialog } from './youth-form-dialog'

describe('adding a youth on a full disk', () => {
  it.each<StorageFault>(['chromium-no-space', 'quota', 'safari-legacy'])(
    '%s: one notice says the disk is full, the form stays open, nothing is saved',
    async (fault) => {
      const onClose = vi.fn()
      const { user } = renderWithApp(
        <>
          <StorageErrorNotices />
          <YouthFormDialog youthId={null} onClose={onClose} />
        </>,
      )
      const dialog = within(await screen.findByRole('dialog', { name: 'Jongere toevoegen' }))
      await user.type(dialog.getByLabelText(/^Cliëntnummer/), 'K-100')
      await user.type(dialog.getByLabelText(/^Geboortedatum/), '14-3-2009')
      await user.type(dialog.getByLabelText(/^Gemeente/), 'Den Haag')
      await user.selectOptions(dialog.getByLabelText(/^Verblijfsvorm/), 'gezinshuis')
      await user.type(dialog.getByLabelText(/^Plaatsingsdatum/), '06012025')
      failNextWrite(fault, 'youths')
      await user.click(dialog.getByRole('button', { name: 'Opslaan' }))

      const notices = await screen.findAllByText(/De opslag is vol: de wijziging is niet bewaard/)
      expect(notices).toHaveLength(1)
      expect(screen.queryByText(/Er ging iets mis/)).toBeNull()
      expect(onClose).not.toHaveBeenCalled()
      expect(await db.youths.count()).toBe(0)
    },
  )
})
