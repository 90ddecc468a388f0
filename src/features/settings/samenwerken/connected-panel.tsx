import { useSyncText } from './use-sync-text'
import { useRef, useState } from 'react'
import { Dialog } from '../../../components/dialog'
import { describeSyncState } from '../../../components/sync-status'
import type { SyncApi, SyncConnection, SyncState } from '../../../domain/sync/types'
import { useT } from '../../../i18n'
import { useNotices } from '../../../stores/notice-store'
import { focusFirstInvalid, OutcomeMessage, type OutcomeError } from './outcome-message'
import { PasswordField } from './password-field'

interface ConnectedPanelProps {
  connection: SyncConnection
  state: SyncState
  loadApi: () => Promise<SyncApi>
}

/** A connected browser: team, user and state; log in again when asked; disconnect. */
export function ConnectedPanel({ connection, state, loadApi }: ConnectedPanelProps) {
  const t = useT()
  const s = useSyncText()
  const show = useNotices((n) => n.show)
  const [confirming, setConfirming] = useState(false)
  const shown = describeSyncState(t, state)

  async function disconnect() {
    try {
      await (await loadApi()).disconnect()
      setConfirming(false)
      show({ tone: 'success', message: s.disconnected })
    } catch {
      show({ tone: 'error', message: s.disconnectFailed })
    }
  }

  return (
    <>
      <dl className="sync-facts">
        <div>
          <dt>{s.panel.team}</dt>
          <dd>{connection.team}</dd>
        </div>
        <div>
          <dt>{s.panel.user}</dt>
          <dd>{connection.username}</dd>
        </div>
        <div>
          <dt>{s.panel.state}</dt>
          <dd>{shown?.text ?? s.panel.off}</dd>
        </div>
      </dl>
      {state.kind === 'error' && state.reason === 'login' && (
        <LoginAgainForm username={connection.username} loadApi={loadApi} />
      )}
      {state.kind === 'error' && state.reason !== 'login' && (
        <div className="sync-error">
          <p>{s.stateErrors[state.reason]}</p>
          {state.detail && (
            <p>
              {state.reason === 'sealed'
                ? s.sealedDetail(state.detail)
                : s.refusedDetail(state.detail)}
            </p>
          )}
        </div>
      )}
      {state.kind === 'waiting' && <p className="sync-note">{s.waitTexts[state.reason]}</p>}
      <div className="form__actions">
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {s.disconnect}
        </button>
      </div>
      {confirming && (
        <Dialog title={s.disconnectTitle} onClose={() => setConfirming(false)}>
          <p>{s.disconnectText}</p>
          <div className="form__actions">
            <button
              type="button"
              className="button button--danger"
              data-initial-focus=""
              onClick={() => void disconnect()}
            >
              {s.disconnect}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t.common.cancel}
            </button>
          </div>
        </Dialog>
      )}
    </>
  )
}

/** The session expired or the password changed: ask for it again; the board keeps working. */
function LoginAgainForm({
  username,
  loadApi,
}: {
  username: string
  loadApi: () => Promise<SyncApi>
}) {
  const s = useSyncText()
  const show = useNotices((n) => n.show)
  const form = useRef<HTMLFormElement>(null)
  const [password, setPassword] = useState('')
  const [missing, setMissing] = useState(false)
  const [failure, setFailure] = useState<OutcomeError | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit() {
    setMissing(password === '')
    setFailure(null)
    if (password === '') return focusFirstInvalid(form.current)
    setBusy(true)
    try {
      const outcome = await (await loadApi()).login(password)
      if (outcome.kind === 'error') setFailure(outcome)
      else {
        setPassword('')
        show({ tone: 'success', message: s.loggedIn })
      }
    } catch {
      setFailure({ reason: 'unreachable' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      ref={form}
      noValidate
      className="sync-login"
      aria-labelledby="sync-login-title"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <h3 id="sync-login-title">{s.loginAgain}</h3>
      <p>{s.loginAgainIntro(username)}</p>
      <OutcomeMessage error={failure} />
      {/* For the browser's password manager: which account this password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <PasswordField
        label={s.password}
        value={password}
        onChange={setPassword}
        error={missing ? s.passwordRequired : undefined}
        required
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {s.loginAgain}
        </button>
      </div>
    </form>
  )
}
