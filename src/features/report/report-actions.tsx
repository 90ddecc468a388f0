import { useT } from '../../i18n'
import type { ExportKind } from './use-report-export'

interface ActionsProps {
  busy: ExportKind | null
  result: { tone: 'success' | 'error'; text: string } | null
  disabled: boolean
  onExport: (kind: ExportKind) => void
}

/** Afdrukken and the three exports, with what is happening announced politely. */
export function ReportActions({ busy, result, disabled, onExport }: ActionsProps) {
  const t = useT()
  const r = t.report
  const exportButton = (kind: ExportKind, label: string) => (
    <button
      type="button"
      className="button"
      disabled={disabled || busy !== null}
      aria-busy={busy === kind}
      onClick={() => onExport(kind)}
    >
      {label}
    </button>
  )
  return (
    <section className="report-actions" aria-labelledby="report-exports">
      <h2 id="report-exports" className="visually-hidden">
        {r.exports}
      </h2>
      <div className="page__actions">
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
      </div>
      <div className="report-actions__status" role="status" aria-live="polite">
        {busy && (
          <p className="report-actions__busy">
            <span className="report-spinner" aria-hidden="true" /> {r.busy[busy]}
          </p>
        )}
        {!busy && result?.tone === 'success' && (
          <p className="report-actions__done">{result.text}</p>
        )}
      </div>
      <div role="alert">
        {!busy && result?.tone === 'error' && <p className="error-summary">{result.text}</p>}
      </div>
    </section>
  )
}
