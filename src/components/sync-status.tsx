import type { SyncState } from '../domain/sync/types'
import { useT, type Dictionary } from '../i18n'
import './sync-status.css'

type Tone = 'busy' | 'ok' | 'offline' | 'error'

interface Shown {
  tone: Tone
  icon: string
  text: string
  /** What the live region says: changes only with the kind of state, so it does not chatter. */
  announce: string
}

/** The header's words for a state; `null` when no team is connected. */
export function describeSyncState(t: Dictionary, state: SyncState): Shown | null {
  const s = t.sync.status
  switch (state.kind) {
    case 'off':
      return null
    case 'connecting':
      return { tone: 'busy', icon: '↻', text: s.connecting, announce: s.announce.connecting }
    case 'downloading':
      return {
        tone: 'busy',
        icon: '↻',
        text: s.downloading(state.done, state.total, state.history),
        announce: state.history ? s.announce.history : s.announce.downloading,
      }
    case 'syncing':
      return { tone: 'busy', icon: '↻', text: s.busy, announce: s.announce.ok }
    case 'idle':
      return { tone: 'ok', icon: '✓', text: s.idle(state.at), announce: s.announce.ok }
    case 'offline':
      return {
        tone: 'offline',
        icon: '⊘',
        text: s.offline(state.waiting),
        announce: s.announce.offline,
      }
    case 'waiting': {
      // Waiting for a key is not an error: nothing is lost and it goes on once it is open.
      const reason = t.sync.waits[state.reason]
      const waiting = state.waiting > 0 ? ` ${s.waiting(state.waiting)}` : ''
      return {
        tone: 'offline',
        icon: '⏸',
        text: s.wait(reason) + waiting,
        announce: s.announce.wait(reason),
      }
    }
    case 'error': {
      const reason = t.sync.reasons[state.reason]
      const waiting = state.waiting > 0 ? ` ${s.waiting(state.waiting)}` : ''
      return {
        tone: 'error',
        icon: '⚠',
        text: s.error(reason) + waiting,
        announce: s.announce.error(reason),
      }
    }
  }
}

/**
 * The team sync state in the header, on every screen: words and a symbol (never colour alone),
 * a progress bar during the first download, and a polite live region that speaks only when the
 * kind of state changes (not at every record or every exchange: syncing and idle say the same).
 */
export function SyncStatus({ state }: { state: SyncState }) {
  const t = useT()
  const shown = describeSyncState(t, state)
  return (
    <>
      {shown && (
        <div
          className={`sync-status sync-status--${shown.tone}`}
          role="group"
          aria-label={t.sync.status.name}
        >
          <span className="sync-status__icon" aria-hidden="true">
            {shown.icon}
          </span>
          <span className="sync-status__text">{shown.text}</span>
          {state.kind === 'downloading' && (
            <progress
              className="sync-status__progress"
              aria-label={t.sync.status.progress}
              max={Math.max(state.total, 1)}
              value={Math.min(state.done, state.total)}
            />
          )}
        </div>
      )}
      {/* Always in the document, so the first announcement after connecting is heard too. */}
      <span className="visually-hidden" role="status" aria-live="polite">
        {shown?.announce ?? ''}
      </span>
    </>
  )
}
