import { type OutflowInput, parseOutflowInput } from './outflow-input'

const PLACED = '2025-02-01'
const TODAY = '2026-11-23'

function input(overrides: Partial<OutflowInput> = {}): OutflowInput {
  return {
    date: '2026-11-01',
    destination: 'kamertraining',
    reason: '01',
    note: 'Volgens plan naar kamertraining',
    ...overrides,
  }
}

function errorsOf(overrides: Partial<OutflowInput>) {
  const result = parseOutflowInput(input(overrides), PLACED, TODAY)
  return result.ok ? {} : result.errors
}

describe('parseOutflowInput', () => {
  it('accepts an uitstroom with date, bestemming and reden', () => {
    expect(parseOutflowInput(input(), PLACED, TODAY)).toEqual({
      ok: true,
      values: {
        date: '2026-11-01',
        destination: 'kamertraining',
        reason: '01',
        note: 'Volgens plan naar kamertraining',
      },
    })
  })

  it('requires a date', () => {
    expect(errorsOf({ date: '' })).toEqual({ date: 'required' })
    expect(errorsOf({ date: '  ' })).toEqual({ date: 'required' })
  })

  it('rejects a date that does not exist', () => {
    expect(errorsOf({ date: '2026-02-30' })).toEqual({ date: 'invalidDate' })
    expect(errorsOf({ date: '01-11-2026' })).toEqual({ date: 'invalidDate' })
  })

  it('rejects an uitstroom before the plaatsingsdatum but accepts the plaatsingsdatum itself', () => {
    expect(errorsOf({ date: '2025-01-31' })).toEqual({ date: 'beforePlacement' })
    expect(errorsOf({ date: PLACED })).toEqual({})
  })

  it('rejects an uitstroom in the future but accepts today', () => {
    expect(errorsOf({ date: '2026-11-24' })).toEqual({ date: 'dateInFuture' })
    expect(errorsOf({ date: TODAY })).toEqual({})
  })

  it('trims the date and the note', () => {
    const result = parseOutflowInput(
      input({ date: ' 2026-11-01 ', note: '  Naar huis ' }),
      PLACED,
      TODAY,
    )
    expect(result.ok && [result.values.date, result.values.note]).toEqual([
      '2026-11-01',
      'Naar huis',
    ])
  })

  it('requires a bestemming from the list', () => {
    expect(errorsOf({ destination: '' })).toEqual({ destination: 'required' })
    expect(errorsOf({ destination: 'buitenland' })).toEqual({ destination: 'required' })
  })

  it('requires a CBS reden beëindiging 01 to 05', () => {
    expect(errorsOf({ reason: '' })).toEqual({ reason: 'required' })
    expect(errorsOf({ reason: '06' })).toEqual({ reason: 'required' })
    expect(errorsOf({ reason: '1' })).toEqual({ reason: 'required' })
    for (const reason of ['01', '02', '03', '04', '05']) expect(errorsOf({ reason })).toEqual({})
  })

  it('allows an empty note but not one over 2000 characters', () => {
    expect(errorsOf({ note: '' })).toEqual({})
    expect(errorsOf({ note: 'x'.repeat(2001) })).toEqual({ note: 'tooLong' })
  })

  it('reports every missing field at once', () => {
    expect(errorsOf({ date: '', destination: '', reason: '' })).toEqual({
      date: 'required',
      destination: 'required',
      reason: 'required',
    })
  })
})
