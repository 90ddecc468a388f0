import { useRef, useState } from 'react'
import { InputField } from '../../components/field'
import { enableEncryption } from '../../db/encryption/encryption-repo'
import { DEFAULT_IDLE_MINUTES } from '../../db/encryption/params'
import { useActor } from '../../stores/preferences-store'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import {
  checkNewPassphrase,
  EMPTY_NEW_PASSPHRASE,
  focusFirstInvalid,
  idleRange,
  parseIdleMinutes,
  type PassphraseErrors,
} from './encryption-input'
import { NewPassphraseFields } from './new-passphrase-fields'

type Errors = PassphraseErrors & Partial<Record<'idle' | 'acknowledge', string>>

/** Turning encryption on: a plain warning, a back-up first, then passphrase twice. */
export function EnableEncryptionForm({ onBackup }: { onBackup: () => Promise<void> }) {
  const t = useT()
  const e = t.security.encryption
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const form = useRef<HTMLFormElement>(null)
  const [newPassphrase, setNewPassphrase] = useState(EMPTY_NEW_PASSPHRASE)
  const [idle, setIdle] = useState(String(DEFAULT_IDLE_MINUTES))
  const [acknowledged, setAcknowledged] = useState(false)
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)
  const [min, max] = idleRange(t)

  async function submit() {
    const minutes = parseIdleMinutes(idle)
    const problems: Errors = { ...checkNewPassphrase(t, newPassphrase) }
    if (minutes === null) problems.idle = e.errors.idle(min, max)
    if (!acknowledged) problems.acknowledge = e.errors.acknowledge
    setErrors(problems)
    if (Object.keys(problems).length > 0 || minutes === null) return focusFirstInvalid(form.current)
    setBusy(true)
    try {
      await enableEncryption(newPassphrase.passphrase, actor, minutes)
      setNewPassphrase(EMPTY_NEW_PASSPHRASE)
      show({ tone: 'success', message: e.enabled })
    } catch {
      show({ tone: 'error', message: e.errors.failed })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      ref={form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <p>{e.statusOff}</p>
      <div className="encryption-warning" role="note" aria-labelledby="encryption-warning-title">
        <p id="encryption-warning-title" className="encryption-warning__title">
          <span aria-hidden="true">⚠ </span>
          {e.warningTitle}
        </p>
        <p>{e.warning}</p>
        <button type="button" className="button" onClick={() => void onBackup()}>
          {t.security.backupFirst}
        </button>
      </div>
      <div className="form-grid">
        <NewPassphraseFields
          purpose="first"
          value={newPassphrase}
          onChange={setNewPassphrase}
          errors={errors}
        />
        <InputField
          label={e.idleMinutes}
          hint={e.idleHint(min, max)}
          value={idle}
          onChange={setIdle}
          error={errors.idle}
        />
      </div>
      <div className={`field${errors.acknowledge ? ' field--invalid' : ''}`}>
        {errors.acknowledge && (
          <p id="encryption-ack-error" className="field__error">
            <span aria-hidden="true">⚠ </span>
            {errors.acknowledge}
          </p>
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={acknowledged}
            aria-invalid={Boolean(errors.acknowledge)}
            aria-describedby={errors.acknowledge ? 'encryption-ack-error' : undefined}
            onChange={(event) => setAcknowledged(event.target.checked)}
          />
          <span>{e.acknowledge}</span>
        </label>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {e.enable}
        </button>
      </div>
    </form>
  )
}
