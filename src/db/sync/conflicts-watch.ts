import type Dexie from 'dexie'
import { db } from '../database'
import { onTablesWritten } from '../writes-watch'
import { listOpenConflicts, type OpenConflict } from './conflicts-repo'

/** The tables whose records can hold conflicts, and syncMeta (duplicates). */
const WATCHED = ['youths', 'settings', 'reviews', 'reviewItems', 'reportNotes', 'agreements']
/** Re-read at most this often, and never use more than a tenth of the time on reading. */
const MIN_GAP_MS = 1_000
const SHARE = 10

/**
 * Follows the open conflicts for the Conflicten list: read at once, then again after writes to
 * the tables that hold them (this tab or another), throttled. Conflicts are sealed with
 * encryption on, so they are not indexed and the list reads its tables through; re-reading on
 * every write, as a live query does, read 50,000 youths after every 1,000 a first download
 * wrote (most of a first sync's time; README, "Team sync through the app"). So the next read
 * waits at least a second, and at least ten times as long as the last read took. Returns the
 * unsubscribe.
 */
export function watchOpenConflicts(
  onList: (conflicts: OpenConflict[]) => void,
  list: () => Promise<OpenConflict[]> = listOpenConflicts,
  database: Dexie = db,
): () => void {
  let stopped = false
  let running = false
  let dirty = false
  let timer: ReturnType<typeof setTimeout> | null = null
  let nextAt = 0

  const read = async () => {
    timer = null
    if (stopped) return
    if (running) {
      dirty = true
      return
    }
    running = true
    dirty = false
    const start = Date.now()
    try {
      const conflicts = await list()
      if (!stopped) onList(conflicts)
    } catch {
      // The database closing under a late read: the next write reads again.
    } finally {
      running = false
      nextAt = Date.now() + Math.max(MIN_GAP_MS, (Date.now() - start) * SHARE)
      if (dirty) schedule()
    }
  }
  const schedule = () => {
    if (timer || stopped) return
    if (running) {
      dirty = true
      return
    }
    timer = setTimeout(() => void read(), Math.max(0, nextAt - Date.now()))
  }
  const unsubscribe = onTablesWritten(database, [...WATCHED, 'syncMeta'], schedule)
  void read()
  return () => {
    stopped = true
    if (timer) clearTimeout(timer)
    unsubscribe()
  }
}
