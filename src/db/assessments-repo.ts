import Dexie from 'dexie'
import { assessmentDiffers, parseAssessmentInput } from '../domain/assessment-input'
import type { Assessment, AssessmentInput } from '../domain/types'
import { ValidationError } from '../domain/validation'
import { db } from './database'
import { changeRecord, getExisting } from './record-change'

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
 * Sets one precondition of one youth. The assessment and its audit line (old → new) are
 * written in one transaction; an unchanged assessment writes nothing. `expectedVersion` is the
 * version the edit started from (0: never assessed): a newer stored version throws
 * StaleRecordError and writes nothing.
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
  return db.transaction('rw', db.youths, db.assessments, db.audit, async () => {
    await getExisting(db.youths, youthId, 'Youth')
    return changeRecord(db.assessments, [youthId, preconditionId], {
      expectedVersion,
      lastChange: (a) => (a ? { actor: a.changedBy, at: a.changedAt } : null),
      next: (before): Assessment =>
        before && !assessmentDiffers(assessmentInputOf(before), parsed.values)
          ? before
          : {
              youthId,
              preconditionId,
              ...parsed.values,
              changedBy: actor,
              changedAt: new Date().toISOString(),
            },
      audit: (before, after) => ({
        actor,
        kind: 'assessment',
        youthId,
        preconditionId,
        before: before ?? null,
        after,
        at: after.changedAt,
      }),
    })
  })
}

export async function assessmentsOfYouth(youthId: string): Promise<Assessment[]> {
  return db.assessments
    .where('[youthId+preconditionId]')
    .between([youthId, Dexie.minKey], [youthId, Dexie.maxKey])
    .toArray()
}

export async function getAssessment(
  youthId: string,
  preconditionId: string,
): Promise<Assessment | undefined> {
  return db.assessments.get([youthId, preconditionId])
}
