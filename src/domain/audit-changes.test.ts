import { makeAssessment } from '../../test/factories/assessment'
import { makeYouth } from '../../test/factories/youth'
import { auditFieldChanges } from './audit-changes'
import type { AuditEntry } from './types'

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

describe('auditFieldChanges', () => {
  it('gives the old and the new toelichting and actie of an assessment', () => {
    const before = makeAssessment({ note: 'Eerste tekst', action: 'Bellen' })
    const after = makeAssessment({ note: 'Tweede tekst', action: 'Bellen', status: 'rood' })
    expect(auditFieldChanges(entry({ before, after }))).toEqual([
      { scope: 'assessment', field: 'note', before: 'Eerste tekst', after: 'Tweede tekst' },
    ])
  })

  it('lists knelpunten, eigenaar and streefdatum changes too', () => {
    const before = makeAssessment({ reasonCodes: ['WON-1'] })
    const after = makeAssessment({
      reasonCodes: ['WON-2'],
      owner: 'gemeente',
      dueDate: '2027-01-15',
    })
    expect(auditFieldChanges(entry({ before, after })).map((c) => c.field)).toEqual([
      'reasonCodes',
      'owner',
      'dueDate',
    ])
  })

  it('shows what a first assessment entered, and nothing for fields left empty', () => {
    const after = makeAssessment({ note: 'Aangemeld' })
    expect(auditFieldChanges(entry({ before: null, after }))).toEqual([
      { scope: 'assessment', field: 'note', before: undefined, after: 'Aangemeld' },
    ])
  })

  it('gives the old and new value of each changed youth field, not of the app-kept ones', () => {
    const before = makeYouth({ caseOwner: 'A. Bakker', lastReviewDate: null })
    const after = makeYouth({ caseOwner: 'B. Jansen', lastReviewDate: '2026-11-01', version: 3 })
    expect(auditFieldChanges(entry({ kind: 'youth', before, after }))).toEqual([
      { scope: 'youth', field: 'caseOwner', before: 'A. Bakker', after: 'B. Jansen' },
    ])
  })

  it('lists nothing for a new youth or an uitstroom (their summary says it all)', () => {
    expect(auditFieldChanges(entry({ kind: 'youth', before: null, after: makeYouth() }))).toEqual(
      [],
    )
    const outflow = { date: '2026-11-01', destination: 'zelfstandig', reason: '01', note: '' }
    expect(auditFieldChanges(entry({ kind: 'outflow', after: outflow }))).toEqual([])
  })
})
