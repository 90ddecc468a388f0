import { totalStatus } from './total-status'
import type { Status } from './types'

describe('totalStatus', () => {
  it('is rood when any applicable precondition is rood', () => {
    expect(totalStatus(['groen', 'oranje', 'rood', 'onbekend'])).toBe('rood')
  })

  it('is oranje when the worst applicable status is oranje', () => {
    expect(totalStatus(['groen', 'oranje', 'onbekend'])).toBe('oranje')
  })

  it('ranks onbekend as worse than groen: one unassessed precondition makes the total onbekend', () => {
    expect(totalStatus(['groen', 'groen', 'onbekend'])).toBe('onbekend')
  })

  it('is groen only when every applicable precondition is groen', () => {
    expect(totalStatus(['groen', 'groen', 'groen'])).toBe('groen')
  })

  it('counts n.v.t. never towards the totaalstatus', () => {
    expect(totalStatus(['groen', 'nvt', 'groen'])).toBe('groen')
    expect(totalStatus(['nvt', 'oranje'])).toBe('oranje')
  })

  it('is onbekend, never groen, when nothing applies', () => {
    expect(totalStatus(['nvt', 'nvt', 'nvt'])).toBe('onbekend')
  })

  it('is onbekend for a youth without any preconditions', () => {
    expect(totalStatus([])).toBe('onbekend')
  })

  it('does not depend on the order of the preconditions', () => {
    const statuses: Status[] = ['nvt', 'groen', 'oranje', 'onbekend']
    const orders: Status[][] = [
      statuses,
      [...statuses].reverse(),
      ['oranje', 'nvt', 'onbekend', 'groen'],
    ]
    for (const order of orders) expect(totalStatus(order)).toBe('oranje')
  })

  it('accepts the statuses of a map directly', () => {
    const byPrecondition = new Map<string, Status>([
      ['wonen', 'groen'],
      ['school', 'rood'],
      ['toekomstplan', 'nvt'],
    ])
    expect(totalStatus(byPrecondition.values())).toBe('rood')
  })
})
