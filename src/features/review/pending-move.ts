import type { IsoTimestamp } from '../../domain/types'

/**
 * The move through a review that was asked for but is not stored yet. IndexedDB writes are
 * asynchronous, so a reload right after "Volgende jongere" can come before they start; this
 * note is written synchronously, and a review opened again finishes the move from it. It holds
 * record ids and times only, never anything a user typed (that stays in IndexedDB, sealed when
 * encryption at rest is on), and lives in
 * sessionStorage: it is about this tab, and gone when the tab is closed.
 */
export interface PendingMove {
  reviewId: string
  /** The youth the user moved to. */
  to: string
  /** Youths marked besproken on the way, in order, each with the moment its move was asked. */
  discussed: DiscussedStep[]
}

export interface DiscussedStep {
  youthId: string
  at: IsoTimestamp
}

const KEY = 'doorstroombord.review-move'

function isStep(value: unknown): value is DiscussedStep {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.youthId === 'string' && typeof v.at === 'string' && !isNaN(Date.parse(v.at))
}

/** The note as stored; one from before the steps had times holds bare ids (no time known). */
function restorePendingMove(value: unknown): PendingMove | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (typeof v.reviewId !== 'string' || typeof v.to !== 'string' || !Array.isArray(v.discussed))
    return null
  const now = new Date().toISOString()
  const discussed: DiscussedStep[] = []
  for (const step of v.discussed as unknown[]) {
    if (typeof step === 'string') discussed.push({ youthId: step, at: now })
    else if (isStep(step)) discussed.push({ youthId: step.youthId, at: step.at })
    else return null
  }
  return { reviewId: v.reviewId, to: v.to, discussed }
}

export function rememberPendingMove(move: PendingMove): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(move))
  } catch {
    // Storage blocked or full: the move is still stored as usual, only not safe from a reload.
  }
}

/** The pending move of this review, if a page left one behind. */
export function pendingMoveOf(reviewId: string): PendingMove | null {
  try {
    const move = restorePendingMove(JSON.parse(sessionStorage.getItem(KEY) ?? 'null'))
    return move?.reviewId === reviewId ? move : null
  } catch {
    return null
  }
}

export function forgetPendingMove(reviewId: string): void {
  try {
    if (pendingMoveOf(reviewId)) sessionStorage.removeItem(KEY)
  } catch {
    // Nothing to forget.
  }
}
