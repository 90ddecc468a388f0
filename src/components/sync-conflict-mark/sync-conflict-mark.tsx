import { useT } from '../../i18n'
import './sync-conflict-mark.css'

/**
 * Marks a youth with open team-sync conflicts: two overlapping pages and the word "Conflict",
 * so colour is never the only signal, with what it means for screen readers and on hover
 * (`explain`; off where the page around it explains).
 */
export function SyncConflictMark({ explain = true }: { explain?: boolean }) {
  const s = useT().syncConflicts
  return (
    <span className="sync-conflict-mark" title={explain ? s.markTitle : undefined}>
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <rect x="1" y="3" width="9" height="12" rx="1" className="sync-conflict-mark__back" />
        <rect x="6" y="1" width="9" height="12" rx="1" className="sync-conflict-mark__front" />
        <path d="M10.5 4v4.5M10.5 10.2v1" className="sync-conflict-mark__bang" />
      </svg>
      {s.mark}
      {explain && <span className="visually-hidden">: {s.markTitle}</span>}
    </span>
  )
}
