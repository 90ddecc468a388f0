import { describeAuditEntry } from './audit'
import { makeAssessment } from '../../test/factories/assessment'
import { makeYouth } from '../../test/factories/youth'
import type { Assessment, AuditEntry } from './types'

function entry(overrides: Partial<AuditEntry>): AuditEntry {
  return {
    at: '2026-11-23T10:00:00.000Z',
    actor: 'A. Bakker',
    kind: 'assessment',
    youthId: 'youth-1',
    preconditionId: 'wonen',
    before: null,
    after: null,
    ...overrides,
  }
}

describe('describeAuditEntry', () => {
  describe('assessment changes', () => {
    it('describes a status change from oranje to rood', () => {
      const before = makeAssessment({ status: 'oranje' })
      const after = makeAssessment({ status: 'rood', changedAt: '2026-11-23T10:00:00.000Z' })
      expect(describeAuditEntry(entry({ before, after }))).toEqual({
        kind: 'assessment',
        preconditionId: 'wonen',
        from: 'oranje',
        to: 'rood',
        details: false,
      })
    })

    it('describes a first assessment as coming from nothing', () => {
      const after = makeAssessment({ status: 'groen' })
      expect(describeAuditEntry(entry({ before: null, after }))).toEqual({
        kind: 'assessment',
        preconditionId: 'wonen',
        from: null,
        to: 'groen',
        details: false,
      })
    })

    it.each<[string, Partial<Assessment>]>([
      ['toelichting', { note: 'Aangemeld bij gezinshuis' }],
      ['action', { action: 'Gezinshuis bellen' }],
      ['eigenaar', { owner: 'gemeente' }],
      ['streefdatum', { dueDate: '2027-01-15' }],
      ['knelpunten', { reasonCodes: ['WON-2'] }],
    ])('describes a change of only the %s as a details change', (_, change) => {
      const before = makeAssessment({ status: 'rood' })
      const after = makeAssessment({ status: 'rood', ...change })
      expect(describeAuditEntry(entry({ before, after }))).toEqual({
        kind: 'assessment',
        preconditionId: 'wonen',
        from: 'rood',
        to: 'rood',
        details: true,
      })
    })

    it('describes a status change together with a new toelichting', () => {
      const before = makeAssessment({ status: 'rood', note: '' })
      const after = makeAssessment({ status: 'oranje', note: 'Aangemeld' })
      expect(describeAuditEntry(entry({ before, after }))).toMatchObject({
        from: 'rood',
        to: 'oranje',
        details: true,
      })
    })

    it('keeps the precondition id of the entry, so renamed preconditions still show', () => {
      const after = makeAssessment({ preconditionId: 'eigen-geld', status: 'rood' })
      const described = describeAuditEntry(entry({ preconditionId: 'eigen-geld', after }))
      expect(described).toMatchObject({ kind: 'assessment', preconditionId: 'eigen-geld' })
    })
  })

  describe('youth changes', () => {
    it('describes a youth entered for the first time as created', () => {
      const youth = makeYouth()
      expect(
        describeAuditEntry(
          entry({ kind: 'youth', preconditionId: null, before: null, after: youth }),
        ),
      ).toEqual({ kind: 'youth-created', statuses: {} })
    })

    it('keeps the first statuses of a youth that came in through an import', () => {
      const after = { ...makeYouth(), importedStatuses: { wonen: 'rood', school: 'groen' } }
      expect(
        describeAuditEntry(entry({ kind: 'youth', preconditionId: null, before: null, after })),
      ).toEqual({ kind: 'youth-created', statuses: { wonen: 'rood', school: 'groen' } })
    })

    it('lists the fields a user changed, in form order', () => {
      const before = makeYouth()
      const after = makeYouth({
        perspective: 'zelfstandig',
        expectedOutflowDate: '2027-06-30',
        updatedAt: '2026-11-23T10:00:00.000Z',
      })
      expect(
        describeAuditEntry(entry({ kind: 'youth', preconditionId: null, before, after })),
      ).toEqual({ kind: 'youth-updated', fields: ['expectedOutflowDate', 'perspective'] })
    })

    it('notices a field that was cleared', () => {
      const before = makeYouth({ measure: 'ots', guardianOrg: 'GI Voorbeeld' })
      const after = makeYouth({ measure: 'geen', guardianOrg: '', perspective: null })
      expect(
        describeAuditEntry(entry({ kind: 'youth', preconditionId: null, before, after })),
      ).toEqual({ kind: 'youth-updated', fields: ['perspective', 'measure', 'guardianOrg'] })
    })

    it('lists no fields when only bookkeeping such as updatedAt changed', () => {
      const before = makeYouth()
      const after = makeYouth({ updatedAt: '2026-11-23T10:00:00.000Z' })
      expect(
        describeAuditEntry(entry({ kind: 'youth', preconditionId: null, before, after })),
      ).toEqual({ kind: 'youth-updated', fields: [] })
    })
  })

  describe('uitstroom', () => {
    const outflow = {
      date: '2026-11-20',
      destination: 'kamertraining',
      reason: '01',
      note: '',
    } as const

    it('describes a registered uitstroom', () => {
      expect(
        describeAuditEntry(
          entry({ kind: 'outflow', preconditionId: null, before: null, after: outflow }),
        ),
      ).toEqual({ kind: 'outflow', registered: true })
    })

    it('describes an undone uitstroom', () => {
      expect(
        describeAuditEntry(
          entry({ kind: 'outflow', preconditionId: null, before: outflow, after: null }),
        ),
      ).toEqual({ kind: 'outflow', registered: false })
    })
  })

  it('describes a settings change as other', () => {
    expect(
      describeAuditEntry(
        entry({ kind: 'settings', youthId: null, preconditionId: null, before: {}, after: {} }),
      ),
    ).toEqual({ kind: 'other' })
  })
})
