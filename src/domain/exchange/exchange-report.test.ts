import { describe, expect, it } from 'vitest'
import { fixture, FIXTURE_SETTINGS, FIXTURE_TODAY } from '../../../test/fixtures/report-fixture'
import { buildTables } from '../../tables/report/report-tables'
import { nl } from '../../i18n'
import { buildReport } from '../report/build-report'
import { periodAt } from '../report/periods'
import { buildExchangeFile } from './build-exchange-file'
import { reportFromExchangeFile } from './exchange-report'

function fixtureReport() {
  const { current, audit } = fixture()
  return buildReport({
    current,
    history: audit,
    period: periodAt(1, FIXTURE_SETTINGS, FIXTURE_TODAY),
    previous: periodAt(0, FIXTURE_SETTINGS, FIXTURE_TODAY),
    scope: { kind: 'gemeente', code: 'GM0518' },
    createdAt: '2026-05-20T10:30:00.000Z',
  })
}

function fileOf(report: ReturnType<typeof fixtureReport>) {
  return buildExchangeFile(report, {
    scopeName: "'s-Gravenhage",
    preconditionNames: { wonen: 'Wonen', school: 'School', toekomstplan: 'Toekomstplan 18+' },
    signals: '',
    includeNames: false,
    createdAt: report.createdAt,
    providerId: '0b6c1c5e-8d3a-4f7e-9a41-2c5d8e7f9a10',
  })
}

describe('reportFromExchangeFile', () => {
  it('shows the same numbered tables as the report the file was made from', () => {
    const report = fixtureReport()
    const original = buildTables(report, nl, { includeNames: false })
    const readBack = buildTables(reportFromExchangeFile(fileOf(report), FIXTURE_SETTINGS), nl, {
      includeNames: false,
    })
    for (const key of [
      'keyFigures',
      'stay',
      'outflowDestination',
      'outflowReason',
      'totalStatus',
      'perPrecondition',
      'change',
      'perPreconditionCode',
      'perCode',
      'perOwner',
      'eighteenWindows',
      'youths',
      'about',
    ] as const) {
      expect(readBack[key], key).toEqual(original[key])
    }
    expect(original.youths.rows.length).toBeGreaterThan(0)
  })

  it('leaves out the list of youths turning 18, which the file cannot give', () => {
    const report = fixtureReport()
    expect(report.eighteenPlus.youths.length).toBeGreaterThan(0)
    const readBack = reportFromExchangeFile(fileOf(report), FIXTURE_SETTINGS)
    expect(readBack.eighteenPlus.youths).toEqual([])
    expect(readBack.eighteenPlus.windows).toEqual(report.eighteenPlus.windows)
  })

  it("names a provider's own randvoorwaarde as the provider does; a standard one in the reader's language", () => {
    const file = fileOf(fixtureReport())
    file.preconditions = [
      { id: 'wonen', name: 'Huisvesting (eigen naam)' },
      { id: 'eigen-dagritme', name: 'Dagritme' },
    ]
    const readBack = reportFromExchangeFile(file, FIXTURE_SETTINGS)
    expect(readBack.preconditions.map((p) => [p.id, p.name])).toEqual([
      ['wonen', null],
      ['eigen-dagritme', 'Dagritme'],
    ])
    expect(readBack.providerName).toBe(file.provider.name)
  })
})
