import { useLiveQuery } from 'dexie-react-hooks'
import { getSettings } from '../db/settings-repo'
import type { Settings } from '../domain/types'

/** The provider's settings, live; undefined only while the first read runs. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(getSettings, [])
}
