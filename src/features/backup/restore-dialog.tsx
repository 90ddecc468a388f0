import { useState } from 'react'
import { Dialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { classifyStorageError } from '../../db/storage'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'
import { problemMessage } from './problem-message'
import {
  checkBackupFile,
  previewMerge,
  restoreBackup,
  type CheckedBackup,
  type MergePlan,
  type RestoreMode,
} from './restore-backup'
import { BackupContents, MergePreview } from './restore-summary'

interface Checked {
  backup: CheckedBackup
  merge: MergePlan | null
}

/**
 * Back-up terugzetten: the whole file is checked first (format, version, passphrase,
 * checksum, every record); only the confirm button writes, in one transaction.
 */
export function RestoreDialog({
  youthCount,
  onClose,
}: {
  youthCount: number
  onClose: () => void
}) {
  const t = useT()
  const b = t.backup
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const [file, setFile] = useState<File | null>(null)
  const [passphrase, setPassphrase] = useState('')
  const [askPassphrase, setAskPassphrase] = useState(false)
  const [mode, setMode] = useState<RestoreMode>('replace')
  const [checked, setChecked] = useState<Checked | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<'checking' | 'restoring' | null>(null)

  async function check(chosen: File | null, nextMode: RestoreMode, secret: string) {
    setChecked(null)
    setError(null)
    if (!chosen) return
    setBusy('checking')
    try {
      const result = await checkBackupFile(chosen, secret || undefined)
      if (!result.ok) {
        const { code } = result.problem
        if (code === 'passphraseRequired' || code === 'wrongPassphrase') setAskPassphrase(true)
        setError(problemMessage(t, result.problem))
        return
      }
      const merge = nextMode === 'merge' ? await previewMerge(result.backup.data) : null
      setChecked({ backup: result.backup, merge })
    } catch {
      setError(b.problems.notJson)
    } finally {
      setBusy(null)
    }
  }

  async function restore() {
    if (!checked) return
    setBusy('restoring')
    try {
      const plan = await restoreBackup(checked.backup, mode, actor)
      show({ tone: 'success', message: plan ? b.merged(plan.added, plan.replaced) : b.restored })
      onClose()
    } catch (failure) {
      setError(classifyStorageError(failure) === 'quota' ? b.quota : b.restoreFailed)
      setBusy(null)
    }
  }

  return (
    <Dialog title={b.restore} description={b.restoreIntro} onClose={onClose} size="wide">
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void check(file, mode, passphrase)
        }}
      >
        <Field label={b.file}>
          {({ id, describedBy }) => (
            <input
              id={id}
              type="file"
              className="input"
              accept=".json,application/json"
              aria-describedby={describedBy}
              onChange={(event) => {
                const chosen = event.target.files?.[0] ?? null
                setFile(chosen)
                setAskPassphrase(false)
                setPassphrase('')
                void check(chosen, mode, '')
              }}
            />
          )}
        </Field>
        {askPassphrase && (
          <Field label={b.filePassphrase}>
            {({ id, describedBy }) => (
              <input
                id={id}
                className="input"
                type="password"
                autoComplete="current-password"
                value={passphrase}
                aria-describedby={describedBy}
                onChange={(event) => setPassphrase(event.target.value)}
              />
            )}
          </Field>
        )}
        <fieldset className="choice-group">
          <legend>{b.mode}</legend>
          {(
            [
              ['replace', b.modeReplace],
              ['merge', b.modeMerge],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                name="restore-mode"
                checked={mode === value}
                onChange={() => {
                  setMode(value)
                  void check(file, value, passphrase)
                }}
              />
              {label}
            </label>
          ))}
        </fieldset>
        {file && !checked && (
          <div className="form__actions">
            <button type="submit" className="button" disabled={busy !== null}>
              {b.check}
            </button>
          </div>
        )}
      </form>
      {busy && <p role="status">{busy === 'checking' ? b.checking : b.restoring}</p>}
      {error && (
        <p className="error-summary" role="alert">
          {error}
        </p>
      )}
      {checked && (
        <>
          <BackupContents backup={checked.backup} />
          {mode === 'replace' && youthCount > 0 && (
            <p className="notice-inline">{b.replaceWarning(youthCount)}</p>
          )}
          {checked.merge && <MergePreview plan={checked.merge} />}
        </>
      )}
      <div className="form__actions">
        <button
          type="button"
          className={`button ${mode === 'replace' ? 'button--danger' : 'button--primary'}`}
          disabled={!checked || busy !== null}
          onClick={() => void restore()}
        >
          {b.confirm}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t.common.cancel}
        </button>
      </div>
    </Dialog>
  )
}
