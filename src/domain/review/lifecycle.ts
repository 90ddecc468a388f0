import type { IsoTimestamp, Review, ReviewItem, Youth } from '../types'
import type { SnapshotEntry } from './snapshot'
import { nextRedStreaks } from './streaks'

/** A review as it starts: open, at its first youth, without totals. */
export function newReview(
  fields: Pick<
    Review,
    'id' | 'date' | 'participants' | 'scope' | 'youthIds' | 'startedAt' | 'startedBy'
  >,
): Review {
  return {
    id: fields.id,
    date: fields.date,
    participants: fields.participants,
    scope: fields.scope,
    youthIds: fields.youthIds,
    status: 'open',
    position: 0,
    startedAt: fields.startedAt,
    startedBy: fields.startedBy,
    closedAt: null,
    totals: null,
  }
}

/** A youth's item in a review before anything happened: not discussed, nothing changed. */
export function newReviewItem(reviewId: string, youthId: string): ReviewItem {
  return { reviewId, youthId, discussedAt: null, discussedBy: '', changed: [] }
}

/** Marks an item besproken (keeping the first time it was) or takes that back. */
export function withDiscussed(
  item: ReviewItem,
  discussed: boolean,
  actor: string,
  now: IsoTimestamp,
): ReviewItem {
  return {
    ...item,
    discussedAt: discussed ? (item.discussedAt ?? now) : null,
    discussedBy: discussed ? actor : '',
  }
}

/** Notes that a precondition id (or 'youth') changed during the review, once. */
export function withChange(item: ReviewItem, what: string): ReviewItem {
  return item.changed.includes(what) ? item : { ...item, changed: [...item.changed, what] }
}

/** The facts about a youth that closing a review maintains. */
export type ReviewedYouth = Pick<Youth, 'redStreaks' | 'lastReviewDate'>

/**
 * What closing a review does to one youth in its snapshot: the red streaks move on by the
 * statuses on the review date, and a youth marked besproken gets the review date as its last
 * review — but a review dated before the one already recorded never moves that date back.
 */
export function youthAfterReview(
  youth: ReviewedYouth,
  entry: Pick<SnapshotEntry, 'date' | 'discussed' | 'statuses'>,
): ReviewedYouth {
  const newer = youth.lastReviewDate === null || youth.lastReviewDate < entry.date
  return {
    redStreaks: nextRedStreaks(youth.redStreaks, entry.statuses),
    lastReviewDate: entry.discussed && newer ? entry.date : youth.lastReviewDate,
  }
}
