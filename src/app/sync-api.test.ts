import { afterEach, describe, expect, it, vi } from 'vitest'
import { db } from '../db/database'
import { SYNC_CONNECTION_KEY } from '../db/sync/connection-repo'
import type { SyncApi } from '../domain/sync/types'
import { useSyncStore } from '../stores/sync-store'
import { resetSyncResume, resumeStoredConnection } from './sync-api'

const CONNECTION = { team: 'demo', username: 'bram', connectedAt: '2026-12-06T09:00:00.000Z' }

function fakeApi(resume: SyncApi['resume'] = () => Promise.resolve()): SyncApi {
  const never = () => Promise.reject(new Error('not in this test'))
  return { connect: never, chooseFirstConnection: never, login: never, disconnect: never, resume }
}

afterEach(() => {
  resetSyncResume()
  useSyncStore.setState({ state: { kind: 'off' }, connection: null })
})

describe('resuming team sync at app start', () => {
  it('loads nothing of the sync code in a browser without a team', async () => {
    const load = vi.fn(() => Promise.resolve(fakeApi()))
    await resumeStoredConnection(load)
    expect(load).not.toHaveBeenCalled()
    expect(useSyncStore.getState().state).toEqual({ kind: 'off' })
  })

  it('loads the sync code and resumes once for a stored connection', async () => {
    await db.settings.put({ key: SYNC_CONNECTION_KEY, value: CONNECTION })
    const resume = vi.fn(() => Promise.resolve())
    const load = vi.fn(() => Promise.resolve(fakeApi(resume)))
    await Promise.all([resumeStoredConnection(load), resumeStoredConnection(load)])
    expect(load).toHaveBeenCalledOnce()
    expect(resume).toHaveBeenCalledOnce()
    expect(useSyncStore.getState().connection).toEqual(CONNECTION)
  })

  it('says the server is not reachable when the sync code cannot load, instead of staying silent', async () => {
    await db.settings.put({ key: SYNC_CONNECTION_KEY, value: CONNECTION })
    await resumeStoredConnection(() => Promise.reject(new Error('offline')))
    expect(useSyncStore.getState().state).toEqual({
      kind: 'error',
      reason: 'unreachable',
      waiting: 0,
    })
  })
})
