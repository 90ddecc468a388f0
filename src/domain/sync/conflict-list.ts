import { sameValue } from '../versions/merge-edit'
import { isRow } from './flatten'
import type { ConflictValue, FieldConflict } from './types'

/** The open conflicts a record carries (none when absent or malformed). */
export function openConflictsOf(data: unknown): FieldConflict[] {
  if (!isRow(data) || !Array.isArray(data.syncConflicts)) return []
  return data.syncConflicts as FieldConflict[]
}

function byField(list: readonly FieldConflict[]): Map<string, FieldConflict> {
  return new Map(list.map((c) => [c.field, c]))
}

/** `values` with those of `more` whose value is not there yet (first one kept: who said it first). */
export function withValues(values: readonly ConflictValue[], more: readonly ConflictValue[]) {
  const out = [...values]
  for (const v of more) if (!out.some((o) => sameValue(o.value, v.value))) out.push(v)
  return out
}

function union(a: FieldConflict | undefined, b: FieldConflict | undefined) {
  if (!a) return b
  if (!b) return a
  return { field: a.field, values: withValues(a.values, b.values) }
}

/**
 * The open conflicts of a merged record, by the merge's own rule applied to each entry: an
 * entry one side resolved (removed) while the other left it as it was is gone; an entry only
 * one side added or changed is that side's; both changed differently → both entries' values
 * together, so a person is asked again rather than a value lost. Without an ancestor every
 * entry of either side stays.
 */
export function combineConflicts(
  ancestor: readonly FieldConflict[] | null,
  winner: readonly FieldConflict[],
  loser: readonly FieldConflict[],
): FieldConflict[] {
  const a = byField(ancestor ?? [])
  const w = byField(winner)
  const l = byField(loser)
  const out: FieldConflict[] = []
  for (const field of new Set([...w.keys(), ...l.keys()])) {
    const [av, wv, lv] = [a.get(field), w.get(field), l.get(field)]
    let entry: FieldConflict | undefined
    if (ancestor === null) entry = union(wv, lv)
    else if (sameValue(av, wv)) entry = lv
    else if (sameValue(av, lv)) entry = wv
    else entry = union(wv, lv)
    if (entry) out.push(entry)
  }
  return out
}

/** The list with `values` added to the entry of `field` (a new entry if there is none). */
export function addConflict(
  list: readonly FieldConflict[],
  field: string,
  values: readonly ConflictValue[],
): FieldConflict[] {
  const at = list.findIndex((c) => c.field === field)
  if (at < 0) return [...list, { field, values: [...values] }]
  return list.map((c, i) => (i === at ? { field, values: withValues(c.values, values) } : c))
}
