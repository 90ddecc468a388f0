import {
  ExportActions,
  ExportButton,
  type ExportResult,
} from '../../components/export-actions/export-actions'
import { useT } from '../../i18n'
import type { ExportKind } from './use-report-export'

interface ActionsProps {
  busy: ExportKind | null
  result: ExportResult | null
  disabled: boolean
  onExport: (kind: ExportKind) => void
}

/** Afdrukken and the three exports, with what is happening announced politely. */
export function ReportActions({ busy, result, disabled, onExport }: ActionsProps) {
  const t = useT()
  const r = t.report
  const exportButton = (kind: ExportKind, label: string) => (
    <ExportButton
      label={label}
      busy={busy === kind}
      disabled={disabled || busy !== null}
      onClick={() => onExport(kind)}
    />
  )
  return (
    <ExportActions
      title={r.exports}
      titleId="report-exports"
      className="report-actions"
      busyText={busy && r.busy[busy]}
      result={result}
    >
      <button
        type="button"
        className="button button--primary"
        disabled={disabled}
        onClick={() => window.print()}
      >
        {r.print}
      </button>
      {exportButton('excel', r.exportExcel)}
      {exportButton('csv', r.exportCsv)}
      {exportButton('exchange', r.exportExchange)}
    </ExportActions>
  )
}
