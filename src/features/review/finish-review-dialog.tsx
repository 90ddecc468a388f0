import { useState } from 'react'
import { Dialog } from '../../components/dialog'
import type { ReviewProgress } from '../../domain/review/progress'
import type { Youth } from '../../domain/types'
import { useT } from '../../i18n'

interface Props {
  progress: ReviewProgress
  youths: ReadonlyMap<string, Youth>
  onGoTo: (youthId: string) => void
  onConfirm: () => Promise<void>
  onClose: () => void
}

/** Before closing: how many were discussed, and exactly which youths were not. */
export function FinishReviewDialog({ progress, youths, onGoTo, onConfirm, onClose }: Props) {
  const t = useT()
  const r = t.review
  const [busy, setBusy] = useState(false)
  return (
    <Dialog
      title={r.finishTitle}
      onClose={onClose}
      description={r.finishIntro(progress.discussed, progress.total)}
    >
      {progress.remaining.length === 0 ? (
        <p>{r.allReviewed}</p>
      ) : (
        <>
          <p>{r.unreviewedTitle(progress.remaining.length)}</p>
          <ul className="unreviewed-list">
            {progress.remaining.map((id) => {
              const ref = youths.get(id)?.clientRef ?? id
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    onClick={() => onGoTo(id)}
                  >
                    {r.goTo(ref)}
                  </button>
                </li>
              )
            })}
          </ul>
        </>
      )}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          data-initial-focus=""
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void onConfirm().finally(() => setBusy(false))
          }}
        >
          {r.finishConfirm}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {r.finishBack}
        </button>
      </div>
    </Dialog>
  )
}
