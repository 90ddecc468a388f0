import { create } from 'zustand'
import type { SyncConnection, SyncState } from '../domain/sync/types'

/**
 * The sync state the header shows on every screen. Written only by the sync chunk (src/sync),
 * read by the header and the Samenwerken section; without a team it stays `off`.
 */
interface SyncStore {
  state: SyncState
  connection: SyncConnection | null
  setState: (state: SyncState) => void
  setConnection: (connection: SyncConnection | null) => void
}

export const useSyncStore = create<SyncStore>((set) => ({
  state: { kind: 'off' },
  connection: null,
  setState: (state) => {
    set({ state })
  },
  setConnection: (connection) => {
    set({ connection })
  },
}))
