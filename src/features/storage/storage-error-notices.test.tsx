import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { makeYouthValues } from '../../../test/factories/youth'
import { renderWithApp } from '../../../test/render'
import { db } from '../../db/database'
import { addYouth } from '../../db/youths-repo'
import { StorageErrorNotices } from './storage-error-notices'

/** From now on every write to the audit table fails as IndexedDB fails it on a full disk. */
function fillTheDisk() {
  db.close({ disableAutoOpen: false })
  db.use({
    stack: 'dbcore',
    name: 'disk-full',
    level: -100,
    create: (core) => ({
      ...core,
      table(name) {
        const table = core.table(name)
        const full = new DOMException('The disk is full', 'QuotaExceededError')
        return name === 'audit' ? { ...table, mutate: () => Promise.reject(full) } : table
      },
    }),
  })
}

afterEach(() => {
  db.close({ disableAutoOpen: false })
  db.unuse({ stack: 'dbcore', name: 'disk-full' })
})

describe('notices for failed writes', () => {
  it('says the disk is full and nothing was saved, once for a quick burst of failures', async () => {
    fillTheDisk()
    renderWithApp(<StorageErrorNotices />)

    await expect(addYouth(makeYouthValues(), 'Tester')).rejects.toThrow()
    await expect(addYouth(makeYouthValues(), 'Tester')).rejects.toThrow()

    const notices = await screen.findAllByText(/De opslag is vol: de wijziging is niet bewaard/)
    expect(notices).toHaveLength(1)
  })
})
