import { describe, expect, it } from 'vitest'
import { makeAssessment } from '../../../test/factories/assessment'
import { makeYouth } from '../../../test/factories/youth'
import type { Row } from './flatten'
import {
  comparedFields,
  differingFields,
  mergeDuplicateYouths,
  MissingChoiceError,
} from './merge-youths'

/** Two youths with cliëntnummer K-7, one per laptop, as stored (assessments by precondition). */
function pair() {
  const kept = {
    ...makeYouth({ id: 'a1', clientRef: 'K-7', caseOwner: 'Anna', location: 'Noord' }),
    version: 2,
    assessments: {
      wonen: makeAssessment({ youthId: 'a1', status: 'oranje', changedBy: 'Anna' }),
    },
  }
  const other = {
    ...makeYouth({ id: 'b1', clientRef: 'K-7', caseOwner: 'Bo', location: 'Noord' }),
    createdAt: '2026-11-02T09:00:00.000Z',
    version: 5,
    assessments: {
      wonen: makeAssessment({ youthId: 'b1', status: 'rood', note: 'Geen kamer', changedBy: 'Bo' }),
      school: makeAssessment({ youthId: 'b1', preconditionId: 'school', status: 'groen' }),
    },
  }
  return { kept: side(kept, 'anna'), other: side(other, 'bo') }
}

const side = (data: Row, by: string) => ({ data, by, at: '2026-11-03T10:00:00.000Z', rev: '' })

describe('two youths with the same cliëntnummer, made into one', () => {
  it('asks only the fields that differ, a randvoorwaarde one youth lacks read as onbekend', () => {
    const { kept, other } = pair()
    expect(differingFields(kept.data, other.data)).toEqual([
      { field: 'details.caseOwner', kept: 'Anna', other: 'Bo' },
      { field: 'assessments.wonen.status', kept: 'oranje', other: 'rood' },
      { field: 'assessments.wonen.note', kept: '', other: 'Geen kamer' },
      { field: 'assessments.school.status', kept: 'onbekend', other: 'groen' },
    ])
  })

  it('merges nothing while a differing field has no choice', () => {
    const { kept, other } = pair()
    expect(() => mergeDuplicateYouths(kept, other, { 'details.caseOwner': 'other' })).toThrow(
      MissingChoiceError,
    )
  })

  it('takes per field the side chosen and keeps the kept youth’s id and bookkeeping', () => {
    const { kept, other } = pair()
    const merged = mergeDuplicateYouths(kept, other, {
      'details.caseOwner': 'other',
      'assessments.wonen.status': 'kept',
      'assessments.wonen.note': 'other',
      'assessments.school.status': 'other',
    })
    expect(merged).toMatchObject({
      id: 'a1',
      clientRef: 'K-7',
      caseOwner: 'Bo',
      location: 'Noord',
      createdAt: '2025-02-01T09:00:00.000Z',
      version: 6,
    })
    const assessments = merged.assessments as Record<string, Row>
    expect(assessments.wonen).toMatchObject({
      youthId: 'a1',
      status: 'oranje',
      note: 'Geen kamer',
      changedBy: 'Anna',
    })
    // Taken whole from the other youth: who assessed it there stays.
    expect(assessments.school).toMatchObject({ youthId: 'a1', status: 'groen' })
    expect(assessments.school?.changedBy).toBe('A. Bakker')
    expect(merged).not.toHaveProperty('syncConflicts')
  })

  it('keeps the other youth’s values where the person chose them all', () => {
    const { kept, other } = pair()
    const merged = mergeDuplicateYouths(kept, other, {
      'details.caseOwner': 'other',
      'assessments.wonen.status': 'other',
      'assessments.wonen.note': 'other',
      'assessments.school.status': 'kept',
    })
    const assessments = merged.assessments as Record<string, Row>
    expect(assessments.wonen).toMatchObject({ status: 'rood', changedBy: 'Bo', youthId: 'a1' })
    expect(assessments.school).toMatchObject({ status: 'onbekend' })
  })

  it('leaves open team-sync conflicts of either youth open', () => {
    const { kept, other } = pair()
    const open = {
      field: 'details.location',
      values: [{ value: 'Zuid', by: 'bo', at: '2026-11-01T09:00:00.000Z', rev: '2-x' }],
    }
    other.data = { ...other.data, syncConflicts: [open] }
    const merged = mergeDuplicateYouths(kept, other, {
      'details.caseOwner': 'kept',
      'assessments.wonen.status': 'kept',
      'assessments.wonen.note': 'kept',
      'assessments.school.status': 'kept',
    })
    expect(merged.syncConflicts).toEqual([open])
    expect(merged.caseOwner).toBe('Anna')
  })

  it('asks nothing when both youths hold the same (an empty note and none read alike)', () => {
    const { kept } = pair()
    const twin = { ...kept.data, id: 'b2', note: '', version: 9 }
    delete (kept.data as { note?: string }).note
    expect(differingFields(kept.data, twin)).toEqual([])
    expect(mergeDuplicateYouths(kept, side(twin, 'bo'), {})).toMatchObject({
      id: 'a1',
      version: 10,
    })
  })
})

describe('two youths side by side', () => {
  it('shows the youth’s fields, then per randvoorwaarde its status and what else differs', () => {
    const { kept, other } = pair()
    const rows = comparedFields(kept.data, other.data, ['wonen', 'financien'])
    expect(rows.find((r) => r.field === 'details.caseOwner')).toEqual({
      field: 'details.caseOwner',
      kept: 'Anna',
      other: 'Bo',
      differs: true,
    })
    expect(rows.find((r) => r.field === 'details.location')?.differs).toBe(false)
    expect(rows.filter((r) => r.field.startsWith('assessments.')).map((r) => r.field)).toEqual([
      'assessments.wonen.status',
      'assessments.wonen.note',
      'assessments.financien.status',
      'assessments.school.status',
    ])
    expect(rows.find((r) => r.field === 'assessments.financien.status')).toMatchObject({
      kept: 'onbekend',
      other: 'onbekend',
      differs: false,
    })
  })
})
