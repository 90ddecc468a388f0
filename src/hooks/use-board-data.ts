import { createContext, useContext, useSyncExternalStore } from 'react'
import { boardStore, type BoardData, type BoardStore } from '../db/board-store'
import { storageFullMark } from '../db/storage'

/** The store the board reads from: the app's one, or a fresh one in a test. */
export const BoardStoreContext = createContext<BoardStore>(boardStore)

/** Every youth with its current assessments, kept live (see src/db/board-store.ts). */
export function useBoardData(): BoardData {
  const store = useContext(BoardStoreContext)
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

/** Reads the whole board again (after a failed read). */
export function useBoardRetry(): () => Promise<void> {
  return useContext(BoardStoreContext).retry
}

/** When the disk was found full (ISO time), until the board has youths again; else null. */
export function useStorageFullMark(): string | null {
  return useSyncExternalStore(storageFullMark.subscribe, storageFullMark.getSnapshot)
}
