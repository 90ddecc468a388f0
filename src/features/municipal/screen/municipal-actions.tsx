import {
  ExportActions,
  ExportButton,
  type ExportResult,
} from '../../../components/export-actions/export-actions'
import { useT } from '../../../i18n'
import type { MunicipalExportKind } from './use-municipal-export'

interface ActionsProps {
  /** No ronde with files: nothing to print or export. */
  disabled: boolean
  busy: MunicipalExportKind | null
  result: ExportResult | null
  onLoad: () => void
  /** Opens the choice of sections to print. */
  onPrint: () => void
  onExport: (kind: MunicipalExportKind) => void
}

/** Uitwisselbestanden laden, Afdrukken and the two exports, with progress announced politely. */
export function MunicipalActions({
  disabled,
  busy,
  result,
  onLoad,
  onPrint,
  onExport,
}: ActionsProps) {
  const t = useT()
  const a = t.municipal.actions
  const exportButton = (kind: MunicipalExportKind, label: string) => (
    <ExportButton
      label={label}
      busy={busy === kind}
      disabled={disabled || busy !== null}
      onClick={() => onExport(kind)}
    />
  )
  return (
    <ExportActions
      title={a.label}
      titleId="municipal-actions-title"
      className="municipal-actions"
      busyText={busy && (busy === 'excel' ? a.busyExcel : a.busyCsv)}
      result={result}
    >
      <button type="button" className="button button--primary" onClick={onLoad}>
        {a.load}
      </button>
      <button type="button" className="button" disabled={disabled} onClick={onPrint}>
        {a.print}
      </button>
      {exportButton('excel', a.exportExcel)}
      {exportButton('csv', a.exportCsv)}
    </ExportActions>
  )
}
