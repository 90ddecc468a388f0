import { describe, expect, it } from 'vitest'
import { makeAssessment } from '../../../test/factories/assessment'
import { makeSettings } from '../../../test/factories/settings'
import { makeYouth } from '../../../test/factories/youth'
import type { Assessment, ReviewSnapshot } from '../types'
import {
  buildSnapshot,
  changedSincePrevious,
  latestEntries,
  snapshotEntry,
  snapshotTotals,
} from './snapshot'

const settings = makeSettings()
const preconditions = settings.preconditions.filter((p) => p.enabled)

function assessments(list: Assessment[]) {
  const map = new Map<string, Map<string, Assessment>>()
  for (const a of list) {
    const inner = map.get(a.youthId) ?? new Map<string, Assessment>()
    inner.set(a.preconditionId, a)
    map.set(a.youthId, inner)
  }
  return map
}

const older = makeYouth({ id: 'a', birthDate: '2009-05-01' })
const younger = makeYouth({ id: 'b', clientRef: 'K-2', birthDate: '2013-05-01' })

function snapshotOf(list: Assessment[], date = '2026-11-10', id = 'r1'): ReviewSnapshot {
  return buildSnapshot({
    review: { id, date },
    youths: [older, younger],
    assessments: assessments(list),
    preconditions,
    settings,
    discussed: new Set(['a']),
    closedAt: `${date}T12:00:00.000Z`,
  })
}

describe('review snapshot', () => {
  it('records every youth and enabled precondition as it applied on the review date', () => {
    const snapshot = snapshotOf([
      makeAssessment({
        youthId: 'a',
        preconditionId: 'wonen',
        status: 'rood',
        reasonCodes: ['WON-1', 'WON-2'],
        owner: 'gemeente',
      }),
      makeAssessment({ youthId: 'b', preconditionId: 'toekomstplan', status: 'rood' }),
    ])
    const a = snapshotEntry(snapshot, 'a')
    expect(a?.statuses).toEqual({ wonen: 'rood', school: 'onbekend', toekomstplan: 'onbekend' })
    expect(a?.reasonCodes.wonen).toEqual(['WON-1', 'WON-2'])
    expect(a?.owners.wonen).toBe('gemeente')
    expect(a?.discussed).toBe(true)
    // 13 years old on the review date: Toekomstplan 18+ does not apply yet, whatever was stored.
    expect(snapshotEntry(snapshot, 'b')?.statuses.toekomstplan).toBe('nvt')
    expect(snapshotEntry(snapshot, 'b')?.discussed).toBe(false)
  })

  it('is a copy: changing the assessments afterwards does not change the snapshot', () => {
    const wonen = makeAssessment({ youthId: 'a', status: 'oranje', reasonCodes: ['WON-2'] })
    const snapshot = snapshotOf([wonen])
    wonen.status = 'groen'
    wonen.reasonCodes.push('WON-3')
    expect(snapshotEntry(snapshot, 'a')?.statuses.wonen).toBe('oranje')
    expect(snapshotEntry(snapshot, 'a')?.reasonCodes.wonen).toEqual(['WON-2'])
  })

  it('knows nothing of a youth that was not in the review', () => {
    expect(snapshotEntry(snapshotOf([]), 'elsewhere')).toBeNull()
  })

  it('counts youths per totaalstatus and rood per precondition', () => {
    const totals = snapshotTotals(
      snapshotOf([
        makeAssessment({ youthId: 'a', preconditionId: 'wonen', status: 'rood' }),
        makeAssessment({ youthId: 'a', preconditionId: 'school', status: 'rood' }),
        makeAssessment({ youthId: 'a', preconditionId: 'toekomstplan', status: 'groen' }),
        makeAssessment({ youthId: 'b', preconditionId: 'wonen', status: 'groen' }),
        makeAssessment({ youthId: 'b', preconditionId: 'school', status: 'groen' }),
      ]),
    )
    expect(totals.total).toEqual({ rood: 1, oranje: 0, onbekend: 0, groen: 1 })
    expect(totals.redPerPrecondition).toEqual({ wonen: 1, school: 1, toekomstplan: 0 })
  })

  it("takes a youth's previous review from the newest snapshot that included it", () => {
    const october = snapshotOf(
      [makeAssessment({ youthId: 'a', status: 'rood' })],
      '2026-10-10',
      'oct',
    )
    const november = buildSnapshot({
      review: { id: 'nov', date: '2026-11-10' },
      youths: [younger],
      assessments: new Map(),
      preconditions,
      settings,
      discussed: new Set(),
      closedAt: '2026-11-10T12:00:00.000Z',
    })
    const entries = latestEntries([october, november], ['a', 'b', 'new'])
    expect(entries.get('a')?.reviewId).toBe('oct')
    expect(entries.get('a')?.statuses.wonen).toBe('rood')
    expect(entries.get('b')?.reviewId).toBe('nov')
    expect(entries.has('new')).toBe(false)
  })
})

describe('change against the previous review', () => {
  const previous = snapshotEntry(
    snapshotOf([makeAssessment({ youthId: 'a', status: 'rood' })]),
    'a',
  )

  it('lists the preconditions whose colour differs from the previous review', () => {
    expect(
      changedSincePrevious(previous, {
        wonen: 'oranje',
        school: 'onbekend',
        toekomstplan: 'onbekend',
      }),
    ).toEqual(['wonen'])
  })

  it('marks nothing as changed for a youth that was never reviewed', () => {
    expect(changedSincePrevious(null, { wonen: 'rood' })).toEqual([])
  })

  it('does not call a newly added precondition a change', () => {
    expect(changedSincePrevious(previous, { wonen: 'rood', netwerk: 'rood' })).toEqual([])
  })
})
