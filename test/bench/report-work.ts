import { loadReportSource, reportHistory } from '../../src/db/report-repo'
import { getSettings } from '../../src/db/settings-repo'
import { buildReport, type Report } from '../../src/domain/report/build-report'
import { defaultPeriod, previousPeriod, selectablePeriods } from '../../src/domain/report/periods'
import type { ReportScope } from '../../src/domain/report/scope'
import { buildTables } from '../../src/tables/report/report-tables'
import { reportSheets } from '../../src/tables/report/report-sheets'
import { nl as dutch } from '../../src/i18n'
import { BENCH_TODAY } from './seed'

type Source = Awaited<ReturnType<typeof loadReportSource>>
let cached: { source: Source; largest: string } | null = null

/** Youths and assessments as the board already holds them in memory (read once, not timed). */
async function memory() {
  if (cached) return cached
  const settings = await getSettings()
  const source = await loadReportSource(previousPeriod(period(settings), settings, BENCH_TODAY))
  const counts = new Map<string, number>()
  for (const y of source.current.youths.values())
    counts.set(y.municipalityCode, (counts.get(y.municipalityCode) ?? 0) + 1)
  const largest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
  cached = { source, largest }
  return cached
}

function period(settings: Awaited<ReturnType<typeof getSettings>>) {
  return defaultPeriod(selectablePeriods(settings, BENCH_TODAY))
}

/**
 * What the Rapportage screen does for the latest ended period: read the audit entries since
 * the previous peildatum, then work out every figure as of the peildatum.
 */
export async function summary(
  kind: 'all' | 'gemeente',
): Promise<{ report: Report; historyMs: number }> {
  const { source, largest } = await memory()
  const settings = source.current.settings
  const current = period(settings)
  const previous = previousPeriod(current, settings, BENCH_TODAY)
  const scope: ReportScope = kind === 'all' ? { kind: 'all' } : { kind: 'gemeente', code: largest }
  const start = performance.now()
  const history = await reportHistory(previous)
  const historyMs = performance.now() - start
  const report = buildReport({
    current: source.current,
    history,
    period: current,
    previous,
    scope,
    createdAt: new Date().toISOString(),
  })
  return { report, historyMs }
}

/** The full Jongerenlijst as Excel (all four sheets) or CSV, from a ready report. */
export async function exportList(report: Report, kind: 'xlsx' | 'csv') {
  const t = dutch
  const tables = buildTables(report, t, { includeNames: false })
  if (kind === 'csv') {
    const { writeCsv } = await import('../../src/export/csv')
    return { rows: tables.youths.rows.length, bytes: writeCsv(tables.youths).length }
  }
  const { writeXlsx } = await import('../../src/export/xlsx')
  const bytes = await writeXlsx(reportSheets(report, tables, t, ''), {
    creator: 'Doorstroombord',
    created: new Date(),
  })
  return { rows: tables.youths.rows.length, bytes: bytes.byteLength }
}
