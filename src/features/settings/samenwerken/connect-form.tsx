import { useSyncText } from './use-sync-text'
import { useRef, useState } from 'react'
import { InputField } from '../../../components/field'
import { checkConnectInput, type ConnectProblems } from '../../../domain/sync/connect-input'
import type { ConnectOutcome, SyncApi } from '../../../domain/sync/types'
import { useT } from '../../../i18n'
import { focusFirstInvalid, OutcomeMessage, type OutcomeError } from './outcome-message'
import { PasswordField } from './password-field'

interface ConnectFormProps {
  loadApi: () => Promise<SyncApi>
  /** Called with every outcome that is not an error (connected, or the first-connection choice). */
  onOutcome: (outcome: Exclude<ConnectOutcome, { kind: 'error' }>) => void
}

/** Team, Gebruikersnaam, Wachtwoord and Verbinden. The password is passed on, never kept. */
export function ConnectForm({ loadApi, onOutcome }: ConnectFormProps) {
  const t = useT()
  const s = useSyncText()
  const form = useRef<HTMLFormElement>(null)
  const [team, setTeam] = useState('')
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [problems, setProblems] = useState<ConnectProblems>({})
  const [failure, setFailure] = useState<OutcomeError | null>(null)
  const [busy, setBusy] = useState(false)

  const errors = {
    team: problems.team && s.teamProblems[problems.team],
    username: problems.username && s.userProblems[problems.username],
    password: problems.password && s.passwordRequired,
  }
  const labels = { team: s.team, username: s.username, password: s.password }
  const listed = (Object.keys(errors) as (keyof typeof errors)[]).filter((key) => errors[key])

  async function submit() {
    const input = { team: team.trim(), username: username.trim(), password }
    const found = checkConnectInput(input)
    setProblems(found)
    setFailure(null)
    if (Object.keys(found).length > 0) return focusFirstInvalid(form.current)
    setBusy(true)
    try {
      const outcome = await (await loadApi()).connect(input)
      if (outcome.kind === 'error') {
        setFailure(outcome)
        return
      }
      setPassword('')
      onOutcome(outcome)
    } catch {
      // The sync code itself did not load (offline on a browser that never connected).
      setFailure({ reason: 'unreachable' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      ref={form}
      noValidate
      className="sync-connect"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      {listed.length > 0 && (
        <div className="error-summary" role="alert">
          <p className="error-summary__title">{t.formErrorSummary(listed.length)}</p>
          <ul>
            {listed.map((key) => (
              <li key={key}>
                <strong>{labels[key]}:</strong> {errors[key]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <OutcomeMessage error={failure} />
      <div className="form-grid">
        <InputField
          label={s.team}
          hint={s.teamHint}
          name="team"
          value={team}
          onChange={setTeam}
          error={errors.team}
          required
        />
        <InputField
          label={s.username}
          name="username"
          autoComplete="username"
          value={username}
          onChange={setUsername}
          error={errors.username}
          required
        />
        <PasswordField
          label={s.password}
          value={password}
          onChange={setPassword}
          error={errors.password}
          required
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? s.connecting : s.connect}
        </button>
      </div>
    </form>
  )
}
