import { useState } from 'react'
import { listReceivedAgreements } from '../../db/received-agreements-repo'
import { ensureProviderId } from '../../db/settings-repo'
import { progressForExchange } from '../../domain/agreements/received'
import { useActor } from '../../stores/preferences-store'
import type { Report } from '../../domain/report/build-report'
import { reportDownloadName } from '../../i18n/file-names'
import { scopeName } from '../../domain/report/scope'
import { preconditionName, useT, type Dictionary } from '../../i18n'
import { downloadFile } from '../../components/download'
import { reportPrintSetup, reportSheets } from '../../tables/report/report-sheets'
import type { ReportTables } from '../../tables/report/report-tables'

export type ExportKind = 'excel' | 'csv' | 'exchange'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface ExportInput {
  report: Report
  tables: ReportTables
  signals: string
  includeNames: boolean
}

/** Builds one export in a lazily loaded writer and hands it to the browser as a download. */
async function createExport(kind: ExportKind, input: ExportInput, t: Dictionary, actor: string) {
  const { report, tables } = input
  const name = (prefix: string, extension: string) =>
    reportDownloadName(
      t,
      { prefix, provider: report.providerName, scope: report.scope, peildatum: report.period.end },
      extension,
    )
  switch (kind) {
    case 'excel': {
      const { writeXlsx } = await import('../../export/xlsx')
      const sheets = reportSheets(report, tables, t, input.signals)
      const bytes = await writeXlsx(sheets, {
        creator: 'Doorstroombord',
        created: new Date(report.createdAt),
        print: reportPrintSetup(report, t),
      })
      const fileName = name(t.report.filePrefix, 'xlsx')
      downloadFile(bytes, fileName, XLSX_TYPE)
      return fileName
    }
    case 'csv': {
      const { writeCsv } = await import('../../export/csv')
      const fileName = name(t.report.filePrefix, 'csv')
      downloadFile(writeCsv(tables.youths), fileName, 'text/csv;charset=utf-8')
      return fileName
    }
    case 'exchange': {
      const { exchangeFileText } = await import('../../export/exchange')
      const json = exchangeFileText(report, {
        scopeName: scopeName(report.scope, t.report.scopeAll),
        preconditionNames: Object.fromEntries(
          report.preconditions.map((p) => [p.id, preconditionName(t, p)]),
        ),
        signals: input.signals,
        includeNames: input.includeNames,
        createdAt: report.createdAt,
        providerId: await ensureProviderId(actor),
        agreements: progressForExchange(
          await listReceivedAgreements(),
          report.scope,
          report.period.start,
          report.createdAt,
        ),
      })
      const fileName = name(t.report.exchangePrefix, 'json')
      downloadFile(json, fileName, 'application/json')
      return fileName
    }
  }
}

export function useReportExport() {
  const t = useT()
  const actor = useActor()
  const [busy, setBusy] = useState<ExportKind | null>(null)
  const [result, setResult] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)

  async function run(kind: ExportKind, input: ExportInput) {
    setBusy(kind)
    setResult(null)
    const started = performance.now()
    try {
      const fileName = await createExport(kind, input, t, actor)
      performance.measure(`report:export-${kind}`, { start: started, end: performance.now() })
      setResult({ tone: 'success', text: t.report.downloaded(fileName) })
    } catch {
      setResult({ tone: 'error', text: `${t.report.failed[kind]} ${t.report.failedHint}` })
    } finally {
      setBusy(null)
    }
  }
  return { busy, result, run }
}
