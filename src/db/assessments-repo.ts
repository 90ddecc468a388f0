import { assessmentDiffers, parseAssessmentInput } from '../domain/assessment-input'
import type { Assessment, AssessmentInput } from '../domain/types'
import { ValidationError } from '../domain/validation'
import { db } from './database'
import { versionOf } from '../domain/versions/record-version'
import { appendAudit } from './audit-repo'
import { getExisting, StaleRecordError } from './record-change'
import { assessmentsIn, withAssessment } from './youth-record'

export function assessmentInputOf(a: Assessment | undefined): AssessmentInput {
  return {
    status: a?.status ?? 'onbekend',
    reasonCodes: a?.reasonCodes ?? [],
    note: a?.note ?? '',
    action: a?.action ?? '',
    owner: a?.owner ?? null,
    dueDate: a?.dueDate ?? null,
  }
}

/**
 * Sets one precondition of one youth. The assessment (inside its youth's record) and its audit
 * line (old → new) are written in one transaction; an unchanged assessment writes nothing.
 * `expectedVersion` is the version the edit started from (0: never assessed): a newer stored
 * version throws StaleRecordError and writes nothing.
 */
export async function setAssessment(
  youthId: string,
  preconditionId: string,
  input: AssessmentInput,
  actor: string,
  expectedVersion?: number,
): Promise<Assessment> {
  const parsed = parseAssessmentInput(input)
  if (!parsed.ok) throw new ValidationError(parsed.errors)
  return db.transaction('rw', db.youths, db.audit, async () => {
    const youth = await getExisting(db.youths, youthId, 'Youth')
    const before = youth.assessments?.[preconditionId]
    const fromVersion = versionOf(before)
    if (expectedVersion !== undefined && expectedVersion !== fromVersion) {
      const lastChange = before ? { actor: before.changedBy, at: before.changedAt } : null
      throw new StaleRecordError('assessments', expectedVersion, before, fromVersion, lastChange)
    }
    if (before && !assessmentDiffers(assessmentInputOf(before), parsed.values)) return before
    const after: Assessment = {
      youthId,
      preconditionId,
      ...parsed.values,
      changedBy: actor,
      changedAt: new Date().toISOString(),
      version: fromVersion + 1,
    }
    await db.youths.put(withAssessment(youth, preconditionId, after))
    await appendAudit({
      actor,
      kind: 'assessment',
      youthId,
      preconditionId,
      before: before ?? null,
      after,
      at: after.changedAt,
      fromVersion,
    })
    return after
  })
}

export async function assessmentsOfYouth(youthId: string): Promise<Assessment[]> {
  return assessmentsIn(await db.youths.get(youthId))
}

export async function getAssessment(
  youthId: string,
  preconditionId: string,
): Promise<Assessment | undefined> {
  return (await db.youths.get(youthId))?.assessments?.[preconditionId]
}

/** Every stored assessment of every youth (tests, tooling and the back-up's layout). */
export async function allAssessments(): Promise<Assessment[]> {
  return (await db.youths.toArray()).flatMap(assessmentsIn)
}
