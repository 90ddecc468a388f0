import { useState } from 'react'
import { Field } from '../../components/field'
import { useEncryptionAtRest } from '../../hooks/use-encryption-at-rest'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { downloadBackup } from './download-backup'

const MIN_PASSPHRASE = 10

function PasswordField(props: {
  label: string
  value: string
  error: string | undefined
  onChange: (value: string) => void
  autoComplete: string
}) {
  return (
    <Field label={props.label} error={props.error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input"
          type="password"
          value={props.value}
          autoComplete={props.autoComplete}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

/**
 * Back-up maken, optionally encrypted with a passphrase typed twice. With encryption at rest on,
 * the back-up is encrypted unless the user unticks it, and then a warning says what that means.
 */
export function MakeBackupForm() {
  const t = useT()
  const b = t.backup
  const show = useNotices((s) => s.show)
  const atRest = useEncryptionAtRest()
  const [choice, setChoice] = useState<boolean | null>(null)
  const encrypt = choice ?? atRest
  const [passphrase, setPassphrase] = useState('')
  const [repeat, setRepeat] = useState('')
  const [errors, setErrors] = useState<{ passphrase?: string; repeat?: string }>({})
  const [busy, setBusy] = useState(false)

  async function make() {
    if (encrypt) {
      const next = {
        passphrase: passphrase.length < MIN_PASSPHRASE ? b.passphraseTooShort : undefined,
        repeat: repeat !== passphrase ? b.passphraseMismatch : undefined,
      }
      setErrors(next)
      if (next.passphrase || next.repeat) return
    }
    setBusy(true)
    try {
      const fileName = await downloadBackup(encrypt ? { passphrase } : {})
      show({ tone: 'success', message: b.made(fileName) })
      setPassphrase('')
      setRepeat('')
    } catch {
      show({ tone: 'error', message: b.makeFailed })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="form backup-make"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void make()
      }}
    >
      <label className="checkbox">
        <input type="checkbox" checked={encrypt} onChange={(e) => setChoice(e.target.checked)} />
        {b.encrypt}
      </label>
      {atRest && !encrypt && <p className="notice-inline backup-plain-warning">{b.plainWarning}</p>}
      {encrypt && (
        <div className="form-grid">
          <p className="form__hint">
            {atRest && `${b.encryptDefault} `}
            {b.encryptHint}
          </p>
          <PasswordField
            label={b.passphrase}
            value={passphrase}
            error={errors.passphrase}
            onChange={setPassphrase}
            autoComplete="new-password"
          />
          <PasswordField
            label={b.passphraseRepeat}
            value={repeat}
            error={errors.repeat}
            onChange={setRepeat}
            autoComplete="new-password"
          />
        </div>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {b.make}
        </button>
        {busy && <span role="status">{b.making}</span>}
      </div>
    </form>
  )
}
