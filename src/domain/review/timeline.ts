import type { AuditEntry, Review, ReviewSnapshot, ReviewTotals, Status } from '../types'
import { snapshotEntryAt } from './snapshot'

export interface TimelineReview {
  reviewId: string
  date: string
  closedAt: string
  discussed: boolean
}

export interface TimelineRow {
  preconditionId: string
  /** Parallel to the timeline's reviews; null when the precondition was not tracked then. */
  statuses: (Status | null)[]
  /** Consecutive reviews, up to the latest, in which it was rood ("rood sinds 3 besprekingen"). */
  redStreak: number
}

export interface YouthTimeline {
  reviews: TimelineReview[]
  rows: TimelineRow[]
}

function oldestFirst(a: { date: string; closedAt: string }, b: { date: string; closedAt: string }) {
  return a.date === b.date ? a.closedAt.localeCompare(b.closedAt) : a.date.localeCompare(b.date)
}

/** Each precondition's colour across the closed reviews that included this youth, oldest first. */
export function youthTimeline(
  snapshots: readonly ReviewSnapshot[],
  youthId: string,
  preconditionIds: readonly string[],
): YouthTimeline {
  const entries = snapshots
    .map((s) => ({ s, index: s.youthIds.indexOf(youthId) }))
    .filter((x) => x.index >= 0)
    .sort((a, b) => oldestFirst(a.s, b.s))
    .map(({ s, index }) => ({ snapshot: s, entry: snapshotEntryAt(s, index) }))
  const rows = preconditionIds.map((id) => {
    const statuses = entries.map(({ entry }) => entry.statuses[id] ?? null)
    let redStreak = 0
    for (let i = statuses.length - 1; i >= 0 && statuses[i] === 'rood'; i--) redStreak++
    return { preconditionId: id, statuses, redStreak }
  })
  return {
    reviews: entries.map(({ snapshot, entry }) => ({
      reviewId: snapshot.reviewId,
      date: snapshot.date,
      closedAt: snapshot.closedAt,
      discussed: entry.discussed,
    })),
    rows,
  }
}

export interface AuditSegment {
  /** The review that ends this stretch of changes; null for changes since the latest review. */
  review: TimelineReview | null
  /** Changes made after the previous review closed, up to and including this one; newest first. */
  entries: AuditEntry[]
}

/** The audit entries grouped by the reviews they led up to, newest segment first. */
export function auditBetweenReviews(
  entries: readonly AuditEntry[],
  reviews: readonly TimelineReview[],
): AuditSegment[] {
  const ordered = [...reviews].sort(oldestFirst)
  const segments: AuditSegment[] = [...ordered, null].map((review) => ({ review, entries: [] }))
  for (const entry of entries) {
    const index = ordered.findIndex((r) => entry.at <= r.closedAt)
    segments[index < 0 ? ordered.length : index]?.entries.push(entry)
  }
  for (const s of segments) s.entries.sort((a, b) => b.at.localeCompare(a.at))
  return segments.reverse().filter((s) => s.review !== null || s.entries.length > 0)
}

export interface TrendPoint {
  reviewId: string
  date: string
  totals: ReviewTotals
}

/** The board trend: the last `limit` closed reviews with their counts, oldest first. */
export function trendPoints(reviews: readonly Review[], limit = 12): TrendPoint[] {
  return reviews
    .filter((r) => r.status === 'closed' && r.totals && r.closedAt)
    .map((r) => ({ reviewId: r.id, date: r.date, closedAt: r.closedAt ?? '', totals: r.totals }))
    .sort(oldestFirst)
    .slice(-limit)
    .flatMap(({ reviewId, date, totals }) => (totals ? [{ reviewId, date, totals }] : []))
}
