import { useEffect, useRef, useState, type DragEvent } from 'react'
import { Dialog } from '../../../components/dialog'
import { Field } from '../../../components/field'
import type { IsoDate } from '../../../domain/types'
import { useT } from '../../../i18n'
import { LoadOutcomes } from './load-outcomes'
import { SampleDownloads } from './sample-downloads'
import { useExchangeLoading } from './use-exchange-loading'
import './loading.css'

const ACCEPT = '.json,application/json'

interface LoadDialogProps {
  onClose: () => void
  /** For the sample files offered at the bottom. */
  today: IsoDate
}

/**
 * Uitwisselbestanden laden: choose or drop many files, see per file what loading would do,
 * confirm replacements, then store the accepted ones together.
 */
export function LoadDialog({ onClose, today }: LoadDialogProps) {
  const t = useT()
  const l = t.municipal.load
  const loading = useExchangeLoading()
  const { phase } = loading
  const [dragging, setDragging] = useState(false)
  const resultRef = useRef<HTMLHeadingElement>(null)
  const storedRef = useRef<HTMLParagraphElement>(null)

  // Focus follows the step: to the results when the check is done, to the message when stored.
  useEffect(() => {
    if (phase.kind === 'checked') resultRef.current?.focus()
    if (phase.kind === 'stored') storedRef.current?.focus()
  }, [phase.kind])

  const outcomes = 'outcomes' in phase ? phase.outcomes : null
  const toStore = outcomes ? loading.accepted(outcomes).length : 0
  const count = (kind: string) => outcomes?.filter((o) => o.kind === kind).length ?? 0

  function onDrop(event: DragEvent) {
    event.preventDefault()
    setDragging(false)
    const files = [...event.dataTransfer.files]
    if (files.length > 0) void loading.check(files)
  }

  return (
    <Dialog title={l.title} description={l.description} onClose={onClose} size="wide">
      {(phase.kind === 'choose' || phase.kind === 'reading') && (
        <div
          className={`load-drop${dragging ? ' load-drop--active' : ''}`}
          onDragOver={(event) => {
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <Field label={l.file} hint={l.fileHint}>
            {({ control }) => (
              <input
                {...control}
                type="file"
                multiple
                accept={ACCEPT}
                className="input load-drop__input"
                disabled={phase.kind === 'reading'}
                onChange={(event) => {
                  const files = [...(event.target.files ?? [])]
                  // Reset, so choosing the same (corrected) files again is noticed.
                  event.target.value = ''
                  void loading.check(files)
                }}
              />
            )}
          </Field>
          <p className="load-drop__hint" aria-hidden="true">
            {dragging ? l.dropActive : l.drop}
          </p>
        </div>
      )}
      <div role="status" aria-live="polite" className="load-progress">
        {phase.kind === 'reading' && (
          <>
            <p>{l.reading(phase.done, phase.total)}</p>
            <progress max={phase.total} value={phase.done} />
          </>
        )}
        {phase.kind === 'storing' && <p>{l.storing}</p>}
      </div>
      {loading.error && (
        <p className="error-summary" role="alert">
          {loading.error}
        </p>
      )}
      {outcomes && (
        <section aria-labelledby="load-result" className="load-result">
          <h3 id="load-result" ref={resultRef} tabIndex={-1} className="load-result__title">
            {l.resultTitle}
          </h3>
          <p>{l.summary(count('new'), count('replaces'), count('refused'), count('duplicate'))}</p>
          {count('refused') > 0 && <p className="field__hint">{l.refusedNote}</p>}
          <LoadOutcomes
            outcomes={outcomes}
            confirmed={loading.confirmed}
            stored={phase.kind === 'stored'}
            disabled={phase.kind !== 'checked'}
            onConfirm={loading.confirm}
          />
          {phase.kind === 'stored' ? (
            <p ref={storedRef} tabIndex={-1} className="load-result__done">
              {l.stored(phase.stored)}
            </p>
          ) : (
            toStore === 0 && <p>{l.nothingToStore}</p>
          )}
          <div className="form__actions">
            {phase.kind !== 'stored' && (
              <button
                type="button"
                className="button button--primary"
                disabled={toStore === 0 || phase.kind !== 'checked'}
                onClick={() => void loading.store()}
              >
                {l.store(toStore)}
              </button>
            )}
            <button type="button" className="button" onClick={loading.reset}>
              {l.chooseOther}
            </button>
            {phase.kind === 'stored' && (
              <button type="button" className="button button--primary" onClick={onClose}>
                {l.done}
              </button>
            )}
          </div>
        </section>
      )}
      {phase.kind === 'choose' && <SampleDownloads today={today} />}
    </Dialog>
  )
}
