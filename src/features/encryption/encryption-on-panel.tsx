import { useRef, useState, type ReactNode } from 'react'
import { InputField } from '../../components/field'
import {
  changePassphrase,
  disableEncryption,
  setIdleMinutes,
  WrongPassphraseError,
} from '../../db/encryption/encryption-repo'
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
import { useActor } from '../../stores/preferences-store'
import { LockIcon } from './lock-icon'
import { lockApp } from './lock-app'
import { NewPassphraseFields } from './new-passphrase-fields'
import { PassphraseField } from './passphrase-field'
import { useEncryption } from './use-encryption'

type Errors = PassphraseErrors & Partial<Record<'idle' | 'current' | 'confirm', string>>

/** A small form that runs `action` once, naming the problem next to the field on failure. */
function ActionForm(props: { children: ReactNode; onSubmit: () => Promise<void> }) {
  const form = useRef<HTMLFormElement>(null)
  const [busy, setBusy] = useState(false)
  return (
    <form
      ref={form}
      noValidate
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault()
        if (busy) return
        setBusy(true)
        void props.onSubmit().finally(() => {
          setBusy(false)
          focusFirstInvalid(form.current)
        })
      }}
    >
      {props.children}
    </form>
  )
}

/** Encryption is on (and unlocked): lock now, idle time, new passphrase, or turn it off. */
export function EncryptionOnPanel() {
  const t = useT()
  const e = t.security.encryption
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const { idleMinutes } = useEncryption()
  const [idle, setIdle] = useState(() => new Intl.NumberFormat(t.locale).format(idleMinutes))
  const [current, setCurrent] = useState('')
  const [newPassphrase, setNewPassphrase] = useState(EMPTY_NEW_PASSPHRASE)
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [min, max] = idleRange(t)

  async function guarded(work: () => Promise<void>, wrongField: keyof Errors) {
    try {
      await work()
    } catch (error) {
      if (error instanceof WrongPassphraseError) {
        setErrors({ [wrongField]: e.errors.wrongPassphrase })
      } else show({ tone: 'error', message: e.errors.failed })
    }
  }

  return (
    <>
      <p>
        <LockIcon /> {e.statusOn}
      </p>
      <div className="form__actions">
        <button type="button" className="button" onClick={lockApp}>
          {e.lockNow}
        </button>
      </div>

      <ActionForm
        onSubmit={async () => {
          const minutes = parseIdleMinutes(idle)
          if (minutes === null) return setErrors({ idle: e.errors.idle(min, max) })
          setErrors({})
          await guarded(async () => {
            await setIdleMinutes(minutes)
            show({ tone: 'success', message: e.idleSaved(minutes) })
          }, 'idle')
        }}
      >
        <div className="inline-add">
          <InputField
            label={e.idleMinutes}
            hint={e.idleHint(min, max)}
            value={idle}
            onChange={setIdle}
            error={errors.idle}
          />
          <button type="submit" className="button">
            {e.changeIdle}
          </button>
        </div>
      </ActionForm>

      <details className="settings-list__details encryption-details">
        <summary>{e.changePassphrase}</summary>
        <ActionForm
          onSubmit={async () => {
            const problems = checkNewPassphrase(t, newPassphrase)
            setErrors(problems)
            if (Object.keys(problems).length > 0) return
            await guarded(async () => {
              await changePassphrase(current, newPassphrase.passphrase)
              setCurrent('')
              setNewPassphrase(EMPTY_NEW_PASSPHRASE)
              show({ tone: 'success', message: e.passphraseChanged })
            }, 'current')
          }}
        >
          <div className="form-grid">
            <PassphraseField
              label={e.currentPassphrase}
              autoComplete="current-password"
              value={current}
              onChange={setCurrent}
              error={errors.current}
            />
            <NewPassphraseFields
              purpose="change"
              value={newPassphrase}
              onChange={setNewPassphrase}
              errors={errors}
            />
          </div>
          <button type="submit" className="button">
            {e.changePassphrase}
          </button>
        </ActionForm>
      </details>

      <details className="settings-list__details encryption-details">
        <summary>{e.disable}</summary>
        <p>{e.disableHint}</p>
        <ActionForm
          onSubmit={async () => {
            setErrors({})
            await guarded(async () => {
              await disableEncryption(confirm, actor)
              setConfirm('')
              show({ tone: 'success', message: e.disabled })
            }, 'confirm')
          }}
        >
          <PassphraseField
            label={e.confirmPassphrase}
            autoComplete="current-password"
            value={confirm}
            onChange={setConfirm}
            error={errors.confirm}
          />
          <button type="submit" className="button button--danger">
            {e.disable}
          </button>
        </ActionForm>
      </details>
    </>
  )
}
