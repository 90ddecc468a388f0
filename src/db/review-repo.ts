import { assessmentsByYouth } from '../domain/assessments-by-youth'
import { enabledPreconditions } from '../domain/preconditions'
import {
  newReview,
  newReviewItem,
  withChange,
  withDiscussed,
  youthAfterReview,
} from '../domain/review/lifecycle'
import { reviewWalkOrder } from '../domain/review/scope'
import { buildSnapshot, snapshotEntryAt, snapshotTotals } from '../domain/review/snapshot'
import type {
  Assessment,
  AssessmentInput,
  Review,
  ReviewItem,
  ReviewSnapshot,
  Youth,
} from '../domain/types'
import { getAssessment, setAssessment } from './assessments-repo'
import { appendGeneralAudit } from './audit-repo'
import { db } from './database'
import { getExisting } from './record-change'
import { getSettings } from './settings-repo'
import { updateYouth } from './youths-repo'
import { assessmentsIn, type StoredYouth } from './youth-record'
import { versionOf } from '../domain/versions/record-version'
import type { YouthValues } from '../domain/youth-input'

export class ReviewClosedError extends Error {
  constructor() {
    super('The review is closed')
    this.name = 'ReviewClosedError'
  }
}

export class EmptyReviewError extends Error {
  constructor() {
    super('No placed youths in scope')
    this.name = 'EmptyReviewError'
  }
}

export type StartReviewInput = Pick<Review, 'date' | 'participants' | 'scope'>

/**
 * Starts a review and stores it at once with the youths in scope, so it can be paused and
 * resumed after a reload or on another day. Refuses a scope without placed youths.
 */
export async function startReview(input: StartReviewInput, actor: string): Promise<Review> {
  return db.transaction('rw', db.youths, db.reviews, db.reviewItems, db.audit, async () => {
    const youths = await db.youths.toArray()
    const youthIds = reviewWalkOrder(youths, input.scope)
    if (youthIds.length === 0) throw new EmptyReviewError()
    const startedAt = new Date().toISOString()
    const review = newReview({
      ...input,
      id: crypto.randomUUID(),
      youthIds,
      startedAt,
      startedBy: actor,
    })
    await db.reviews.add(review)
    await db.reviewItems.bulkAdd(review.youthIds.map((id) => newReviewItem(review.id, id)))
    await appendGeneralAudit('review', actor, { reviewId: review.id, started: review.date })
    return review
  })
}

/**
 * A change made on a screen still in a review that was closed meanwhile (on another laptop or
 * in another tab): saved as a plain edit of the youth — audited, not counted in the review — so
 * nothing typed is lost. The closed review itself is never changed.
 */
export async function inReviewOrPlain<T>(
  inReview: () => Promise<T>,
  plain: () => Promise<T>,
): Promise<T> {
  try {
    return await inReview()
  } catch (error) {
    if (error instanceof ReviewClosedError) return plain()
    throw error
  }
}

export async function openReview(reviewId: string): Promise<Review> {
  const review = await getExisting(db.reviews, reviewId, 'Review')
  if (review.status !== 'open') throw new ReviewClosedError()
  return review
}

export async function putItem(
  reviewId: string,
  youthId: string,
  next: (item: ReviewItem) => ReviewItem,
) {
  const item = await db.reviewItems.get([reviewId, youthId])
  await db.reviewItems.put(next(item ?? newReviewItem(reviewId, youthId)))
}

/** Remembers which youth is on screen, so a resumed review continues there. */
export async function setReviewPosition(reviewId: string, position: number): Promise<void> {
  await db.transaction('rw', db.reviews, async () => {
    const review = await openReview(reviewId)
    const clamped = Math.max(0, Math.min(position, review.youthIds.length - 1))
    if (clamped !== review.position) await db.reviews.update(reviewId, { position: clamped })
  })
}

/** Marks a youth besproken (with or without changes), or takes that back. */
export async function setDiscussed(
  reviewId: string,
  youthId: string,
  discussed: boolean,
  actor: string,
): Promise<void> {
  await db.transaction('rw', db.reviews, db.reviewItems, async () => {
    await openReview(reviewId)
    await putItem(reviewId, youthId, (item) =>
      withDiscussed(item, discussed, actor, new Date().toISOString()),
    )
  })
}

/**
 * Changes an assessment during a review; the item remembers the change (marked on screen).
 * `expectedVersion`: the version the screen loaded (see setAssessment).
 */
