import type { FieldConflict } from '../../domain/sync/types'

/** An open conflict the Conflicten list shows (docs/sync-design.md §5, §6). */
export type OpenConflict =
  | { kind: 'fields'; docId: string; youthId?: string; label: string; conflicts: FieldConflict[] }
  | { kind: 'duplicate'; docId: string; clientRef: string; localYouthId: string }

// placeholder until the h-sync-merge branch lands
export function listOpenConflicts(): Promise<OpenConflict[]> {
  return Promise.resolve([])
}
