import { useEffect, useId, useRef, useState } from 'react'
import { deleteAllData, unlock, WrongPassphraseError } from '../../db/encryption/encryption-repo'
import { useT } from '../../i18n'
import { LockIcon } from './lock-icon'

/**
 * "Vergrendeld": the only thing on screen while the data key is not in memory. It shows no
 * name, count or menu — nothing about the youths — until the passphrase opens the key.
 */
export function LockScreen() {
  const t = useT()
  const l = t.security.lock
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const errorId = useId()

  useEffect(() => {
    input.current?.focus()
  }, [])

  async function submit() {
    if (busy || passphrase === '') return
    setBusy(true)
    setError('')
    try {
      await unlock(passphrase)
    } catch (e) {
      setError(e instanceof WrongPassphraseError ? l.wrong : t.security.encryption.errors.failed)
      setPassphrase('')
      setBusy(false)
      requestAnimationFrame(() => input.current?.focus())
    }
  }

  return (
    <main className="lock-screen" id="main">
      <form
        className="lock-screen__card card"
        aria-labelledby="lock-title"
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <h1 id="lock-title" className="lock-screen__title">
          <LockIcon /> {l.title}
        </h1>
        <p>{l.intro}</p>
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label htmlFor={inputId} className="field__label">
            {l.passphrase}
          </label>
          {error && (
            <p id={errorId} className="field__error" role="alert">
              <span aria-hidden="true">⚠ </span>
              {error}
            </p>
          )}
          <input
            ref={input}
            id={inputId}
            className="input"
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            value={passphrase}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {l.unlock}
          </button>
          {busy && <span role="status">{l.checking}</span>}
        </div>
        <ForgottenPassphrase />
      </form>
    </main>
  )
}

function ForgottenPassphrase() {
  const l = useT().security.lock
  const [sure, setSure] = useState(false)
  return (
    <details className="lock-screen__forgotten">
      <summary>{l.forgotten}</summary>
      <p>{l.forgottenBody}</p>
      <label className="checkbox">
        <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />
        <span>{l.wipeConfirm}</span>
      </label>
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={!sure}
          onClick={() => {
            void deleteAllData().then(() => window.location.reload())
          }}
        >
          {l.wipe}
        </button>
      </div>
    </details>
  )
}