export async function setAssessmentInReview(
  reviewId: string,
  youthId: string,
  preconditionId: string,
  input: AssessmentInput,
  actor: string,
  expectedVersion?: number,
): Promise<Assessment> {
  return db.transaction('rw', [db.reviews, db.reviewItems, db.youths, db.audit], async () => {
    await openReview(reviewId)
    const before = await getAssessment(youthId, preconditionId)
    const after = await setAssessment(youthId, preconditionId, input, actor, expectedVersion)
    if (!before || after.changedAt !== before.changedAt) {
      await putItem(reviewId, youthId, (item) => withChange(item, preconditionId))
    }
    return after
  })
}

/**
 * Changes perspectief / beoogde uitstroomdatum (or other youth fields) during a review.
 * `expectedVersion`: the version the screen loaded (see updateYouth).
 */
export async function updateYouthInReview(
  reviewId: string,
  youthId: string,
  values: YouthValues,
  actor: string,
  expectedVersion?: number,
): Promise<Youth> {
  return db.transaction(
    'rw',
    [db.reviews, db.reviewItems, db.youths, db.settings, db.audit],
    async () => {
      await openReview(reviewId)
      const youth = await updateYouth(youthId, values, actor, expectedVersion)
      await putItem(reviewId, youthId, (item) => withChange(item, 'youth'))
      return youth
    },
  )
}

/**
 * Closes a review: stores the immutable snapshot of every youth still placed, the review date
 * for every youth marked besproken (drives *verouderd*) and the red streaks (drives
 * *langdurig rood*) — all in one transaction.
 */
export async function closeReview(reviewId: string, actor: string): Promise<ReviewSnapshot> {
  const settings = await getSettings()
  return db.transaction(
    'rw',
    [db.reviews, db.reviewItems, db.youths, db.snapshots, db.audit],
    async () => {
      const review = await openReview(reviewId)
      const [found, items] = await Promise.all([
        db.youths.bulkGet(review.youthIds),
        db.reviewItems.where('reviewId').equals(reviewId).toArray(),
      ])
      const youths = found.filter((y): y is StoredYouth => y !== undefined && y.outflow === null)
      const byYouth = assessmentsByYouth(youths.flatMap(assessmentsIn))
      const discussed = new Set(items.filter((i) => i.discussedAt).map((i) => i.youthId))
      const closedAt = new Date().toISOString()
      const snapshot = buildSnapshot({
        review,
        youths,
        assessments: byYouth,
        preconditions: enabledPreconditions(settings),
        settings,
        discussed,
        closedAt,
      })
      await db.snapshots.add(snapshot)
      // A new version each: a youth form opened before closing then merges with it.
      await db.youths.bulkPut(
        youths.map((y, i) => ({
          ...y,
          ...youthAfterReview(y, snapshotEntryAt(snapshot, i)),
          version: versionOf(y) + 1,
        })),
      )
      const totals = snapshotTotals(snapshot)
      await db.reviews.update(reviewId, {
        status: 'closed',
        closedAt,
        closedBy: actor,
        totals,
        youthIds: [],
      })
      const after = {
        reviewId,
        closed: review.date,
        discussed: discussed.size,
        total: youths.length,
      }
      await appendGeneralAudit('review', actor, after, closedAt)
      return snapshot
    },
  )
}

/** Drops an open review that should not have been started; closed reviews are history. */
export async function deleteOpenReview(reviewId: string): Promise<void> {
  await db.transaction('rw', db.reviews, db.reviewItems, async () => {
    await openReview(reviewId)
    await db.reviewItems.where('reviewId').equals(reviewId).delete()
    await db.reviews.delete(reviewId)
  })
}

export async function getReview(reviewId: string): Promise<Review | undefined> {
  return db.reviews.get(reviewId)
}

export async function reviewItems(reviewId: string): Promise<ReviewItem[]> {
  return db.reviewItems.where('reviewId').equals(reviewId).toArray()
}

/** All reviews, newest first. */
export async function listReviews(): Promise<Review[]> {
  const reviews = await db.reviews.toArray()
  return reviews.sort(
    (a, b) => b.date.localeCompare(a.date) || b.startedAt.localeCompare(a.startedAt),
  )
}

export async function closedSnapshots(): Promise<ReviewSnapshot[]> {
  return db.snapshots.toArray()
}

export async function getSnapshot(reviewId: string): Promise<ReviewSnapshot | undefined> {
  return db.snapshots.get(reviewId)
}

/** Closed reviews (with their counts at closing), for the trend. */
export async function closedReviews(): Promise<Review[]> {
  return db.reviews.where('status').equals('closed').toArray()
}
