import { useState } from 'react'
import { Field } from '../../components/field'
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

/** Back-up maken, optionally encrypted with a passphrase typed twice. */
export function MakeBackupForm() {
  const t = useT()
  const b = t.backup
  const show = useNotices((s) => s.show)
  const [encrypt, setEncrypt] = useState(false)
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
        <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />
        {b.encrypt}
      </label>
      {encrypt && (
        <div className="form-grid">
          <p className="form__hint">{b.encryptHint}</p>
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
