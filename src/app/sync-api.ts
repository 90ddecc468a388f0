import { useEffect } from 'react'
import { readSyncConnection } from '../db/sync/connection-repo'
import type { SyncApi } from '../domain/sync/types'
import { useSyncStore } from '../stores/sync-store'

let loading: Promise<SyncApi> | undefined

/**
 * The sync chunk (PouchDB and the bridge), loaded on first use only: without a team nothing of
 * it is downloaded. One instance for the whole app; a failed load is tried again next time.
 */
export function loadSyncApi(): Promise<SyncApi> {
  loading ??= import('../sync')
    .then((m) => m.createSyncApi())
    .catch((error: unknown) => {
      loading = undefined
      throw error
    })
  return loading
}

let resumed: Promise<void> | undefined

/**
 * At app start (after unlocking, when encryption is on): a browser with a stored connection
 * loads the sync chunk and resumes replication. Once per page, whatever React re-runs.
 */
export function resumeStoredConnection(load: () => Promise<SyncApi> = loadSyncApi) {
  resumed ??= (async () => {
    const connection = await readSyncConnection()
    if (!connection) return
    const store = useSyncStore.getState()
    store.setConnection(connection)
    if (store.state.kind === 'off') store.setState({ kind: 'connecting' })
    try {
      await (await load()).resume()
    } catch {
      // The chunk did not load (offline before it was ever cached) or resume failed: the board
      // works on, and the header says why instead of pretending all is well.
      useSyncStore.getState().setState({ kind: 'error', reason: 'unreachable', waiting: 0 })
    }
  })()
  return resumed
}

export function useResumeSync() {
  useEffect(() => {
    void resumeStoredConnection()
  }, [])
}

/** For tests: forget that this page already resumed. */
export function resetSyncResume() {
  resumed = undefined
}
