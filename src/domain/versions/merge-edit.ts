/** Field values compared by content: lists of codes, dates, null and nested values alike. */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

export interface EditMerge<T> {
  /** The edit to store: mine where only I changed a field, theirs where only they did. */
  merged: T
  /** Fields both changed, to different values: `merged` holds mine until the user chooses. */
  conflicts: (keyof T & string)[]
  /** Fields only the newer version changed: taken over from it. */
  taken: (keyof T & string)[]
}

/**
 * Three-way merge of one edit, field by field. `base` is what the edit started from, `mine`
 * what the user has now, `theirs` the newer stored version. A field the user did not touch takes
 * theirs; a field only the user changed keeps mine; a field both changed alike is no conflict;
 * a field both changed differently is a conflict the user must decide.
 */
export function mergeEdit<T extends object>(base: T, mine: T, theirs: T): EditMerge<T> {
  const merged = { ...mine }
  const conflicts: (keyof T & string)[] = []
  const taken: (keyof T & string)[] = []
  const fields = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])
  for (const field of fields as Set<keyof T & string>) {
    const mineChanged = !sameValue(base[field], mine[field])
    const theirsChanged = !sameValue(base[field], theirs[field])
    if (!theirsChanged) continue
    if (!mineChanged) {
      merged[field] = theirs[field]
      taken.push(field)
    } else if (!sameValue(mine[field], theirs[field])) {
      conflicts.push(field)
    }
  }
  return { merged, conflicts, taken }
}

export type ConflictChoice = 'mine' | 'theirs'

/** The merged edit with the user's choice applied to each conflicting field (mine if none). */
export function resolveConflicts<T extends object>(
  merge: EditMerge<T>,
  theirs: T,
  choices: Partial<Record<keyof T & string, ConflictChoice>>,
): T {
  const resolved = { ...merge.merged }
  for (const field of merge.conflicts) {
    if (choices[field] === 'theirs') resolved[field] = theirs[field]
  }
  return resolved
}
