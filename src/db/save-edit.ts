import { mergeEdit, type EditMerge } from '../domain/versions/merge-edit'
import type { LastChange } from '../domain/versions/record-version'
import { StaleRecordError } from './stale-record'

/** What an edit started from: the values on screen when it began, and their version. */
export interface EditStart<T> {
  base: T
  version: number
}

/** Both changed the same fields differently: the user must choose before anything is saved. */
export interface EditConflict<T> {
  /** The newer stored values; once resolved, the edit is saved against them. */
  theirs: T
  version: number
  lastChange: LastChange | null
  merge: EditMerge<T>
}

export type EditOutcome<T, R> =
  | {
      kind: 'saved'
      record: R
      /** The stored values this save replaced (for an undo against `record`'s version). */
      previous: T
      /** Fields taken over from a newer version (empty: saved as typed). */
      taken: (keyof T & string)[]
      /** Who made the newer version merged with, when there was one. */
      lastChange: LastChange | null
    }
  | { kind: 'conflict'; conflict: EditConflict<T> }

/** A newer version arriving between every retry would be a runaway; give up after a few. */
const MAX_ATTEMPTS = 4

/**
 * Saves an edit against the version it started from. When another tab saved in between,
 * fields only one side changed are merged and saved against the newer version; fields both
 * changed differently come back as a conflict, and nothing is written until the user chose
 * (then call again with `{ base: conflict.theirs, version: conflict.version }`).
 */
export async function saveEdit<T extends object, R>(
  start: EditStart<T>,
  mine: T,
  write: (values: T, expectedVersion: number) => Promise<R>,
  valuesOf: (stored: unknown) => T,
): Promise<EditOutcome<T, R>> {
  let { base, version } = start
  let values = mine
  let lastChange: LastChange | null = null
  const taken = new Set<keyof T & string>()
  for (let attempt = 1; ; attempt++) {
    try {
      const record = await write(values, version)
      return { kind: 'saved', record, previous: base, taken: [...taken], lastChange }
    } catch (error) {
      if (!(error instanceof StaleRecordError) || attempt >= MAX_ATTEMPTS) throw error
      const theirs = valuesOf(error.current)
      const merge = mergeEdit(base, values, theirs)
      const newer = { theirs, version: error.currentVersion, lastChange: error.lastChange }
      if (merge.conflicts.length > 0) return { kind: 'conflict', conflict: { ...newer, merge } }
      for (const field of merge.taken) taken.add(field)
      lastChange = error.lastChange
      base = theirs
      version = error.currentVersion
      values = merge.merged
    }
  }
}
