import 'fake-indexeddb/auto'
import { beforeEach } from 'vitest'
import { resetConnectionState } from '../../src/db/connection-events'
import { db } from '../../src/db/database'
import { disarmFaults } from '../../src/db/fault-injection'
import { clearStorageFullMark } from '../../src/db/storage'

// Every test that touches storage starts with an empty database (and, where the environment
// has one, an empty localStorage). Loaded only by the projects whose tests use the database.
// Their files share a process per worker (isolate: false), so state a module keeps outside the
// database is reset here too.
beforeEach(async () => {
  disarmFaults()
  resetConnectionState()
  await db.delete({ disableAutoOpen: false })
  // Opened here, as the app opens it at start: a new database writes its replica id
  // (src/db/sync/audit-uids.ts), which must not take a write fault a test arms.
  await db.open()
  if (typeof localStorage !== 'undefined') localStorage.clear()
  clearStorageFullMark()
})
