import type { AssessmentField } from './assessment-input'
import type { AuditEntry } from './types'
import { sameValue } from './versions/merge-edit'
import { YOUTH_FIELDS, type YouthField } from './youth-input'

/** The parts of an assessment besides its colour, whose old and new text the history shows. */
export const ASSESSMENT_DETAIL_FIELDS = [
  'reasonCodes',
  'note',
  'action',
  'owner',
  'dueDate',
] as const satisfies readonly AssessmentField[]
export type AssessmentDetailField = (typeof ASSESSMENT_DETAIL_FIELDS)[number]

/** One field an audit line changed, with both values as stored: what was there can be put back. */
export type FieldChange =
  | { scope: 'assessment'; field: AssessmentDetailField; before: unknown; after: unknown }
  | { scope: 'youth'; field: YouthField; before: unknown; after: unknown }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** No value at all: a field absent, empty text, no codes or no date read alike. */
function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
}

function differs(before: unknown, after: unknown): boolean {
  return !(isEmpty(before) && isEmpty(after)) && !sameValue(before, after)
}

/**
 * The fields an audit line changed, old → new: toelichting, actie, knelpunten, eigenaar and
 * streefdatum of an assessment (also when first entered), and the filled-in fields of a youth.
 */
export function auditFieldChanges(entry: AuditEntry): FieldChange[] {
  const after = isRecord(entry.after) ? entry.after : null
  if (!after) return []
  if (entry.kind === 'assessment') {
    const before = isRecord(entry.before) ? entry.before : {}
    return ASSESSMENT_DETAIL_FIELDS.filter((f) => differs(before[f], after[f])).map((field) => ({
      scope: 'assessment',
      field,
      before: before[field],
      after: after[field],
    }))
  }
  if (entry.kind === 'youth' && isRecord(entry.before)) {
    const before = entry.before
    return YOUTH_FIELDS.filter((f) => differs(before[f], after[f])).map((field) => ({
      scope: 'youth',
      field,
      before: before[field],
      after: after[field],
    }))
  }
  return []
}
