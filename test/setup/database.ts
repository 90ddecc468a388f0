import 'fake-indexeddb/auto'
import { beforeEach } from 'vitest'
import { db } from '../../src/db/database'
import { disarmFaults } from '../../src/db/fault-injection'
import { clearStorageFullMark } from '../../src/db/storage'

// Every test that touches storage starts with an empty database (and, where the environment
// has one, an empty localStorage). Loaded only by the projects whose tests use the database.
beforeEach(async () => {
  disarmFaults()
  await db.delete({ disableAutoOpen: false })
  if (typeof localStorage !== 'undefined') localStorage.clear()
  clearStorageFullMark()
})
