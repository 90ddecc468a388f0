import { withDiscussed } from '../domain/review/lifecycle'
import type { IsoTimestamp } from '../domain/types'
import { db } from './database'
import { openReview, putItem } from './review-repo'

/** What a move in a review came to: another youth on screen, or past the last one. */
export type MoveResult = 'moved' | 'end'

/**
 * One step through a review from the youth `from`: marks it besproken (with `discussed`) and
 * puts the youth `delta` further on screen, in one transaction, so a reload never finds the
 * mark without the move. Moving on from the last youth returns 'end' (the screen then offers to
 * close the review). The step is counted from `from`, not from the stored position: a queued
 * step acts on the youth it was meant for, and `at` is when it was asked (its besproken time),
 * not when its turn came.
 */
export async function moveInReview(
  reviewId: string,
  from: string,
  delta: number,
  discussed: boolean,
  actor: string,
  at: IsoTimestamp = new Date().toISOString(),
): Promise<MoveResult> {
  return db.transaction('rw', db.reviews, db.reviewItems, async () => {
    const review = await openReview(reviewId)
    if (discussed) {
      await putItem(reviewId, from, (item) => withDiscussed(item, true, actor, at))
    }
    const found = review.youthIds.indexOf(from)
    const index = found === -1 ? review.position : found
    if (delta > 0 && index >= review.youthIds.length - 1) return 'end'
    const position = Math.max(0, Math.min(index + delta, review.youthIds.length - 1))
    if (position !== review.position) await db.reviews.update(reviewId, { position })
    return 'moved'
  })
}

/**
 * Finishes moves a page did not get to store before it was closed or reloaded: the youths
 * marked besproken on the way, each at the time its move was asked (kept as they are when
 * already marked), and the youth `to` on screen. A closed review or a youth no longer in it
 * changes nothing.
 */
export async function finishInterruptedMove(
  reviewId: string,
  to: string,
  discussed: readonly { youthId: string; at: IsoTimestamp }[],
  actor: string,
): Promise<void> {
  await db.transaction('rw', db.reviews, db.reviewItems, async () => {
    const review = await openReview(reviewId)
    for (const { youthId, at } of discussed) {
      if (!review.youthIds.includes(youthId)) continue
      const item = await db.reviewItems.get([reviewId, youthId])
      if (item?.discussedAt) continue
      await putItem(reviewId, youthId, (i) => withDiscussed(i, true, actor, at))
    }
    const position = review.youthIds.indexOf(to)
    if (position !== -1 && position !== review.position) {
      await db.reviews.update(reviewId, { position })
    }
  })
}
