import type { ReactNode } from 'react'
import './export-actions.css'

/** What the last export did, shown under the buttons (success politely, an error as an alert). */
export interface ExportResult {
  tone: 'success' | 'error'
  text: string
}

/** One export button: disabled while any export runs, marked busy while its own runs. */
export function ExportButton({
  label,
  busy,
  disabled,
  onClick,
}: {
  label: string
  /** This button's export is running. */
  busy: boolean
  disabled: boolean
  onClick: () => void
}) {
  return (
    <button type="button" className="button" disabled={disabled} aria-busy={busy} onClick={onClick}>
      {label}
    </button>
  )
}

/**
 * The row of print and export buttons with, under it, what is happening: progress and success
 * announced politely, an error as an alert.
 */
export function ExportActions({
  title,
  titleId,
  className,
  busyText,
  result,
  children,
}: {
  /** Heading for screen readers (the section is a landmark of its own). */
  title: string
  titleId: string
  className: string
  /** The running export's progress text, or null when nothing runs. */
  busyText: string | null
  result: ExportResult | null
  children: ReactNode
}) {
  return (
    <section className={`export-actions ${className}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="visually-hidden">
        {title}
      </h2>
      <div className="page__actions">{children}</div>
      <div className="export-actions__status" role="status" aria-live="polite">
        {busyText !== null && (
          <p className="export-actions__busy">
            <span className="export-actions__spinner" aria-hidden="true" /> {busyText}
          </p>
        )}
        {busyText === null && result?.tone === 'success' && <p>{result.text}</p>}
      </div>
      <div role="alert">
        {busyText === null && result?.tone === 'error' && (
          <p className="error-summary">{result.text}</p>
        )}
      </div>
    </section>
  )
}
