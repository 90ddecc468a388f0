import { describe, expect, it } from 'vitest'
import {
  agreementsForRonde,
  agreementVisibleIn,
  closeAgreement,
  reopenAgreement,
} from './agreements'
import type { Agreement } from './types'

const R1 = '2026-02-15'
const R2 = '2026-03-29'
const R3 = '2026-05-10'
const R4 = '2026-06-21'

function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: 'ag-1',
    providerKey: 'stichting de linde',
    providerName: 'Stichting De Linde',
    rondeDate: R2,
    reasonCode: 'WON-2',
    clientRef: null,
    text: 'Twee plekken kamertraining vrijhouden',
    owner: 'gemeente',
    dueDate: '2026-04-15',
    status: 'open',
    closedRonde: null,
    createdAt: '2026-03-30T10:00:00.000Z',
    updatedAt: '2026-03-30T10:00:00.000Z',
    version: 1,
    ...overrides,
  }
}

describe('afspraken per ronde', () => {
  it('an open afspraak shows in the ronde it was made and every later ronde, never before', () => {
    const a = agreement()
    expect([R1, R2, R3, R4].map((r) => agreementVisibleIn(a, r))).toEqual([false, true, true, true])
  })

  it('a closed afspraak shows up to and including the ronde in which it was closed', () => {
    const a = closeAgreement(agreement(), R3, '2026-05-11T09:00:00.000Z')
    expect(a).toMatchObject({ status: 'afgerond', closedRonde: R3, version: 2 })
    expect([R1, R2, R3, R4].map((r) => agreementVisibleIn(a, r))).toEqual([
      false,
      true,
      true,
      false,
    ])
  })

  it('marks carry-over, closing in this ronde and a passed streefdatum', () => {
    const open = agreement({ id: 'open' })
    const closed = closeAgreement(agreement({ id: 'closed' }), R3, '2026-05-11T09:00:00.000Z')
    const shown = agreementsForRonde([closed, open], R3, '2026-05-11')
    expect(shown.map((s) => [s.agreement.id, s.carriedOver, s.closedHere, s.overdue])).toEqual([
      ['open', true, false, true],
      ['closed', true, true, false],
    ])
    expect(agreementsForRonde([open], R2, '2026-04-01')[0]).toMatchObject({
      carriedOver: false,
      overdue: false,
    })
  })

  it('a reopened afspraak carries over again', () => {
    const a = reopenAgreement(closeAgreement(agreement(), R2, 'x'), '2026-05-11T09:00:00.000Z')
    expect(a).toMatchObject({ status: 'open', closedRonde: null, version: 3 })
    expect(agreementVisibleIn(a, R4)).toBe(true)
  })
})
