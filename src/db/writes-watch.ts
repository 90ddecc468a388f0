import Dexie, { RangeSet, type ObservabilitySet } from 'dexie'

/**
 * Listening to committed writes through Dexie's `storagemutated` event, which fires after a
 * transaction commits and reaches other tabs through Dexie's BroadcastChannel. A change Dexie
 * cannot name by table (`all`: a database deleted or reopened elsewhere) counts as a write to
 * everything. Each returns its unsubscribe.
 */
function onWrites(matches: (parts: ObservabilitySet) => boolean, listener: () => void) {
  const handler = (parts: ObservabilitySet) => {
    if ('all' in parts || matches(parts)) listener()
  }
  Dexie.on('storagemutated', handler)
  return () => Dexie.on('storagemutated').unsubscribe(handler)
}

/** After every committed write to one of `tables` of `database`, here or in another tab. */
export function onTablesWritten(
  database: Dexie,
  tables: readonly string[],
  listener: () => void,
): () => void {
  const prefixes = tables.map((table) => `idb://${database.name}/${table}/`)
  return onWrites(
    (parts) =>
      Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix))),
    listener,
  )
}

/** After every committed write to the record `key` of `table`, here or in another tab. */
export function onRecordWritten(
  database: Dexie,
  table: string,
  key: string,
  listener: () => void,
): () => void {
  const part = `idb://${database.name}/${table}/`
  return onWrites((parts) => {
    const tree = parts[part]
    return tree !== undefined && 'from' in tree && RangeSet(tree).hasKey(key)
  }, listener)
}
