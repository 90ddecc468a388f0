import { useEffect, useRef, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { finishInterruptedMove } from '../../db/review-moves'
import { closeReview, setReviewPosition } from '../../db/review-repo'
import { formatDutchDate } from '../../domain/dates'
import { reviewProgress } from '../../domain/review/progress'
import { useBoardData } from '../../hooks/use-board-data'
import { useSettings } from '../../hooks/use-settings'
import { useStorageErrorMessage } from '../../hooks/use-storage-error-message'
import { useToday } from '../../hooks/use-today'
import { useT } from '../../i18n'
import { useNotices } from '../../stores/notice-store'
import { useActor } from '../../stores/preferences-store'
import type { Review } from '../../domain/types'
import { ClosedElsewhereNotice } from './closed-elsewhere'
import { ClosedReview } from './closed-review'
import { FinishReviewDialog } from './finish-review-dialog'
import { forgetPendingMove, pendingMoveOf } from './pending-move'
import { ReviewShortcuts } from './review-shortcuts'
import { useReviewView } from './review-view-store'
import { ReviewYouth } from './review-youth'
import { scopeLabel } from './scope-label'
import { usePreviousEntries, useReview, useReviewYouth } from './use-review'
import { useReviewMoves } from './use-review-moves'
import './review.css'

/** One review being held: youth by youth, with progress, shortcuts and presentation mode. */
export function ReviewSession({ reviewId }: { reviewId: string }) {
  const t = useT()
  const r = t.review
  const data = useReview(reviewId)
  const settings = useSettings()
  const today = useToday()
  const actor = useActor()
  const show = useNotices((s) => s.show)
  const [, navigate] = useLocation()
  const { youths } = useBoardData()
  const [finishing, setFinishing] = useState(false)
  const { presentation, setPresentation } = useReviewView()
  const review = data?.review
  // Closed elsewhere while on screen (another laptop, another tab): the youth on screen stays,
  // as the review was when last seen open, with what was typed in it (closed-elsewhere.tsx).
  const [seenOpen, setSeenOpen] = useState<Review | null>(null)
  const [closingHere, setClosingHere] = useState(false)
  const [showClosed, setShowClosed] = useState(false)
  if (review?.status === 'open' && seenOpen !== review) setSeenOpen(review)
  const closedElsewhere =
    review?.status === 'closed' && seenOpen !== null && !closingHere && !showClosed
  const shown = closedElsewhere ? seenOpen : review
  const previous = usePreviousEntries(shown?.youthIds, reviewId)
  const youthId = shown ? shown.youthIds[shown.position] : undefined
  const current = useReviewYouth(youthId)
  const open = review?.status === 'open'
  const storageMessage = useStorageErrorMessage()
  const moves = useReviewMoves({
    reviewId,
    review,
    actor,
    onEnd: () => setFinishing(true),
    onFailed: (error) => show({ tone: 'error', message: storageMessage(error) ?? r.saveFailed }),
  })
  const movesRef = useRef(moves)
  useEffect(() => {
    movesRef.current = moves
  })
  // A move this tab asked for but had not stored when the page went away: finish it first.
  const [resuming, setResuming] = useState(() => pendingMoveOf(reviewId) !== null)
  useEffect(() => {
    const pending = pendingMoveOf(reviewId)
    if (!pending) return
    let mounted = true
    void finishInterruptedMove(reviewId, pending.to, pending.discussed, actor)
      .catch(() => undefined)
      .finally(() => {
        forgetPendingMove(reviewId)
        if (mounted) setResuming(false)
      })
    return () => {
      mounted = false
    }
  }, [reviewId, actor])

  // Alt+Page Down / Up: every press is a step, queued behind the ones still being stored.
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || document.querySelector('dialog[open]')) return
      if (event.key === 'PageDown') {
        event.preventDefault()
        movesRef.current.move(1, true)
      } else if (event.key === 'PageUp') {
        event.preventDefault()
        movesRef.current.move(-1, false)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])

  // Presentation mode hides the app chrome; Esc or Alt+P leaves it.
  useEffect(() => {
    const on = presentation && open
    document.documentElement.classList.toggle('presentation', on)
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.key.toLowerCase() === 'p') {
        event.preventDefault()
        setPresentation(!presentation)
      } else if (event.key === 'Escape' && on && !document.querySelector('dialog[open]')) {
        setPresentation(false)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
      document.documentElement.classList.remove('presentation')
    }
  }, [presentation, open, setPresentation])

  if (data === undefined || !settings || resuming) return <p>{r.loading}</p>
  if (data === null || !review)
    return (
      <div className="page">
        <h1 className="page__title">{r.notFound}</h1>
        <Link href="/">{r.back}</Link>
      </div>
    )
  const youthView = (at: Review, closed: boolean) =>
    current === undefined || previous === undefined || (current && current.youth.id !== youthId) ? (
      <p>{r.loading}</p>
    ) : current === null || !youthId ? (
      <p className="notice-inline">{r.gone}</p>
    ) : (
      <ReviewYouth
        key={youthId}
        review={at}
        closed={closed}
        item={data.items.get(youthId)}
        youth={current.youth}
        assessments={current.assessments}
        previous={previous.get(youthId)}
        settings={settings}
        today={today}
        actor={actor}
        onMove={moves.move}
        setFlush={moves.setFlush}
      />
    )
  if (closedElsewhere && seenOpen)
    return (
      <div className="page page--review">
        <ClosedElsewhereNotice review={review} onShow={() => setShowClosed(true)} />
        <div className="review-layout">{youthView(seenOpen, true)}</div>
      </div>
    )
  if (review.status === 'closed')
    return <ClosedReview review={review} settings={settings} youths={youths} />

  const progress = reviewProgress(review, data.items.values())

  async function finish() {
    if (!review) return
    setClosingHere(true)
    try {
      await closeReview(review.id, actor)
      setPresentation(false)
      show({ tone: 'success', message: r.finished(formatDutchDate(review.date)) })
      navigate('/')
    } catch (error) {
      setClosingHere(false)
      show({ tone: 'error', message: storageMessage(error) ?? t.common.unknownError })
    }
  }

  return (
    <div className={`page page--review${presentation ? ' review--presentation' : ''}`}>
      <div className="review-bar">
        <div className="review-bar__title">
          <Link href="/" className="back-link review-bar__back">
            ← {r.back}
          </Link>
          <h1 className="page__title">
            {r.title} {formatDutchDate(review.date)}
          </h1>
          <p className="review-bar__scope">
            {scopeLabel(t, review.scope)}
            {review.participants.length > 0 && ` · ${review.participants.join(', ')}`}
          </p>
        </div>
        <div className="review-bar__progress">
          <p id="review-progress" aria-live="polite">
            <strong>{r.progress(progress.discussed, progress.total)}</strong>
          </p>
          <progress
            max={progress.total}
            value={progress.discussed}
            aria-labelledby="review-progress"
          />
        </div>
        <div className="review-bar__actions">
          <button
            type="button"
            className="button"
            aria-pressed={presentation}
            onClick={() => setPresentation(!presentation)}
          >
            {presentation ? r.presentationExit : r.presentation}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setFinishing(true)}
          >
            {r.finish}
          </button>
        </div>
      </div>
      <div className="review-layout">
        {youthView(review, false)}
        <ReviewShortcuts />
      </div>
      {finishing && (
        <FinishReviewDialog
          progress={progress}
          youths={youths}
          onClose={() => setFinishing(false)}
          onConfirm={finish}
          onGoTo={(id) => {
            setFinishing(false)
            void setReviewPosition(review.id, review.youthIds.indexOf(id))
          }}
        />
      )}
    </div>
  )
}
