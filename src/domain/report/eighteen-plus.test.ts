import { describe, expect, it } from 'vitest'
import { makeStateOnDate, type YouthWithAssessments } from '../../../test/factories/report-state'
import { makeSettingsSwitching } from '../../../test/factories/settings'
import type { Settings, Status } from '../types'
import { eighteenPlus } from './eighteen-plus'

const PEILDATUM = '2026-03-29'

function eighteenPlusOf(entries: readonly YouthWithAssessments[], settings?: Settings) {
  return eighteenPlus(makeStateOnDate(PEILDATUM, entries, settings), PEILDATUM)
}

const born = (id: string, birthDate: string, plan?: Status): YouthWithAssessments => ({
  youth: { id, clientRef: id, birthDate },
  assess: plan ? { toekomstplan: { status: plan } } : {},
})

describe('eighteenPlus', () => {
  it('takes youths turning 18 after the peildatum, up to 6 and up to 12 months later', () => {
    const e = eighteenPlusOf([
      born('today', '2008-03-29'), // 18 on the peildatum itself: already 18, left out
      born('six', '2008-09-29'), // 18 exactly six months later: within 6
      born('seven', '2008-09-30'), // within 12
      born('twelve', '2009-03-29'), // 18 exactly twelve months later: within 12
      born('thirteen', '2009-03-30'), // left out
    ])
    expect(Object.fromEntries(e.youths.map((y) => [y.clientRef, y.within]))).toEqual({
      six: 6,
      seven: 12,
      twelve: 12,
    })
  })

  it('counts the 6-month window inside the 12-month window', () => {
    const e = eighteenPlusOf([born('six', '2008-09-29'), born('seven', '2008-09-30')])
    expect(e.windows.map((w) => [w.months, w.youths])).toEqual([
      [6, 1],
      [12, 2],
    ])
  })

  it('gives age on the peildatum and only the month of the 18th birthday', () => {
    const [youth] = eighteenPlusOf([born('a', '2008-09-29')]).youths
    expect(youth).toMatchObject({ youthId: 'a', age: 17, turns18In: '2026-09' })
  })

  it('counts the Toekomstplan 18+ status per window, onbekend when not assessed', () => {
    const e = eighteenPlusOf([
      born('a', '2008-06-01', 'oranje'),
      born('b', '2008-12-01', 'groen'),
      born('c', '2009-01-01'),
    ])
    expect(e.windows[0]?.futurePlan).toEqual({
      rood: 0,
      oranje: 1,
      onbekend: 0,
      groen: 0,
      nvt: 0,
    })
    expect(e.windows[1]?.futurePlan).toEqual({
      rood: 0,
      oranje: 1,
      onbekend: 1,
      groen: 1,
      nvt: 0,
    })
    expect(e.youths.map((y) => y.futurePlan)).toEqual(['oranje', 'groen', 'onbekend'])
  })

  it('gives no Toekomstplan 18+ figures when that precondition is switched off', () => {
    const withoutPlan = makeSettingsSwitching({ toekomstplan: false })
    const e = eighteenPlusOf([born('a', '2008-06-01', 'rood')], withoutPlan)
    expect(e.windows.map((w) => w.futurePlan)).toEqual([null, null])
    expect(e.youths[0]?.futurePlan).toBeNull()
    expect(e.windows[0]?.youths).toBe(1)
  })

  it('lists the youths by month of turning 18, then by cliëntnummer (K-9 before K-10)', () => {
    const e = eighteenPlusOf([
      born('K-10', '2008-08-20'),
      born('K-9', '2008-08-25'),
      born('K-1', '2008-12-01'),
      born('K-2', '2008-07-31'),
    ])
    expect(e.youths.map((y) => y.clientRef)).toEqual(['K-2', 'K-9', 'K-10', 'K-1'])
  })

  it('leaves out youths not placed on the peildatum', () => {
    const e = eighteenPlusOf([
      { youth: { id: 'later', birthDate: '2008-06-01', placementDate: '2026-04-01' } },
    ])
    expect(e.youths).toEqual([])
    expect(e.windows.map((w) => w.youths)).toEqual([0, 0])
  })
})
