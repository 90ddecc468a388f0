import Dexie from 'dexie'
import { assessmentDiffers, parseAssessmentInput } from '../domain/assessment-input'
import type { Assessment, AssessmentInput } from '../domain/types'
import { ValidationError } from '../domain/validation'
import { appendAudit } from './audit-repo'
import { db } from './database'
import { MissingRecordError } from './youths-repo'

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
 * written in one transaction; an unchanged assessment writes nothing.
 */
export async function setAssessment(
  youthId: string,
  preconditionId: string,
  input: AssessmentInput,
  actor: string,
): Promise<Assessment> {
  const parsed = parseAssessmentInput(input)
  if (!parsed.ok) throw new ValidationError(parsed.errors)
  return db.transaction('rw', db.youths, db.assessments, db.audit, async () => {
    if (!(await db.youths.get(youthId))) throw new MissingRecordError('Youth')
    const before = await db.assessments.get([youthId, preconditionId])
    if (before && !assessmentDiffers(assessmentInputOf(before), parsed.values)) return before
    const after: Assessment = {
      youthId,
      preconditionId,
      ...parsed.values,
      changedBy: actor,
      changedAt: new Date().toISOString(),
    }
    await db.assessments.put(after)
    await appendAudit({
      actor,
      kind: 'assessment',
      youthId,
      preconditionId,
      before: before ?? null,
      after,
      at: after.changedAt,
    })
    return after
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
