import {
  restoreKeySlot,
  restoreTeamConfig,
  type KeySlotData,
  type TeamConfigData,
} from '../../domain/sync/team-keys'
import { db } from '../database'
import { onRecordWritten } from '../writes-watch'

/**
 * This browser's copy of the team's encryption documents (settings key `teamKeys`, local only,
 * never replicated as a setting). Plain like the `crypto` configuration: it is read before
 * anything is unlocked and holds nothing secret. The bridge publishes what `teamKeyDocs()`
 * builds from it, so a write here is what "publish" means.
 */
export const TEAM_KEYS_SETTINGS_KEY = 'teamKeys'

export interface TeamKeyState {
  /** This browser's member (the CouchDB user name it connected with), once known. */
  me: string | null
  config: TeamConfigData | null
  /** Key slots as received or added here, by member. Our own is built from `crypto`. */
  slots: Record<string, KeySlotData>
  /** Members whose slot this browser removed: published as deletions. */
  removed: string[]
}

export const EMPTY_TEAM_STATE: TeamKeyState = { me: null, config: null, slots: {}, removed: [] }

function restoreState(value: unknown): TeamKeyState {
  if (typeof value !== 'object' || value === null) return EMPTY_TEAM_STATE
  const raw = value as Partial<Record<keyof TeamKeyState, unknown>>
  const slots: Record<string, KeySlotData> = {}
  if (typeof raw.slots === 'object' && raw.slots !== null) {
    for (const slot of Object.values(raw.slots)) {
      const restored = restoreKeySlot(slot)
      if (restored) slots[restored.member] = restored
    }
  }
  return {
    me: typeof raw.me === 'string' ? raw.me : null,
    config: restoreTeamConfig(raw.config),
    slots,
    removed: Array.isArray(raw.removed)
      ? raw.removed.filter((m): m is string => typeof m === 'string')
      : [],
  }
}

// Sealing 50,000 documents must not read the settings table 50,000 times: the state is kept
// here and dropped whenever the record changes (in this tab or another) or the database reopens.
let cached: Promise<TeamKeyState> | null = null
let watching = false

function watch() {
  if (watching) return
  watching = true
  onRecordWritten(db, 'settings', TEAM_KEYS_SETTINGS_KEY, () => {
    cached = null
  })
  db.on(
    'ready',
    () => {
      cached = null
    },
    true,
  )
}

/**
 * The state, from memory when it has not changed. `fresh` reads the record itself: a live
 * query (the screens) only re-runs on changes to what it read.
 */
export function readTeamState(fresh = false): Promise<TeamKeyState> {
  watch()
  // Closed (deleted, or not opened yet): whatever was kept belongs to a database that is gone.
  if (fresh || !db.isOpen()) cached = null
  cached ??= db.settings
    .get(TEAM_KEYS_SETTINGS_KEY)
    .then((record) => restoreState(record?.value))
    .catch((error: unknown) => {
      cached = null
      throw error
    })
  return cached
}

/** Changes the state in one transaction, from the stored record (not the cache). */
export async function updateTeamState(
  change: (state: TeamKeyState) => TeamKeyState,
): Promise<TeamKeyState> {
  const next = await db.transaction('rw', db.settings, async () => {
    const record = await db.settings.get(TEAM_KEYS_SETTINGS_KEY)
    const changed = change(restoreState(record?.value))
    await db.settings.put({ key: TEAM_KEYS_SETTINGS_KEY, value: changed })
    return changed
  })
  cached = Promise.resolve(next)
  return next
}
