import { describe, expect, it } from 'vitest'
import { makeExchangeYouth } from '../../../test/factories/exchange'
import { rowInSelection, scopesOverlap, scopeWithin } from './scope'

const HAAG = { kind: 'gemeente', code: 'GM0518', name: "'s-Gravenhage" } as const
const ROTTERDAM = { kind: 'gemeente', code: 'GM0599', name: 'Rotterdam' } as const
const HAAGLANDEN = { kind: 'regio', name: 'Haaglanden' } as const
const ALL = { kind: 'all', name: 'Alle gemeenten' } as const

describe('selection and scope', () => {
  it('a file scope lies inside selection all, its own gemeente, and its own jeugdregio', () => {
    expect(scopeWithin(HAAG, { kind: 'all' })).toBe(true)
    expect(scopeWithin(ALL, { kind: 'all' })).toBe(true)
    expect(scopeWithin(HAAG, { kind: 'gemeente', code: 'GM0518' })).toBe(true)
    expect(scopeWithin(HAAG, { kind: 'regio', name: 'Haaglanden' })).toBe(true)
    expect(scopeWithin(HAAGLANDEN, { kind: 'regio', name: 'Haaglanden' })).toBe(true)
  })

  it('a wider or other file scope does not lie inside the selection', () => {
    expect(scopeWithin(ALL, { kind: 'gemeente', code: 'GM0518' })).toBe(false)
    expect(scopeWithin(HAAGLANDEN, { kind: 'gemeente', code: 'GM0518' })).toBe(false)
    expect(scopeWithin(ROTTERDAM, { kind: 'regio', name: 'Haaglanden' })).toBe(false)
    expect(scopeWithin(ALL, { kind: 'regio', name: 'Haaglanden' })).toBe(false)
  })

  it('scopes overlap when one lies inside the other', () => {
    expect(scopesOverlap(ALL, { kind: 'gemeente', code: 'GM0599' })).toBe(true)
    expect(scopesOverlap(HAAGLANDEN, { kind: 'gemeente', code: 'GM0518' })).toBe(true)
    expect(scopesOverlap(ROTTERDAM, { kind: 'regio', name: 'Haaglanden' })).toBe(false)
  })

  it('a youth row is in the selection by its gemeente, or its jeugdregio from the shipped list', () => {
    const haag = makeExchangeYouth({ municipalityCode: 'GM0518', jeugdregio: 'Verkeerd' })
    expect(rowInSelection(haag, { kind: 'gemeente', code: 'GM0518' })).toBe(true)
    expect(rowInSelection(haag, { kind: 'gemeente', code: 'GM0599' })).toBe(false)
    expect(rowInSelection(haag, { kind: 'regio', name: 'Haaglanden' })).toBe(true)
    expect(rowInSelection(haag, { kind: 'all' })).toBe(true)
    // A code the shipped list does not know: the jeugdregio as the provider wrote it.
    const unknown = makeExchangeYouth({ municipalityCode: 'GM9999', jeugdregio: 'Haaglanden' })
    expect(rowInSelection(unknown, { kind: 'regio', name: 'Haaglanden' })).toBe(true)
  })
})
