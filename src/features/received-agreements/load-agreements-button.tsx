import { useId, useRef } from 'react'
import { Dialog } from '../../components/dialog'
import { useT } from '../../i18n'
import { useAgreementsLoading } from './use-agreements-loading'

/**
 * Afspraken laden: choose a gemeente's afsprakenbestand. A refusal lists its reasons (each
 * naming the field) and says nothing changed; a name that differs only in spelling is shown
 * beside the board's own and the user confirms.
 */
export function LoadAgreementsButton({ primary = false }: { primary?: boolean }) {
  const t = useT()
  const g = t.agreements
  const input = useRef<HTMLInputElement>(null)
  const hintId = useId()
  const { state, load, confirm, dismiss } = useAgreementsLoading()
  return (
    <>
      <button
        type="button"
        className={primary ? 'button button--primary' : 'button'}
        aria-describedby={hintId}
        aria-disabled={state.kind === 'busy' || undefined}
        onClick={() => {
          if (state.kind !== 'busy') input.current?.click()
        }}
      >
        {g.load}
      </button>
      <span id={hintId} className="visually-hidden">
        {g.loadHint}
      </span>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={g.load}
        data-testid="agreements-file"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) load(file)
        }}
      />
      {state.kind === 'refused' && (
        <div className="error-summary" role="alert">
          <p>
            <strong>{state.fileName}</strong>: {g.loadRefused}
          </p>
          <ul>
            {state.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          <button type="button" className="button button--small" onClick={dismiss}>
            {t.common.close}
          </button>
        </div>
      )}
      {state.kind === 'confirm' && (
        <Dialog title={g.confirmTitle} onClose={dismiss} description={g.confirmText}>
          <dl className="facts">
            <div>
              <dt>{g.confirmFile}</dt>
              <dd>{state.inFile}</dd>
            </div>
            <div>
              <dt>{g.confirmOwn}</dt>
              <dd>{state.own}</dd>
            </div>
          </dl>
          <div className="form__actions">
            <button type="button" className="button button--primary" onClick={confirm}>
              {g.confirmYes}
            </button>
            <button type="button" className="button" onClick={dismiss}>
              {t.common.cancel}
            </button>
          </div>
        </Dialog>
      )}
    </>
  )
}
