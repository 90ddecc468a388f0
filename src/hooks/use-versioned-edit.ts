import { useState } from 'react'
import { saveEdit, type EditConflict, type EditOutcome, type EditStart } from '../db/save-edit'
import { resolveConflicts, type ConflictChoice } from '../domain/versions/merge-edit'
import { versionOf } from '../domain/versions/record-version'

export type SavedEdit<T, R> = Extract<EditOutcome<T, R>, { kind: 'saved' }>

/**
 * One edit of a stored record that remembers the version it started from. `save` merges with
 * a newer version when only one side changed each field; otherwise `conflict` holds both
 * versions (nothing written) until `resolve` gets the user's choice per field. Both return the
 * saved outcome, or null while a choice is pending.
 */
export function useVersionedEdit<T extends object, R>(
  initial: EditStart<T>,
  write: (values: T, expectedVersion: number) => Promise<R>,
  valuesOf: (stored: unknown) => T,
) {
  const [start, setStart] = useState(initial)
  const [conflict, setConflict] = useState<EditConflict<T> | null>(null)

  function settle(outcome: EditOutcome<T, R>): SavedEdit<T, R> | null {
    if (outcome.kind === 'conflict') {
      setConflict(outcome.conflict)
      return null
    }
    setConflict(null)
    // A later save from the same screen starts from what was just stored.
    setStart({ base: valuesOf(outcome.record), version: versionOf(outcome.record) })
    return outcome
  }

  async function save(mine: T) {
    return settle(await saveEdit(start, mine, write, valuesOf))
  }

  async function resolve(choices: Partial<Record<keyof T & string, ConflictChoice>>) {
    if (!conflict) return null
    const mine = resolveConflicts(conflict.merge, conflict.theirs, choices)
    const from = { base: conflict.theirs, version: conflict.version }
    return settle(await saveEdit(from, mine, write, valuesOf))
  }

  /** Starts over from another stored version (a screen that follows untouched changes). */
  function restart(next: EditStart<T>) {
    setStart(next)
    setConflict(null)
  }

  return { start, conflict, save, resolve, restart, dismiss: () => setConflict(null) }
}
