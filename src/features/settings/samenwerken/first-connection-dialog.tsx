import { useSyncText } from './use-sync-text'
import { useState } from 'react'
import { Dialog } from '../../../components/dialog'
import type { FirstConnectionChoice } from '../../../domain/sync/types'
import { useT } from '../../../i18n'
import { OutcomeMessage, type OutcomeError } from './outcome-message'

interface FirstConnectionDialogProps {
  choice: FirstConnectionChoice
  onChoose: (choice: 'merge' | 'replace') => Promise<OutcomeError | null>
  onBackup: () => Promise<void>
  onCancel: () => void
}

/**
 * A browser with data meets a team with data: the user decides, or nothing is mixed. Replacing
 * asks once more and offers the back-up first.
 */
export function FirstConnectionDialog(props: FirstConnectionDialogProps) {
  const { choice, onChoose, onBackup, onCancel } = props
  const t = useT()
  const f = useSyncText().first
  const [confirmReplace, setConfirmReplace] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<OutcomeError | null>(null)

  async function choose(which: 'merge' | 'replace') {
    setBusy(true)
    setFailure(await onChoose(which))
    setBusy(false)
  }

  return (
    <Dialog title={f.title} description={f.intro} onClose={onCancel} size="wide">
      <OutcomeMessage error={failure} />
      <dl className="sync-counts">
        <div>
          <dt>{f.local}</dt>
          <dd>{f.youths(choice.localYouths)}</dd>
        </div>
        <div>
          <dt>{f.team}</dt>
          <dd>{f.youths(choice.teamYouths)}</dd>
        </div>
      </dl>
      <p>{f.onBoth(choice.onBoth.length)}</p>
      {choice.onBoth.length > 0 && (
        <ul className="sync-client-refs">
          {choice.onBoth.map((ref) => (
            <li key={ref}>{ref}</li>
          ))}
        </ul>
      )}
      {confirmReplace ? (
        <div className="sync-choice" role="group" aria-labelledby="sync-replace-title">
          <h3 id="sync-replace-title">{f.replace}</h3>
          <p className="sync-warning">
            <span aria-hidden="true">⚠ </span>
            {f.replaceWarning}
          </p>
          <div className="form__actions">
            <button type="button" className="button" onClick={() => void onBackup()}>
              {t.security.backupFirst}
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void choose('replace')}
            >
              {f.replaceConfirm}
            </button>
            <button type="button" className="button" onClick={() => setConfirmReplace(false)}>
              {f.back}
            </button>
          </div>
        </div>
      ) : (
        <>
          <div className="sync-choice">
            <p>{f.mergeHint}</p>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void choose('merge')}
            >
              {f.merge}
            </button>
          </div>
          <div className="sync-choice">
            <p>{f.replaceHint}</p>
            <button type="button" className="button" onClick={() => setConfirmReplace(true)}>
              {f.replace}
            </button>
          </div>
          <div className="form__actions">
            <button type="button" className="button button--ghost" onClick={onCancel}>
              {f.cancel}
            </button>
          </div>
        </>
      )}
    </Dialog>
  )
}
