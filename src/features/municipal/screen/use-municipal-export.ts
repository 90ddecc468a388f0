import { useState } from 'react'
import { downloadFile } from '../../../components/download'
import type { MunicipalOverview } from '../../../domain/municipal'
import type { MunicipalTables } from '../../../tables/municipal/municipal-tables'
import { useT, type Dictionary } from '../../../i18n'

export type MunicipalExportKind = 'excel' | 'csv'

/** Builds one export in a lazily loaded writer and hands it to the browser as a download. */
async function createExport(
  kind: MunicipalExportKind,
  overview: MunicipalOverview,
  tables: MunicipalTables,
  t: Dictionary,
): Promise<string> {
  const { municipalFileName } = await import('../../../export/municipal/municipal-file-name')
  if (kind === 'excel') {
    const { municipalWorkbook, XLSX_TYPE } =
      await import('../../../export/municipal/municipal-workbook')
    const blob = await municipalWorkbook(overview, overview.agreements, t, { tables })
    const fileName = municipalFileName(overview, t, 'xlsx')
    downloadFile(blob, fileName, XLSX_TYPE)
    return fileName
  }
  const { municipalYouthsCsv } = await import('../../../export/municipal/municipal-csv')
  const fileName = municipalFileName(overview, t, 'csv')
  downloadFile(municipalYouthsCsv(overview, t), fileName, 'text/csv;charset=utf-8')
  return fileName
}

export function useMunicipalExport() {
  const t = useT()
  const [busy, setBusy] = useState<MunicipalExportKind | null>(null)
  const [result, setResult] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)

  async function run(
    kind: MunicipalExportKind,
    overview: MunicipalOverview,
    tables: MunicipalTables,
  ) {
    setBusy(kind)
    setResult(null)
    const started = performance.now()
    try {
      const fileName = await createExport(kind, overview, tables, t)
      performance.measure(`municipal:export-${kind}`, { start: started, end: performance.now() })
      setResult({ tone: 'success', text: t.municipal.actions.downloaded(fileName) })
    } catch {
      const a = t.municipal.actions
      setResult({ tone: 'error', text: kind === 'excel' ? a.failedExcel : a.failedCsv })
    } finally {
      setBusy(null)
    }
  }
  return { busy, result, run }
}
