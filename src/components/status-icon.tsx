import type { Status } from '../domain/types'

/**
 * A distinct shape per status, so colour is never the only signal:
 * groen circle with tick, oranje triangle with "!", rood square with cross,
 * onbekend dashed circle with "?", n.v.t. hollow circle with a dash.
 */
export function StatusIcon({ status, size = 16 }: { status: Status; size?: number }) {
  return (
    <svg
      className={`status-icon status-icon--${status}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {status === 'groen' && (
        <>
          <circle cx="8" cy="8" r="7.5" className="status-icon__shape" />
          <path d="M4.5 8.3l2.3 2.3 4.7-5" className="status-icon__mark" />
        </>
      )}
      {status === 'oranje' && (
        <>
          <path d="M8 0.8l7.4 13.7H0.6z" className="status-icon__shape" />
          <path d="M8 5.2v4.6M8 11.6v1" className="status-icon__mark" />
        </>
      )}
      {status === 'rood' && (
        <>
          <rect x="0.8" y="0.8" width="14.4" height="14.4" rx="2" className="status-icon__shape" />
          <path d="M5 5l6 6M11 5l-6 6" className="status-icon__mark" />
        </>
      )}
      {status === 'onbekend' && (
        <>
          <circle cx="8" cy="8" r="7" className="status-icon__shape" strokeDasharray="2.6 1.8" />
          <path
            d="M6 6.2a2 2 0 1 1 2.8 1.8c-.6.3-.8.7-.8 1.3v.4M8 11.6v.8"
            className="status-icon__mark"
          />
        </>
      )}
      {status === 'nvt' && (
        <>
          <circle cx="8" cy="8" r="7" className="status-icon__shape" />
          <path d="M4.5 8h7" className="status-icon__mark" />
        </>
      )}
    </svg>
  )
}
