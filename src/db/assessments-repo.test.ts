import { makeYouthValues } from '../../test/factories/youth'
import type { AssessmentInput } from '../domain/types'
import { ValidationError } from '../domain/validation'
import {
  assessmentInputOf,
  assessmentsOfYouth,
  getAssessment,
  setAssessment,
} from './assessments-repo'
import { auditForYouth } from './audit-repo'
import { db } from './database'
import { addYouth, MissingRecordError } from './youths-repo'

const red: AssessmentInput = {
  status: 'rood',
  reasonCodes: ['WON-2'],
  note: 'Wachtlijst kamertraining',
  action: 'Aanmelden bij kamertraining',
  owner: 'gemeente',
  dueDate: '2026-12-15',
}

describe('assessments repository', () => {
  it('stores an assessment and its audit line (old → new) together', async () => {
    const youth = await addYouth(makeYouthValues(), 'A')
    await setAssessment(youth.id, 'wonen', red, 'M. de Wit')
    expect(await getAssessment(youth.id, 'wonen')).toMatchObject({ ...red, changedBy: 'M. de Wit' })
    const [entry] = await auditForYouth(youth.id)
    expect(entry).toMatchObject({ kind: 'assessment', preconditionId: 'wonen', before: null })
    expect(entry?.after).toMatchObject({ status: 'rood' })
  })

  it('writes nothing when the assessment did not change', async () => {
    const youth = await addYouth(makeYouthValues(), 'A')
    await setAssessment(youth.id, 'wonen', red, 'A')
    await setAssessment(youth.id, 'wonen', { ...red, reasonCodes: ['WON-2'] }, 'B')
    expect((await auditForYouth(youth.id)).filter((e) => e.kind === 'assessment')).toHaveLength(1)
    expect((await getAssessment(youth.id, 'wonen'))?.changedBy).toBe('A')
  })

  it('records the previous version when it changes', async () => {
    const youth = await addYouth(makeYouthValues(), 'A')
    await setAssessment(youth.id, 'wonen', red, 'A')
    await setAssessment(youth.id, 'wonen', { ...red, status: 'oranje' }, 'B')
    const [latest] = await auditForYouth(youth.id)
    expect(latest?.before).toMatchObject({ status: 'rood' })
    expect(latest?.after).toMatchObject({ status: 'oranje' })
  })

  it('rejects invalid input and changes nothing', async () => {
    const youth = await addYouth(makeYouthValues(), 'A')
    await expect(
      setAssessment(youth.id, 'wonen', { ...red, reasonCodes: ['OVR'], note: '' }, 'A'),
    ).rejects.toEqual(new ValidationError({ note: 'noteRequiredForOther' }))
    expect(await assessmentsOfYouth(youth.id)).toEqual([])
    expect(await db.audit.filter((e) => e.kind === 'assessment').count()).toBe(0)
  })

  it('refuses an assessment for a youth that does not exist, without an audit line', async () => {
    await expect(setAssessment('nobody', 'wonen', red, 'A')).rejects.toThrow(MissingRecordError)
    expect(await db.audit.count()).toBe(0)
  })

  it('reads an unassessed precondition as onbekend, never as a guess', () => {
    expect(assessmentInputOf(undefined).status).toBe('onbekend')
  })
})
