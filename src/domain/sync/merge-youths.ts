import { sameValue } from '../versions/merge-edit'
import { versionOf } from '../versions/record-version'
import { combineConflicts, openConflictsOf } from './conflict-list'
import {
  ASSESSMENT_DEFAULTS,
  ASSESSMENT_FIELDS,
  assessmentPath,
  assessmentsOf,
  specOf,
  YOUTH_DETAIL_FIELDS,
  type Row,
} from './flatten'
import { mergeDocData, type MergeSide } from './merge-doc'

/*
 * Two youths created with the same cliëntnummer on two laptops, made into one
 * (docs/sync-design.md §6). The youth kept is the one stored here; the other arrived from the
 * team. Fields that agree merge by themselves; for each field that differs a person picks a
 * side, and nothing is merged before every such field has a choice.
 */

/** Which youth's value a field takes. */
export type DuplicateSideName = 'kept' | 'other'

/** One field the two youths hold differently: both values, as stored. */
export interface DifferingField {
  field: string
  kept: unknown
  other: unknown
}

/** Absent, null, empty text and an empty list all read as "nothing filled in". */
function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
}

function same(a: unknown, b: unknown): boolean {
  return (isEmpty(a) && isEmpty(b)) || sameValue(a, b)
}

/**
 * A youth's fields as a person fills them in (the youth form, the uitstroom and per
 * randvoorwaarde the assessment), a never-assessed randvoorwaarde as its defaults (onbekend, no
 * text), so a randvoorwaarde only one youth has is compared with what the other shows.
 */
function personFields(data: Row, preconditionIds: Iterable<string>): Row {
  const fields = specOf('youth')?.asked(data) ?? {}
  for (const pid of preconditionIds) {
    for (const f of ASSESSMENT_FIELDS) {
      const path = `assessments.${pid}.${f}`
      if (fields[path] === undefined) fields[path] = ASSESSMENT_DEFAULTS[f]
    }
  }
  return fields
}

function preconditionIdsOf(...youths: Row[]): string[] {
  return [...new Set(youths.flatMap((y) => Object.keys(assessmentsOf(y))))]
}

/**
 * The fields the two youths hold differently, in the youth form's order and then per
 * randvoorwaarde. The cliëntnummer is the same by definition; the rest is the app's own
 * bookkeeping (ids, times), never asked.
 */
export function differingFields(kept: object, other: object): DifferingField[] {
  const [a, b] = [kept as Row, other as Row]
  const ids = preconditionIdsOf(a, b)
  const [k, o] = [personFields(a, ids), personFields(b, ids)]
  const out: DifferingField[] = []
  for (const field of new Set([...Object.keys(k), ...Object.keys(o)])) {
    if (!same(k[field], o[field])) out.push({ field, kept: k[field], other: o[field] })
  }
  return out
}

/** A choice is missing for a field that differs: nothing may be merged yet. */
export class MissingChoiceError extends Error {
  constructor(readonly fields: string[]) {
    super(`No choice for ${fields.join(', ')}`)
    this.name = 'MissingChoiceError'
  }
}

/** The record with one flattened field set (an assessment's who/when left to the caller). */
function setField(data: Row, field: string, value: unknown): Row {
  const at = assessmentPath(field)
  if (!at) return { ...data, [field.slice('details.'.length)]: value }
  const [pid, key] = at
  const assessments = assessmentsOf(data)
  const current = assessments[pid] ?? { ...ASSESSMENT_DEFAULTS, preconditionId: pid }
  return {
    ...data,
    assessments: { ...assessments, [pid]: { ...current, youthId: data.id, [key]: value } },
  }
}

/**
 * The one youth both become: the kept youth's id and bookkeeping, every field both agree on,
 * and per differing field the side chosen. An assessment whose every field came from the other
 * youth keeps who changed it there and when. Open team-sync conflicts of either youth stay
 * open. The version lies above both, so an edit still open in another tab is not lost silently.
 */
export function mergeDuplicateYouths(
  kept: MergeSide & { data: object },
  other: MergeSide & { data: object },
  choices: Readonly<Record<string, DuplicateSideName>>,
): Row {
  const differing = differingFields(kept.data, other.data)
  const missing = differing.filter((d) => !choices[d.field]).map((d) => d.field)
  if (missing.length > 0) throw new MissingChoiceError(missing)
  // Without an ancestor the merge takes the kept youth's values, and the other's where only it
  // has them (a randvoorwaarde the kept youth never had); the choices are applied on top.
  let data = mergeDocData('youth', null, kept, other).data as Row
  for (const d of differing) {
    if (choices[d.field] === 'other') data = setField(data, d.field, d.other)
    else data = setField(data, d.field, d.kept)
  }
  const fromOther = assessmentsOf(other.data as Row)
  const merged = assessmentsOf(data)
  for (const [pid, a] of Object.entries(merged)) {
    const theirs = fromOther[pid]
    if (theirs && ASSESSMENT_FIELDS.every((f) => same(a[f], theirs[f]))) {
      merged[pid] = { ...a, changedBy: theirs.changedBy, changedAt: theirs.changedAt }
    }
  }
  const conflicts = combineConflicts(null, openConflictsOf(kept.data), openConflictsOf(other.data))
  const { syncConflicts: _dropped, ...rest } = data
  return {
    ...rest,
    assessments: merged,
    ...(conflicts.length > 0 ? { syncConflicts: conflicts } : {}),
    version: Math.max(versionOf(kept.data), versionOf(other.data)) + 1,
  }
}

/** One row of the side-by-side view of two youths. */
export interface ComparedField extends DifferingField {
  differs: boolean
}

/**
 * The two youths side by side as a person compares them: the youth's own fields, then per
 * randvoorwaarde (those given, in their order, and any other either youth has) its status and
 * every other part that differs.
 */
export function comparedFields(
  kept: object,
  other: object,
  preconditionIds: readonly string[],
): ComparedField[] {
  const [a, b] = [kept as Row, other as Row]
  const ids = [...new Set([...preconditionIds, ...preconditionIdsOf(a, b)])]
  const [k, o] = [personFields(a, ids), personFields(b, ids)]
  const row = (field: string) => ({
    field,
    kept: k[field],
    other: o[field],
    differs: !same(k[field], o[field]),
  })
  const details = YOUTH_DETAIL_FIELDS.map((f) => row(`details.${f}`))
  const assessments = ids.flatMap((pid) =>
    ASSESSMENT_FIELDS.map((f) => row(`assessments.${pid}.${f}`)).filter(
      (r) => r.differs || r.field.endsWith('.status'),
    ),
  )
  return [...details, ...assessments]
}
