import { describe, expect, it } from 'vitest'
import { makeYouth } from '../../../test/factories/youth'
import {
  inReportScope,
  parseScopeKey,
  scopeChoices,
  scopeKey,
  scopeName,
  type ReportScope,
} from './scope'

describe('report scope', () => {
  it('round-trips through its key', () => {
    const scopes: ReportScope[] = [
      { kind: 'all' },
      { kind: 'gemeente', code: 'GM0518' },
      { kind: 'regio', name: 'Haaglanden' },
    ]
    for (const scope of scopes) expect(parseScopeKey(scopeKey(scope))).toEqual(scope)
    expect(parseScopeKey('gemeente:')).toBeNull()
    expect(parseScopeKey('rubbish')).toBeNull()
  })

  it('matches a gemeente by CBS code and a jeugdregio through the shipped list', () => {
    const denHaag = makeYouth({ municipalityCode: 'GM0518', jeugdregio: '' })
    expect(inReportScope(denHaag, { kind: 'gemeente', code: 'GM0518' })).toBe(true)
    expect(inReportScope(denHaag, { kind: 'gemeente', code: 'GM0599' })).toBe(false)
    expect(inReportScope(denHaag, { kind: 'regio', name: 'Haaglanden' })).toBe(true)
    expect(inReportScope(denHaag, { kind: 'regio', name: 'Rijnmond' })).toBe(false)
  })

  it('names the scope as the official municipality name', () => {
    expect(scopeName({ kind: 'gemeente', code: 'GM0518' }, 'Alle')).toBe("'s-Gravenhage")
    expect(scopeName({ kind: 'all' }, 'Alle gemeenten')).toBe('Alle gemeenten')
  })

  it('offers the gemeenten and regio’s that occur, sorted by name', () => {
    const choices = scopeChoices([
      makeYouth({ municipalityCode: 'GM0599' }),
      makeYouth({ municipalityCode: 'GM0518' }),
      makeYouth({ municipalityCode: 'GM0518' }),
    ])
    expect(choices.municipalities.map((m) => m.name)).toEqual(["'s-Gravenhage", 'Rotterdam'])
    expect(choices.regions).toEqual(['Haaglanden', 'Rijnmond'])
  })
})
