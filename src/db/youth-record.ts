import type { Assessment, Youth } from '../domain/types'

/**
 * How a youth is stored since schema v5: the youth's own fields plus its current assessments
 * by precondition id. One record per youth instead of one per youth and one per assessment:
 * IndexedDB's cost is mostly per record, so an import of 50,000 youths writes 50,000 records
 * instead of ~173,000, and the board reads as many. An assessment keeps its own `version`, so
 * an edit of one precondition and an edit of the youth's details do not conflict.
 *
 * Only this folder sees the stored shape: everything above gets a `Youth` without
 * `assessments` and the assessments apart (`splitYouth`), as before.
 */
export interface StoredYouth extends Youth {
  /** By precondition id; absent on a youth that was never assessed. */
  assessments?: Record<string, Assessment>
}

/** The youth without its stored assessments. */
export function youthOf(stored: StoredYouth): Youth {
  if (!('assessments' in stored)) return stored
  const { assessments, ...youth } = stored
  return youth
}

/** The youth's assessments, in precondition order as stored. */
export function assessmentsIn(stored: StoredYouth | undefined): Assessment[] {
  return stored?.assessments ? Object.values(stored.assessments) : []
}

/** The stored youth with this assessment set (or, with `null`, removed), as a new record. */
export function withAssessment(
  stored: StoredYouth,
  preconditionId: string,
  assessment: Assessment | null,
): StoredYouth {
  const { [preconditionId]: _old, ...others } = stored.assessments ?? {}
  return {
    ...stored,
    assessments: assessment ? { ...others, [preconditionId]: assessment } : others,
  }
}

/** The record to store for a youth and its assessments (the youth's own `assessments` ignored). */
export function storedYouth(youth: Youth, assessments: Iterable<Assessment>): StoredYouth {
  const byPrecondition: Record<string, Assessment> = {}
  for (const a of assessments) byPrecondition[a.preconditionId] = a
  return { ...youthOf(youth), assessments: byPrecondition }
}

/** Youths as stored, each with its assessments from `assessments` (sample data, tests, bench). */
export function storedYouths(
  youths: Iterable<Youth>,
  assessments: Iterable<Assessment>,
): StoredYouth[] {
  const byYouth = new Map<string, Assessment[]>()
  for (const a of assessments) {
    const of = byYouth.get(a.youthId)
    if (of) of.push(a)
    else byYouth.set(a.youthId, [a])
  }
  return [...youths].map((y) => storedYouth(y, byYouth.get(y.id) ?? []))
}
