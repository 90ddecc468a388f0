import { describe, expect, it } from 'vitest'
import { db } from '../database'
import { readSyncConnection, SYNC_CONNECTION_KEY } from './connection-repo'

describe('the stored team connection', () => {
  it('is null in a browser that never connected', async () => {
    expect(await readSyncConnection()).toBeNull()
  })

  it('reads the team and user this browser connected with', async () => {
    const connection = { team: 'demo', username: 'anna', connectedAt: '2026-12-06T10:00:00.000Z' }
    await db.settings.put({ key: SYNC_CONNECTION_KEY, value: connection })
    expect(await readSyncConnection()).toEqual(connection)
  })

  it('ignores a damaged record instead of connecting with half a connection', async () => {
    await db.settings.put({ key: SYNC_CONNECTION_KEY, value: { team: 'demo' } })
    expect(await readSyncConnection()).toBeNull()
  })
})
