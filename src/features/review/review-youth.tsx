import { ReviewAgreements } from './review-agreements'
import { useEffect, useRef } from 'react'
import { StatusBadge } from '../../components/status-badge'
import { setDiscussed } from '../../db/review-repo'
import { ageOn, formatDutchDate } from '../../domain/dates'
import { municipalityName } from '../../domain/municipalities'
import { effectiveStatus, enabledPreconditions, isApplicable } from '../../domain/preconditions'
import type { SnapshotEntry } from '../../domain/review/snapshot'
import { totalStatus } from '../../domain/total-status'
import type { Assessment, Review, ReviewItem, Settings, Youth } from '../../domain/types'
import { preconditionName, useT } from '../../i18n'
import { useDialogs } from '../../stores/dialog-store'
import { useNotices } from '../../stores/notice-store'
import { ReviewPrecondition } from './review-precondition'
import { ReviewYouthFields, useYouthFieldsDraft } from './review-youth-fields'
import { useReviewDrafts, worstOf, type CommitResult } from './use-review-drafts'
import type { Flush } from './use-review-moves'
import { useStorageErrorMessage } from '../../hooks/use-storage-error-message'

export interface ReviewYouthProps {
  review: Review
  item: ReviewItem | undefined
  youth: Youth
  assessments: ReadonlyMap<string, Assessment>
  previous: SnapshotEntry | undefined
  settings: Settings
  today: string
  actor: string
  /** Move by `delta` youths (queued behind moves not stored yet); `discussed` marks besproken. */
  onMove: (delta: number, discussed: boolean) => void
  /** Registers how a move stores this youth's drafts before leaving it. */
  setFlush: (youthId: string, flush: Flush | null) => void
  /** Closed elsewhere while on screen: edits save as plain edits; no marking, no moving on. */
  closed?: boolean
}

