import { describe, expect, it } from 'vitest'
import { makeYouth } from '../../../test/factories/youth'
import { inReviewScope, reviewWalkOrder } from './scope'

const youths = [
  makeYouth({ id: '1', clientRef: 'K-10', location: 'De Linde', municipalityCode: 'GM0518' }),
  makeYouth({ id: '2', clientRef: 'K-9', location: 'De Linde', municipalityCode: 'GM0599' }),
  makeYouth({ id: '3', clientRef: 'K-1', location: 'Atlas', municipalityCode: 'GM0518' }),
  makeYouth({
    id: '4',
    clientRef: 'K-2',
    location: 'Atlas',
    outflow: { date: '2026-10-01', destination: 'zelfstandig', reason: '01', note: '' },
  }),
]

describe('review scope', () => {
  it('walks all placed youths per locatie, then by cliëntnummer in natural order', () => {
    expect(reviewWalkOrder(youths, { kind: 'all' })).toEqual(['3', '2', '1'])
  })

  it('leaves out youths who already left care', () => {
    const left = youths[3]
    expect(left && inReviewScope(left, { kind: 'all' })).toBe(false)
  })

  it('can be limited to one locatie or one gemeente', () => {
    expect(reviewWalkOrder(youths, { kind: 'location', value: 'De Linde' })).toEqual(['2', '1'])
    expect(reviewWalkOrder(youths, { kind: 'municipality', value: 'GM0518' })).toEqual(['3', '1'])
  })
})
