import { describe, expect, it } from 'vitest'
import { makeHistoricState, makeStateOnDate } from '../../../test/factories/report-state'
import { makeSettingsSwitching } from '../../../test/factories/settings'
import { makeYouth } from '../../../test/factories/youth'
import { isPlacedOn, stateOnDate } from './youth-state'

const PEILDATUM = '2026-03-29'

describe('isPlacedOn', () => {
  it('counts a youth as placed from the plaatsingsdatum itself', () => {
    expect(isPlacedOn(makeYouth({ placementDate: PEILDATUM }), PEILDATUM)).toBe(true)
    expect(isPlacedOn(makeYouth({ placementDate: '2026-03-30' }), PEILDATUM)).toBe(false)
  })

  it('no longer counts a youth on the day of the uitstroom, but still the day before', () => {
    const outflow = (date: string) =>
      makeYouth({ outflow: { date, destination: 'pleeggezin', reason: '01', note: '' } })
    expect(isPlacedOn(outflow(PEILDATUM), PEILDATUM)).toBe(false)
    expect(isPlacedOn(outflow('2026-03-30'), PEILDATUM)).toBe(true)
  })
})

describe('stateOnDate', () => {
  it('holds only the youths placed on the date and inside the scope', () => {
    const state = makeHistoricState([
      { youth: { id: 'placed' } },
      { youth: { id: 'later', placementDate: '2026-04-01' } },
      {
        youth: {
          id: 'left',
          outflow: { date: '2026-03-01', destination: 'zelfstandig', reason: '01', note: '' },
        },
      },
      { youth: { id: 'rotterdam', municipalityCode: 'GM0599' } },
    ])
    const onDate = stateOnDate(state, PEILDATUM, { kind: 'gemeente', code: 'GM0518' })
    expect(onDate.date).toBe(PEILDATUM)
    expect([...onDate.youths.keys()]).toEqual(['placed'])
  })

  it('gives onbekend to a precondition nobody assessed and n.v.t. to Toekomstplan 18+ below 16', () => {
    // Born 01-01-2011: 15 on the peildatum, below the default Toekomstplan 18+ age of 16.
    const onDate = makeStateOnDate(PEILDATUM, [
      { youth: { id: 'a', birthDate: '2011-01-01' }, assess: { wonen: { status: 'oranje' } } },
    ])
    const a = onDate.youths.get('a')
    expect(Object.fromEntries(a?.statuses ?? [])).toEqual({
      wonen: 'oranje',
      school: 'onbekend',
      toekomstplan: 'nvt',
    })
    expect(a?.total).toBe('oranje')
  })

  it('applies Toekomstplan 18+ from the 16th birthday, on the date of the report', () => {
    const onDate = makeStateOnDate(PEILDATUM, [
      { youth: { id: 'sixteen-today', birthDate: '2010-03-29' } },
      { youth: { id: 'sixteen-tomorrow', birthDate: '2010-03-30' } },
    ])
    expect(onDate.youths.get('sixteen-today')?.statuses.get('toekomstplan')).toBe('onbekend')
    expect(onDate.youths.get('sixteen-tomorrow')?.statuses.get('toekomstplan')).toBe('nvt')
  })

  it('gives two youths with the same birth date each their own assessed status', () => {
    const onDate = makeStateOnDate(PEILDATUM, [
      { youth: { id: 'a' }, assess: { wonen: { status: 'rood' } } },
      { youth: { id: 'b' }, assess: { wonen: { status: 'groen' } } },
    ])
    expect(onDate.youths.get('a')?.statuses.get('wonen')).toBe('rood')
    expect(onDate.youths.get('b')?.statuses.get('wonen')).toBe('groen')
  })

  it('takes the totaalstatus as the worst applicable status: onbekend is worse than groen', () => {
    const onDate = makeStateOnDate(PEILDATUM, [
      {
        youth: { id: 'a' },
        assess: { wonen: { status: 'groen' }, school: { status: 'groen' } },
      },
      {
        youth: { id: 'b' },
        assess: {
          wonen: { status: 'groen' },
          school: { status: 'groen' },
          toekomstplan: { status: 'groen' },
        },
      },
    ])
    expect(onDate.youths.get('a')?.total).toBe('onbekend')
    expect(onDate.youths.get('b')?.total).toBe('groen')
  })

  it('uses the preconditions switched on at that date, in settings order', () => {
    const onDate = makeStateOnDate(
      PEILDATUM,
      [{ youth: { id: 'a' }, assess: { school: { status: 'rood' } } }],
      makeSettingsSwitching({ school: false, vervolghulp: true }),
    )
    expect(onDate.preconditionIds).toEqual(['wonen', 'toekomstplan', 'vervolghulp'])
    // The rood on School, which is switched off, no longer counts.
    expect(onDate.youths.get('a')?.statuses.has('school')).toBe(false)
    expect(onDate.youths.get('a')?.total).toBe('onbekend')
  })
})
