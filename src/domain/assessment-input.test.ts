import { assessmentDiffers, parseAssessmentInput } from './assessment-input'
import type { AssessmentInput } from './types'

function input(overrides: Partial<AssessmentInput> = {}): AssessmentInput {
  return {
    status: 'rood',
    reasonCodes: ['WON-2'],
    note: 'Wachtlijst kamertraining',
    action: 'Urgentieaanvraag opvolgen',
    owner: 'gemeente',
    dueDate: '2026-12-15',
    ...overrides,
  }
}

function errorsOf(overrides: Partial<AssessmentInput>) {
  const result = parseAssessmentInput(input(overrides))
  return result.ok ? {} : result.errors
}

describe('parseAssessmentInput', () => {
  it('accepts a complete assessment as entered', () => {
    expect(parseAssessmentInput(input())).toEqual({ ok: true, values: input() })
  })

  it('accepts a bare status without knelpunten, note, action, eigenaar or streefdatum', () => {
    const bare = input({
      status: 'groen',
      reasonCodes: [],
      note: '',
      action: '',
      owner: null,
      dueDate: null,
    })
    expect(parseAssessmentInput(bare)).toEqual({ ok: true, values: bare })
  })

  it('requires a toelichting when knelpunt OVR (overig) is chosen', () => {
    expect(errorsOf({ reasonCodes: ['OVR'], note: '' })).toEqual({ note: 'noteRequiredForOther' })
  })

  it('does not accept only spaces as the toelichting for OVR', () => {
    expect(errorsOf({ reasonCodes: ['WON-1', 'OVR'], note: '   ' })).toEqual({
      note: 'noteRequiredForOther',
    })
  })

  it('accepts OVR with a toelichting', () => {
    expect(errorsOf({ reasonCodes: ['OVR'], note: 'Jongere verhuist naar buitenland' })).toEqual({})
  })

  it('does not require a toelichting for other knelpunten', () => {
    expect(errorsOf({ reasonCodes: ['WON-1', 'JON-2'], note: '' })).toEqual({})
  })

  it('removes duplicate knelpunten and sorts them', () => {
    const result = parseAssessmentInput(
      input({ reasonCodes: ['WON-2', 'JON-1', 'WON-2', 'ORG-1'] }),
    )
    expect(result.ok && result.values.reasonCodes).toEqual(['JON-1', 'ORG-1', 'WON-2'])
  })

  it('trims the toelichting and the action', () => {
    const result = parseAssessmentInput(input({ note: '  Wachtlijst ', action: ' Bellen\n' }))
    expect(result.ok && [result.values.note, result.values.action]).toEqual([
      'Wachtlijst',
      'Bellen',
    ])
  })

  it.each(['2026-02-30', '15-12-2026', ''])('rejects the streefdatum %j', (dueDate) => {
    expect(errorsOf({ dueDate })).toEqual({ dueDate: 'invalidDate' })
  })

  it('rejects an unknown status', () => {
    expect(errorsOf({ status: 'paars' as AssessmentInput['status'] })).toEqual({
      status: 'required',
    })
  })

  it('rejects an unknown eigenaar', () => {
    expect(errorsOf({ owner: 'buurman' as AssessmentInput['owner'] })).toEqual({
      owner: 'unknownValue',
    })
  })

  it('limits the toelichting and the action to 2000 characters', () => {
    expect(errorsOf({ note: 'x'.repeat(2000) })).toEqual({})
    expect(errorsOf({ note: 'x'.repeat(2001) })).toEqual({ note: 'tooLong' })
    expect(errorsOf({ action: 'x'.repeat(2001) })).toEqual({ action: 'tooLong' })
  })
})

describe('assessmentDiffers', () => {
  it('sees no change when nothing was edited', () => {
    expect(assessmentDiffers(input(), input())).toBe(false)
  })

  it('sees no change when only the order of the knelpunten differs', () => {
    expect(
      assessmentDiffers(
        input({ reasonCodes: ['JON-1', 'WON-2'] }),
        input({ reasonCodes: ['WON-2', 'JON-1'] }),
      ),
    ).toBe(false)
  })

  it.each<[string, Partial<AssessmentInput>]>([
    ['status', { status: 'oranje' }],
    ['knelpunten', { reasonCodes: ['WON-2', 'JON-1'] }],
    ['knelpunten removed', { reasonCodes: [] }],
    ['toelichting', { note: 'Aangemeld bij gezinshuis' }],
    ['action', { action: 'Gezinshuis bellen' }],
    ['eigenaar', { owner: 'aanbieder' }],
    ['eigenaar cleared', { owner: null }],
    ['streefdatum', { dueDate: '2027-01-15' }],
    ['streefdatum cleared', { dueDate: null }],
  ])('sees a change in %s', (_, change) => {
    expect(assessmentDiffers(input(), input(change))).toBe(true)
    expect(assessmentDiffers(input(change), input())).toBe(true)
  })
})
