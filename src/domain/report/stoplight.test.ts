import { describe, expect, it } from 'vitest'
import { makeStateOnDate, type YouthWithAssessments } from '../../../test/factories/report-state'
import { makeSettings, makeSettingsSwitching } from '../../../test/factories/settings'
import type { Status } from '../types'
import { changeOf, stoplight } from './stoplight'
import type { YouthOnDate } from './youth-state'

const PEILDATUM = '2026-03-29'
const PREVIOUS = '2026-02-15'

/** A youth of 17 with all three default preconditions assessed with the same status. */
function allThree(id: string, status: Status): YouthWithAssessments {
  return {
    youth: { id, birthDate: '2009-01-01' },
    assess: { wonen: { status }, school: { status }, toekomstplan: { status } },
  }
}

function youthOn(date: string, entry: YouthWithAssessments): YouthOnDate {
  const youth = makeStateOnDate(date, [entry]).youths.get(entry.youth.id)
  if (!youth) throw new Error(`${entry.youth.id} is not placed on ${date}`)
  return youth
}

describe('changeOf', () => {
  const now = (status: Status) => youthOn(PEILDATUM, allThree('a', status))
  const before = (status: Status) => youthOn(PREVIOUS, allThree('a', status))

  it('calls a youth nieuw when it was not placed (in scope) on the previous peildatum', () => {
    expect(changeOf(now('groen'), undefined)).toBe('nieuw')
  })

  it('calls a move towards groen beter and a move towards rood slechter', () => {
    expect(changeOf(now('oranje'), before('rood'))).toBe('beter')
    expect(changeOf(now('rood'), before('oranje'))).toBe('slechter')
  })

  it('counts onbekend between oranje and groen: from onbekend to groen is beter', () => {
    const unassessed = youthOn(PREVIOUS, { youth: { id: 'a', birthDate: '2009-01-01' } })
    expect(unassessed.total).toBe('onbekend')
    expect(changeOf(now('groen'), unassessed)).toBe('beter')
    expect(changeOf(now('oranje'), unassessed)).toBe('slechter')
  })

  it('calls the same totaalstatus gelijk, even when a single precondition changed', () => {
    const mixed = youthOn(PREVIOUS, {
      youth: { id: 'a', birthDate: '2009-01-01' },
      assess: {
        wonen: { status: 'rood' },
        school: { status: 'groen' },
        toekomstplan: { status: 'groen' },
      },
    })
    expect(changeOf(now('rood'), mixed)).toBe('gelijk')
  })
})

describe('stoplight', () => {
  it('counts the totaalstatus of the youths placed now and on the previous peildatum', () => {
    const s = stoplight(
      makeStateOnDate(PEILDATUM, [
        allThree('a', 'rood'),
        allThree('b', 'rood'),
        allThree('c', 'groen'),
      ]),
      makeStateOnDate(PREVIOUS, [allThree('a', 'rood'), allThree('b', 'oranje')]),
    )
    expect(s.total).toEqual({
      rood: { count: 2, previous: 1 },
      oranje: { count: 0, previous: 1 },
      onbekend: { count: 0, previous: 0 },
      groen: { count: 1, previous: 0 },
    })
  })

  it('counts every status per precondition, n.v.t. included, next to the previous count', () => {
    const s = stoplight(
      makeStateOnDate(PEILDATUM, [
        { youth: { id: 'a' }, assess: { wonen: { status: 'rood' } } },
        { youth: { id: 'b' }, assess: { wonen: { status: 'oranje' } } },
        { youth: { id: 'young', birthDate: '2012-01-01' } },
      ]),
      makeStateOnDate(PREVIOUS, [{ youth: { id: 'a' }, assess: { wonen: { status: 'oranje' } } }]),
    )
    const wonen = s.perPrecondition.find((p) => p.preconditionId === 'wonen')
    expect(wonen?.counts).toEqual({
      rood: { count: 1, previous: 0 },
      oranje: { count: 1, previous: 1 },
      onbekend: { count: 1, previous: 0 },
      groen: { count: 0, previous: 0 },
      nvt: { count: 0, previous: 0 },
    })
    // Youth a turned 16 on 10-03-2026, between the two peildatums: Toekomstplan 18+ n.v.t. before.
    const plan = s.perPrecondition.find((p) => p.preconditionId === 'toekomstplan')
    expect(plan?.counts.nvt).toEqual({ count: 1, previous: 1 })
    expect(plan?.counts.onbekend).toEqual({ count: 2, previous: 0 })
  })

  it('gives no previous count for a precondition that was not in use on the previous peildatum', () => {
    const withFollowUp = makeSettingsSwitching({ vervolghulp: true })
    const s = stoplight(
      makeStateOnDate(
        PEILDATUM,
        [{ youth: { id: 'a' }, assess: { vervolghulp: { status: 'rood' } } }],
        withFollowUp,
      ),
      makeStateOnDate(PREVIOUS, [{ youth: { id: 'a' } }], makeSettings()),
    )
    expect(s.perPrecondition.map((p) => p.preconditionId)).toEqual([
      'wonen',
      'school',
      'toekomstplan',
      'vervolghulp',
    ])
    const followUp = s.perPrecondition[3]
    expect(followUp?.counts.rood).toEqual({ count: 1, previous: null })
    expect(s.perPrecondition[0]?.counts.onbekend).toEqual({ count: 1, previous: 1 })
  })

  it('counts how many youths got better, worse, stayed the same or are new', () => {
    const s = stoplight(
      makeStateOnDate(PEILDATUM, [
        allThree('better', 'groen'),
        allThree('worse', 'rood'),
        allThree('same', 'oranje'),
        allThree('new', 'rood'),
      ]),
      makeStateOnDate(PREVIOUS, [
        allThree('better', 'oranje'),
        allThree('worse', 'groen'),
        allThree('same', 'oranje'),
        allThree('left', 'rood'),
      ]),
    )
    expect(s.change).toEqual({ beter: 1, slechter: 1, gelijk: 1, nieuw: 1 })
  })
})
