import { mergeEdit, sameValue } from '../versions/merge-edit'
import { versionOf } from '../versions/record-version'
import { addConflict, combineConflicts, openConflictsOf } from './conflict-list'
import {
  ASSESSMENT_DEFAULTS,
  ASSESSMENT_FIELDS,
  assessmentPath,
  assessmentsOf,
  isRow,
  specOf,
  type Row,
} from './flatten'
import type { ConflictValue, FieldConflict, SyncDocType } from './types'

/** One leaf of a document conflict: its record (`null`: deleted), who wrote it, when, its rev. */
export interface MergeSide {
  data: unknown
  by: string
  at: string
  rev: string
}

export interface DocMerge {
  /** The record to write on the winning leaf (`null`: the deletion stands). */
  data: unknown
  /** Every open conflict the merged record carries (its `syncConflicts`). */
  conflicts: FieldConflict[]
}

/** The conflict field of a record deleted on one laptop and changed on another. */
export const DELETED_FIELD = 'deleted'

/** Deep equality regardless of key order (records built on two laptops may differ in order). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameData(v, b[i]))
  }
  if (!isRow(a) || !isRow(b)) return false
  const keys = (r: Row) => Object.keys(r).filter((k) => r[k] !== undefined)
  const ka = keys(a)
  return ka.length === keys(b).length && ka.every((k) => sameData(a[k], b[k]))
}

function conflictValue(side: MergeSide, value: unknown, who?: Row): ConflictValue {
  // An assessment names who changed it and when: closer to the value than the revision's writer.
  const by = typeof who?.changedBy === 'string' ? who.changedBy : side.by
  const at = typeof who?.changedAt === 'string' ? who.changedAt : side.at
  return { value, by, at, rev: side.rev }
}

/** Three-way merge of two flat field maps; without an ancestor every difference conflicts. */
function mergeFields(ancestor: Row | null, winner: Row, loser: Row) {
  if (ancestor) return mergeEdit(ancestor, winner, loser)
  const conflicts = [...new Set([...Object.keys(winner), ...Object.keys(loser)])].filter(
    (f) => !sameValue(winner[f], loser[f]),
  )
  return { merged: { ...winner }, conflicts, taken: [] as string[] }
}

/** The top-level fields the app keeps itself (the type's own fields and bookkeeping left out). */
function appFields(data: Row, own: readonly string[]): Row {
  const skip = new Set([...own, 'syncConflicts', 'version'])
  return Object.fromEntries(Object.entries(data).filter(([k]) => !skip.has(k)))
}

/**
 * A youth's assessments from the merged fields: who/when from the side whose values it kept
 * (the winner's when it holds some of each), a version above both when the sides differed.
 */
function mergedAssessments(fields: Row, ancestor: Row | null, w: Row, l: Row): Row {
  const [aa, wa, la] = [ancestor ? assessmentsOf(ancestor) : {}, assessmentsOf(w), assessmentsOf(l)]
  const out: Row = {}
  for (const pid of new Set([...Object.keys(wa), ...Object.keys(la)])) {
    const [a, wv, lv] = [aa[pid], wa[pid], la[pid]]
    // Taken back (an undo to never assessed) on one side and untouched on the other.
    if ((!wv && a && sameValue(a, lv)) || (!lv && a && sameValue(a, wv))) continue
    const input: Row = {}
    for (const f of ASSESSMENT_FIELDS) {
      // A side without this assessment has none of its fields: the other side's, or the default.
      const merged = fields[`assessments.${pid}.${f}`]
      input[f] = merged !== undefined ? merged : lv && f in lv ? lv[f] : ASSESSMENT_DEFAULTS[f]
    }
    const kept = (side: Row | undefined) =>
      side && ASSESSMENT_FIELDS.every((f) => sameValue(side[f], input[f]))
    const from = kept(wv) ? wv : kept(lv) ? lv : (wv ?? lv)
    const version = sameData(wv, lv) ? versionOf(wv) : Math.max(versionOf(wv), versionOf(lv)) + 1
    out[pid] = { ...from, ...input, youthId: w.id, preconditionId: pid, version }
  }
  return out
}

function withConflicts(data: Row, conflicts: FieldConflict[]): DocMerge {
  const out = { ...data }
  if (conflicts.length > 0) out.syncConflicts = conflicts
  else delete out.syncConflicts
  return { data: out, conflicts }
}

/** One side deleted the record: the deletion stands unless the other side changed it. */
function deletedVsEdited(ancestor: unknown, deleted: MergeSide, kept: MergeSide): DocMerge {
  if (ancestor !== null && sameData(ancestor, kept.data)) return { data: null, conflicts: [] }
  const data = kept.data as Row
  const marker = [
    { value: true, by: deleted.by, at: deleted.at, rev: deleted.rev },
    { value: false, by: kept.by, at: kept.at, rev: kept.rev },
  ]
  return withConflicts(data, addConflict(openConflictsOf(data), DELETED_FIELD, marker))
}

/**
 * Merges the two leaves of a document conflict (docs/sync-design.md §5) from their common
 * ancestor (`null`: not available — then every field that differs is asked). A field only one
 * side changed takes that side's value; changed alike is no conflict; changed differently is a
 * conflict kept in the record (`syncConflicts`) with the winner's value until a person chooses.
 * Pure and clock-free (times are shown, never compared), so every laptop computes the same.
 * Equal leaves give the winner's record unchanged: writing nothing new ends the conflict.
 */
export function mergeDocData(
  type: SyncDocType,
  ancestor: unknown,
  winner: MergeSide,
  loser: MergeSide,
): DocMerge {
  const [w, l] = [winner.data, loser.data]
  if (!isRow(w) && !isRow(l)) return { data: null, conflicts: [] }
  if (!isRow(w)) return deletedVsEdited(ancestor, winner, loser)
  if (!isRow(l)) return deletedVsEdited(ancestor, loser, winner)
  if (sameData(w, l)) return { data: w, conflicts: openConflictsOf(w) }
  const spec = specOf(type)
  if (!spec) return { data: w, conflicts: openConflictsOf(w) }
  const base = isRow(ancestor) ? ancestor : null

  const fields = mergeFields(base && spec.asked(base), spec.asked(w), spec.asked(l))
  const app = mergeFields(
    base && appFields(base, spec.own),
    appFields(w, spec.own),
    appFields(l, spec.own),
  )
  let data = spec.apply({ ...app.merged }, fields.merged)
  if (type === 'youth') data.assessments = mergedAssessments(fields.merged, base, w, l)
  if (type === 'reviewItem') data.changed = unionList(w.changed, l.changed)
  if ('version' in w || 'version' in l) data.version = Math.max(versionOf(w), versionOf(l)) + 1

  let conflicts = combineConflicts(
    base && openConflictsOf(base),
    openConflictsOf(w),
    openConflictsOf(l),
  )
  const [wf, lf] = [spec.asked(w), spec.asked(l)]
  for (const field of fields.conflicts) {
    const at = assessmentPath(field)
    const who = (side: Row) => (at ? assessmentsOf(side)[at[0]] : undefined)
    conflicts = addConflict(conflicts, field, [
      conflictValue(winner, wf[field], who(w)),
      conflictValue(loser, lf[field], who(l)),
    ])
  }
  data = withConflicts(data, conflicts).data as Row
  return { data, conflicts }
}

/** Both lists' entries, the winner's order first (the precondition ids a review changed). */
function unionList(a: unknown, b: unknown): unknown[] {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : [])
  const [x, y] = [list(a), list(b)]
  return [...x, ...y.filter((v) => !x.includes(v))]
}
