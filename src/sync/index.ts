import type { ConnectOutcome, SyncApi } from '../domain/sync/types'

// placeholder until the h-sync-bridge branch lands
const unreachable = (): Promise<ConnectOutcome> =>
  Promise.resolve({ kind: 'error', reason: 'unreachable' })

/** The sync chunk's entry: the screens load it with `import()` only when a team is connected. */
export function createSyncApi(): SyncApi {
  return {
    connect: unreachable,
    chooseFirstConnection: unreachable,
    login: unreachable,
    resume: () => Promise.resolve(),
    disconnect: () => Promise.resolve(),
  }
}
