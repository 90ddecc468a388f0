import type { StorageErrorKind } from './storage'

/**
 * What the board store is doing (diagram in README.md in this folder):
 * - `idle`: nobody asked for the board yet;
 * - `loading`: the first full read, shown chunk by chunk as it arrives;
 * - `loaded`: everything in memory and up to date, waiting for changes;
 * - `applying`: re-reading the youths that changed, key by key;
 * - `reloading`: a full read into new maps, swapped in only when complete;
 * - `failed`: the last read failed; what was shown stays. `loadedOnce` says whether a full read
 *   ever completed, so whether the next read must start over (`loading`) or may swap
 *   (`reloading`).
 */
export type BoardState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'loaded' }
  | { kind: 'applying' }
  | { kind: 'reloading' }
  | { kind: 'failed'; error: StorageErrorKind; loadedOnce: boolean }

export type BoardEvent =
  /** Someone subscribed. */
  | { type: 'start' }
  /** Changes were collected: some youths (`keys`), or everything (`all`: a range, a retry). */
  | { type: 'changed'; what: 'keys' | 'all' }
  /** The read under way succeeded. */
  | { type: 'read' }
  /** The read under way failed. */
  | { type: 'read-failed'; error: StorageErrorKind }

/** A state in which a read is under way. */
export function isReading(state: BoardState): boolean {
  return state.kind === 'loading' || state.kind === 'applying' || state.kind === 'reloading'
}

/**
 * The state after `event`. An event that does not apply leaves the state as it is: changes
 * that arrive while a read is under way wait (the collector keeps them) until it is done.
 */
export function nextState(state: BoardState, event: BoardEvent): BoardState {
  switch (event.type) {
    case 'start':
      return state.kind === 'idle' ? { kind: 'loading' } : state
    case 'changed':
      if (state.kind === 'loaded') {
        return { kind: event.what === 'keys' ? 'applying' : 'reloading' }
      }
      // After a failed read nothing is known to be current: read everything again, and
      // start over if no full read ever completed.
      if (state.kind === 'failed') return { kind: state.loadedOnce ? 'reloading' : 'loading' }
      return state
    case 'read':
      return isReading(state) ? { kind: 'loaded' } : state
    case 'read-failed':
      return isReading(state)
        ? { kind: 'failed', error: event.error, loadedOnce: state.kind !== 'loading' }
        : state
  }
}
