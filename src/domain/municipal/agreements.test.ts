import { describe, expect, it } from 'vitest'
import { changesBetween, normaliseAgreement, withEvent } from '../agreements/history'
import {
  agreementInRonde,
  agreementsForRonde,
  agreementVisibleIn,
  closeAgreement,
  reopenAgreement,
} from './agreements'
import type { Agreement, StoredAgreement } from './types'

const R1 = '2026-02-15'
const R2 = '2026-03-29'
const R3 = '2026-05-10'
const R4 = '2026-06-21'

function agreement(overrides: Partial<Agreement> = {}): Agreement {
  const made: Agreement = {
    id: '11111111-2222-4333-8444-555555555555',
    providerKey: 'stichting de linde',
    providerName: 'Stichting De Linde',
    rondeDate: R2,
    reasonCode: 'WON-2',
    clientRefs: [],
    text: 'Twee plekken kamertraining vrijhouden',
    owner: 'gemeente',
    dueDate: '2026-04-15',
    kind: null,
    response: null,
    status: 'open',
    closedRonde: null,
    history: [],
    sentAt: null,
    createdAt: '2026-03-30T10:00:00.000Z',
    updatedAt: '2026-03-30T10:00:00.000Z',
    version: 1,
    ...overrides,
  }
  return withEvent(made, { event: 'gemaakt', ronde: made.rondeDate, at: made.createdAt, by: 'A' })
}

/** An edit as the repository makes it: new values, one `gewijzigd` event in ronde `ronde`. */
function edit(a: Agreement, changes: Partial<Agreement>, ronde: string, at: string): Agreement {
  const after = { ...a, ...changes, updatedAt: at, version: a.version + 1 }
  return withEvent(after, {
    event: 'gewijzigd',
    ronde,
    at,
    by: 'B',
    changes: changesBetween(a, after),
  })
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
    const closed = closeAgreement(agreement(), R2, '2026-04-01T09:00:00.000Z')
    const a = reopenAgreement(closed, '2026-05-11T09:00:00.000Z', R3)
    expect(a).toMatchObject({ status: 'open', closedRonde: null, version: 3 })
    expect(agreementVisibleIn(a, R4)).toBe(true)
  })
})

describe('an afspraak as it stood at a ronde (issue 21 item 3)', () => {
  it('closed two rondes later, it is open in the earlier ronde with the text of then', () => {
    const made = agreement()
    const edited = edit(made, { text: 'Drie plekken' }, R3, '2026-05-11T09:00:00.000Z')
    const closed = closeAgreement(edited, R4, '2026-06-22T09:00:00.000Z', 'C')
    const then = agreementInRonde(closed, R2)
    expect(then).toMatchObject({ status: 'open', closedRonde: null, text: made.text })
    expect(then?.history.map((e) => e.event)).toEqual(['gemaakt'])
    expect(agreementInRonde(closed, R3)).toMatchObject({ status: 'open', text: 'Drie plekken' })
    expect(agreementInRonde(closed, R4)).toMatchObject({ status: 'afgerond', closedRonde: R4 })
    expect(agreementInRonde(closed, R4)?.history.map((e) => [e.event, e.ronde, e.by])).toEqual([
      ['gemaakt', R2, 'A'],
      ['gewijzigd', R3, 'B'],
      ['afgerond', R4, 'C'],
    ])
  })

  it('a reopened afspraak shows closed in the ronde it was closed in, open after', () => {
    const closed = closeAgreement(agreement(), R3, '2026-05-11T09:00:00.000Z')
    const reopened = reopenAgreement(closed, '2026-06-22T09:00:00.000Z', R4)
    expect(agreementInRonde(reopened, R3)).toMatchObject({ status: 'afgerond', closedRonde: R3 })
    expect(agreementInRonde(reopened, R4)).toMatchObject({ status: 'open' })
  })

  it('records which fields changed, before and after', () => {
    const made = agreement({ clientRefs: ['K-1'] })
    const after = { ...made, clientRefs: ['K-1', 'K-2'], dueDate: null }
    expect(changesBetween(made, after)).toEqual([
      { field: 'dueDate', before: '2026-04-15', after: null },
      { field: 'clientRefs', before: ['K-1'], after: ['K-1', 'K-2'] },
    ])
  })

  it('an old record gets a made event, a closed event, and its old eigenaar kept', () => {
    const old = {
      id: '11111111-2222-4333-8444-555555555550',
      providerKey: 'zorg a',
      providerName: 'Zorg A',
      rondeDate: R2,
      reasonCode: null,
      clientRef: 'K-7',
      text: 'Oud',
      owner: 'woningcorporatie',
      dueDate: null,
      status: 'afgerond',
      closedRonde: R3,
      createdAt: '2026-03-30T10:00:00.000Z',
      updatedAt: '2026-05-11T10:00:00.000Z',
      version: 2,
    } satisfies StoredAgreement
    const a = normaliseAgreement(old)
    expect(a).toMatchObject({ clientRefs: ['K-7'], owner: 'samen', kind: null, sentAt: null })
    expect(a.history.map((e) => [e.event, e.ronde, e.changes])).toEqual([
      ['gemaakt', R2, []],
      ['gewijzigd', R2, [{ field: 'owner', before: 'woningcorporatie', after: 'samen' }]],
      ['afgerond', R3, []],
    ])
    expect(agreementInRonde(a, R2)).toMatchObject({ status: 'open' })
    expect(normaliseAgreement(old).history.map((e) => e.id)).toEqual(a.history.map((e) => e.id))
  })
})
