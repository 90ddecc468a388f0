import type { Review, ReviewItem } from '../types'

export interface ReviewProgress {
  discussed: number
  total: number
  /** Youths of the review not (yet) marked besproken, in walk order. */
  remaining: string[]
}

/** "12 van 48 besproken": counted over the youths the review started with. */
export function reviewProgress(
  review: Pick<Review, 'youthIds'>,
  items: Iterable<ReviewItem>,
): ReviewProgress {
  const done = new Set<string>()
  for (const item of items) if (item.discussedAt) done.add(item.youthId)
  const remaining = review.youthIds.filter((id) => !done.has(id))
  return {
    discussed: review.youthIds.length - remaining.length,
    total: review.youthIds.length,
    remaining,
  }
}
