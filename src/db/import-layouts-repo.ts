import {
  layoutId,
  restoreRememberedLayout,
  type RememberedLayout,
} from '../domain/import/remembered-layout'
import { db } from './database'

/**
 * Remembered column mappings live in the settings table, one record per layout
 * (`importLayout:<id>`): no schema change, and back-up and restore carry them like any setting.
 * They hold column titles and field names, never a youth's data.
 */
const PREFIX = 'importLayout:'

export async function listRememberedLayouts(): Promise<RememberedLayout[]> {
  const records = await db.settings.where('key').startsWith(PREFIX).toArray()
  return records
    .map((r) => restoreRememberedLayout(r.value))
    .filter((l): l is RememberedLayout => l !== null)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
}

export async function rememberLayout(layout: RememberedLayout): Promise<void> {
  await db.settings.put({ key: PREFIX + layoutId(layout.layout), value: layout })
}

export async function forgetLayout(layout: string): Promise<void> {
  await db.settings.delete(PREFIX + layoutId(layout))
}
