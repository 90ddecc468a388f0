import { describe, expect, it } from 'vitest'
import { makeStateOnDate, type YouthWithAssessments } from '../../../test/factories/report-state'
import { makeSettings } from '../../../test/factories/settings'
import { youthRows } from './youth-rows'

const PEILDATUM = '2026-03-29'
const PREVIOUS = '2026-02-15'

function rowsOf(
  entries: readonly YouthWithAssessments[],
  previous: readonly YouthWithAssessments[] = [],
) {
  return youthRows(
    makeStateOnDate(PEILDATUM, entries),
    makeStateOnDate(PREVIOUS, previous),
    makeSettings(),
  )
}

describe('the Jongerenlijst row of a youth', () => {
  it('gives age, verblijfsduur and days over the beoogde uitstroomdatum on the peildatum', () => {
    const [row] = rowsOf([
      {
        youth: {
          id: 'a',
          birthDate: '2008-06-10',
          placementDate: '2025-03-01',
          expectedOutflowDate: '2026-03-01',
        },
        assess: { wonen: { status: 'rood' } },
      },
    ])
    expect(row).toMatchObject({
      youthId: 'a',
      clientRef: 'K-2025-017',
      municipalityCode: 'GM0518',
      jeugdregio: 'Haaglanden',
      age: 17,
      placementDate: '2025-03-01',
      lengthOfStayDays: 365 + 28,
      expectedOutflowDate: '2026-03-01',
      daysOverdue: 28,
      perspective: 'kamertraining',
      statuses: { wonen: 'rood', school: 'onbekend', toekomstplan: 'onbekend' },
      totalStatus: 'rood',
    })
  })

  it('gives 0 days over when the beoogde uitstroomdatum is not passed or not set', () => {
    const rows = rowsOf([
      { youth: { id: 'on-the-day', clientRef: 'K-1', expectedOutflowDate: PEILDATUM } },
      { youth: { id: 'later', clientRef: 'K-2', expectedOutflowDate: '2026-06-01' } },
      { youth: { id: 'none', clientRef: 'K-3', expectedOutflowDate: null } },
    ])
    expect(rows.map((r) => r.daysOverdue)).toEqual([0, 0, 0])
  })

  it('lists the knelpuntcodes of rood and oranje preconditions, each once and sorted', () => {
    const [row] = rowsOf([
      {
        youth: { id: 'a' },
        assess: {
          wonen: { status: 'rood', reasonCodes: ['WON-2', 'JON-1'] },
          school: { status: 'oranje', reasonCodes: ['JON-1', 'SCH-1'] },
          toekomstplan: { status: 'groen', reasonCodes: ['INK-1'] },
        },
      },
    ])
    expect(row?.reasonCodes).toEqual(['JON-1', 'SCH-1', 'WON-2'])
  })

  it('lists an action for each open precondition with an actie, eigenaar or streefdatum', () => {
    const [row] = rowsOf([
      {
        youth: { id: 'a' },
        assess: {
          wonen: { status: 'rood', action: 'Urgentie aanvragen', owner: 'woningcorporatie' },
          school: { status: 'oranje' }, // nothing planned: no action line
          toekomstplan: { status: 'oranje', dueDate: '2026-06-01' },
        },
      },
      {
        youth: { id: 'b', clientRef: 'K-2' },
        assess: { wonen: { status: 'groen', action: 'Verhuizing begeleiden', owner: 'aanbieder' } },
      },
    ])
    expect(row?.actions).toEqual([
      {
        preconditionId: 'wonen',
        status: 'rood',
        action: 'Urgentie aanvragen',
        owner: 'woningcorporatie',
        dueDate: null,
      },
      {
        preconditionId: 'toekomstplan',
        status: 'oranje',
        action: '',
        owner: null,
        dueDate: '2026-06-01',
      },
    ])
  })

  it('says how the totaalstatus changed since the previous peildatum', () => {
    // Born 2009: 17 on both peildatums, so Toekomstplan 18+ applies both times.
    const youth = (id: string, status: 'rood' | 'oranje' | 'groen'): YouthWithAssessments => ({
      youth: { id, clientRef: id, birthDate: '2009-01-01' },
      assess: { wonen: { status }, school: { status }, toekomstplan: { status } },
    })
    const rows = rowsOf(
      [youth('K-1', 'oranje'), youth('K-2', 'rood'), youth('K-3', 'groen'), youth('K-4', 'rood')],
      [youth('K-1', 'rood'), youth('K-2', 'oranje'), youth('K-3', 'groen')],
    )
    const byRef = Object.fromEntries(rows.map((r) => [r.clientRef, r]))
    expect(byRef['K-1']).toMatchObject({ change: 'beter', previousTotalStatus: 'rood' })
    expect(byRef['K-2']).toMatchObject({ change: 'slechter', previousTotalStatus: 'oranje' })
    expect(byRef['K-3']).toMatchObject({ change: 'gelijk', previousTotalStatus: 'groen' })
    expect(byRef['K-4']).toMatchObject({ change: 'nieuw', previousTotalStatus: null })
  })
})

describe('the order of the Jongerenlijst', () => {
  it('puts red first: by totaalstatus, then most rood preconditions, then cliëntnummer 2 before 10', () => {
    const rows = rowsOf([
      { youth: { id: 'a', clientRef: 'K-1' }, assess: allGroen() },
      { youth: { id: 'b', clientRef: 'K-5' } }, // nothing assessed: onbekend
      { youth: { id: 'c', clientRef: 'K-4' }, assess: { wonen: { status: 'oranje' } } },
      { youth: { id: 'd', clientRef: 'K-10' }, assess: { wonen: { status: 'rood' } } },
      { youth: { id: 'e', clientRef: 'K-2' }, assess: { wonen: { status: 'rood' } } },
      {
        youth: { id: 'f', clientRef: 'K-30' },
        assess: { wonen: { status: 'rood' }, school: { status: 'rood' } },
      },
    ])
    expect(rows.map((r) => r.clientRef)).toEqual(['K-30', 'K-2', 'K-10', 'K-4', 'K-5', 'K-1'])
  })
})

function allGroen() {
  return {
    wonen: { status: 'groen' },
    school: { status: 'groen' },
    toekomstplan: { status: 'groen' },
  } as const
}
