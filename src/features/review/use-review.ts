import { useLiveQuery } from 'dexie-react-hooks'
import { assessmentsOfYouth } from '../../db/assessments-repo'
import { closedSnapshots, getReview, listReviews, reviewItems } from '../../db/review-repo'
import { getYouth } from '../../db/youths-repo'
import { latestEntries } from '../../domain/review/snapshot'

/** All reviews, newest first, live. */
export function useReviews() {
  return useLiveQuery(listReviews, [])
}

/** One review with its items, live; null when it does not exist. */
export function useReview(reviewId: string) {
  return useLiveQuery(async () => {
    const review = await getReview(reviewId)
    if (!review) return null
    const items = await reviewItems(reviewId)
    return { review, items: new Map(items.map((i) => [i.youthId, i])) }
  }, [reviewId])
}

/**
 * Each youth's entry in its most recent closed review before this one: the "status at the
 * previous review" shown beside the current one. Snapshots never change, so this is read once.
 */
export function usePreviousEntries(youthIds: readonly string[] | undefined, before: string) {
  return useLiveQuery(async () => {
    if (!youthIds) return undefined
    const snapshots = (await closedSnapshots()).filter((s) => s.reviewId !== before)
    return latestEntries(snapshots, youthIds)
  }, [youthIds, before])
}

/** The youth on screen with its current assessments, live; null when it was deleted. */
export function useReviewYouth(youthId: string | undefined) {
  return useLiveQuery(async () => {
    if (!youthId) return null
    const youth = await getYouth(youthId)
    if (!youth) return null
    const list = await assessmentsOfYouth(youthId)
    return { youth, assessments: new Map(list.map((a) => [a.preconditionId, a])) }
  }, [youthId])
}
