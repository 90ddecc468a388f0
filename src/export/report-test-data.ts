/**
 * Test support (not used by the app): the fixture report of src/domain/report with the
 * tables and sheets the Rapportage screen builds, in Dutch.
 */
import { buildReport, type Report } from '../domain/report/build-report'
import { periodAt } from '../domain/report/periods'
import { fixture, FIXTURE_SETTINGS, FIXTURE_TODAY } from '../domain/report/report-fixture'
import type { ReportScope } from '../domain/report/scope'
import { buildTables } from '../features/report/report-tables'
import { reportSheets } from '../features/report/report-sheets'
import { nl as dutch } from '../i18n'

export const nl = dutch

export function fixtureReport(scope: ReportScope = { kind: 'gemeente', code: 'GM0518' }): Report {
  const { current, audit } = fixture()
  return buildReport({
    current,
    history: audit,
    period: periodAt(1, FIXTURE_SETTINGS, FIXTURE_TODAY),
    previous: periodAt(0, FIXTURE_SETTINGS, FIXTURE_TODAY),
    scope,
    createdAt: '2026-05-20T10:30:00.000Z',
  })
}

export function fixtureExport(includeNames = false) {
  const report = fixtureReport()
  const tables = buildTables(report, nl, { includeNames })
  return {
    report,
    tables,
    sheets: reportSheets(report, tables, nl, 'Wachtlijst; "kamertraining" loopt op'),
  }
}