/** The youth on screen in a review: facts, perspectief, every precondition, and the way on. */
export function ReviewYouth(props: ReviewYouthProps) {
  const { review, item, youth, assessments, previous, settings, today, actor } = props
  const t = useT()
  const storageMessage = useStorageErrorMessage()
  const r = t.review
  const show = useNotices((s) => s.show)
  const openDialog = useDialogs((s) => s.open)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const enabled = enabledPreconditions(settings)
  const ids = enabled.map((p) => p.id)
  const drafts = useReviewDrafts(review.id, youth.id, ids, assessments, actor)
  const fields = useYouthFieldsDraft(review.id, youth, today, actor, t)
  const index = review.youthIds.indexOf(youth.id)
  const discussed = Boolean(item?.discussedAt)

  // Each youth starts with focus on its name, so a screen reader announces who is on screen.
  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  /** Runs a save; a failure is told, never thrown into the page. */
  async function store(save: () => Promise<CommitResult>): Promise<CommitResult | null> {
    try {
      return await save()
    } catch (error) {
      show({ tone: 'error', message: storageMessage(error) ?? r.saveFailed })
      return null
    }
  }

  async function storeAll(): Promise<boolean> {
    const result = await store(async () =>
      worstOf([await drafts.commitAll(), await fields.flush()]),
    )
    // Point at what holds the youth here: a choice between two versions, or an invalid field.
    const [message, target] =
      result === 'conflict'
        ? [t.conflicts.pending, '.review-youth .conflict-panel__title']
        : [r.fixErrors, '.review-youth [aria-invalid="true"]']
    if (result === 'conflict' || result === 'invalid') {
      show({ tone: 'error', message })
      requestAnimationFrame(() => document.querySelector<HTMLElement>(target)?.focus())
    }
    return result === 'ok'
  }

  const move = props.onMove
  // A move stores this youth's drafts first, with their latest values.
  const storeAllRef = useRef(storeAll)
  useEffect(() => {
    storeAllRef.current = storeAll
  })
  const { setFlush } = props
  useEffect(() => {
    setFlush(youth.id, () => storeAllRef.current())
    return () => setFlush(youth.id, null)
  }, [setFlush, youth.id])

  const statuses = Object.fromEntries(
    enabled.map((p) => [
      p.id,
      effectiveStatus(
        p.id,
        { status: drafts.drafts[p.id]?.status ?? 'onbekend' },
        youth,
        settings,
        today,
      ),
    ]),
  )

  return (
    <article className="review-youth" aria-labelledby="review-youth-name">
      <header className="review-youth__header">
        <div>
          <p className="review-youth__position">{r.position(index + 1, review.youthIds.length)}</p>
          <h2 id="review-youth-name" ref={headingRef} tabIndex={-1} className="review-youth__name">
            {youth.clientRef}
            {youth.displayName && <span className="page__subtitle"> · {youth.displayName}</span>}
          </h2>
          <p className="review-youth__facts">
            {t.forms.youthPage.age(ageOn(youth.birthDate, today))} ·{' '}
            {municipalityName(youth.municipalityCode)} · {youth.location} ·{' '}
            {t.livingArrangements[youth.livingArrangement]} ·{' '}
            {t.forms.youth.placementDate.toLowerCase()} {formatDutchDate(youth.placementDate)}
          </p>
        </div>
        <div className="review-youth__total">
          {t.board.columns.totalStatus}:{' '}
          <StatusBadge status={totalStatus(Object.values(statuses))} />
          {!props.closed && (
            <label className="checkbox review-youth__discussed">
              <input
                type="checkbox"
                checked={discussed}
                onChange={(event) =>
                  void setDiscussed(review.id, youth.id, event.target.checked, actor)
                }
              />
              {r.markDiscussed}
            </label>
          )}
        </div>
      </header>

      <ReviewAgreements
        clientRef={youth.clientRef}
        reasonCodes={enabled.flatMap((p) => drafts.drafts[p.id]?.reasonCodes ?? [])}
      />
      {youth.outflow ? (
        <p className="notice-inline">{r.outflowed(formatDutchDate(youth.outflow.date))}</p>
      ) : (
        <>
          <ReviewYouthFields
            draft={fields}
            onResolve={(choices) => void store(() => fields.resolve(choices))}
          />
          <div className="review-youth__preconditions">
            {enabled.map((p) => (
              <ReviewPrecondition
                key={p.id}
                preconditionId={p.id}
                name={preconditionName(t, p)}
                settings={settings}
                value={
                  drafts.drafts[p.id] ?? {
                    status: 'onbekend',
                    reasonCodes: [],
                    note: '',
                    action: '',
                    owner: null,
                    dueDate: null,
                  }
                }
                current={statuses[p.id] ?? 'onbekend'}
                applies={isApplicable(p.id, youth, settings, today)}
                previous={previous}
                changedInReview={item?.changed.includes(p.id) ?? false}
                errors={drafts.errors[p.id] ?? {}}
                onChange={(value) => void drafts.change(p.id, value)}
                onLeave={() => void drafts.commit(p.id)}
                conflict={drafts.conflicts[p.id]}
                onResolve={(choices) => void store(() => drafts.resolve(p.id, choices))}
              />
            ))}
          </div>
        </>
      )}

      <footer className="review-youth__actions" hidden={props.closed}>
        <button
          type="button"
          className="button"
          disabled={index <= 0}
          onClick={() => move(-1, false)}
        >
          ← {r.previous}
        </button>
        <button type="button" className="button button--primary" onClick={() => move(1, true)}>
          {r.next} →
        </button>
        <button type="button" className="button button--ghost" onClick={() => move(1, false)}>
          {r.skip}
        </button>
        {!youth.outflow && (
          <button
            type="button"
            className="button button--ghost review-youth__outflow"
            onClick={() =>
              void storeAll().then((ok) => ok && openDialog({ kind: 'outflow', youthId: youth.id }))
            }
          >
            {t.forms.outflow.submit}
          </button>
        )}
      </footer>
    </article>
  )
}
