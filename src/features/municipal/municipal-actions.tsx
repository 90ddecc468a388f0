import { useT } from '../../i18n'
import type { MunicipalExportKind } from './use-municipal-export'

interface ActionsProps {
  /** No ronde with files: nothing to print or export. */
  disabled: boolean
  busy: MunicipalExportKind | null
  result: { tone: 'success' | 'error'; text: string } | null
  onLoad: () => void
  onExport: (kind: MunicipalExportKind) => void
}

/** Uitwisselbestanden laden, Afdrukken and the two exports, with progress announced politely. */
export function MunicipalActions({ disabled, busy, result, onLoad, onExport }: ActionsProps) {
  const t = useT()
  const a = t.municipal.actions
  const exportButton = (kind: MunicipalExportKind, label: string) => (
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
    <section className="municipal-actions" aria-labelledby="municipal-actions-title">
      <h2 id="municipal-actions-title" className="visually-hidden">
        {a.label}
      </h2>
      <div className="page__actions">
        <button type="button" className="button button--primary" onClick={onLoad}>
          {a.load}
        </button>
        <button type="button" className="button" disabled={disabled} onClick={() => window.print()}>
          {a.print}
        </button>
        {exportButton('excel', a.exportExcel)}
        {exportButton('csv', a.exportCsv)}
      </div>
      <div className="municipal-actions__status" role="status" aria-live="polite">
        {busy && (
          <p className="report-actions__busy">
            <span className="report-spinner" aria-hidden="true" />{' '}
            {busy === 'excel' ? a.busyExcel : a.busyCsv}
          </p>
        )}
        {!busy && result?.tone === 'success' && <p>{result.text}</p>}
      </div>
      <div role="alert">
        {!busy && result?.tone === 'error' && <p className="error-summary">{result.text}</p>}
      </div>
    </section>
  )
}
