/**
 * The move through a review that was asked for but is not stored yet. IndexedDB writes are
 * asynchronous, so a reload right after "Volgende jongere" can come before they start; this
 * note is written synchronously, and a review opened again finishes the move from it. It holds
 * record ids only, never anything a user typed (that stays in IndexedDB, sealed when
 * encryption at rest is on), and lives in
 * sessionStorage: it is about this tab, and gone when the tab is closed.
 */
export interface PendingMove {
  reviewId: string
  /** The youth the user moved to. */
  to: string
  /** Youths marked besproken on the way, in order. */
  discussed: string[]
}

const KEY = 'doorstroombord.review-move'

function isPendingMove(value: unknown): value is PendingMove {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.reviewId === 'string' &&
    typeof v.to === 'string' &&
    Array.isArray(v.discussed) &&
    v.discussed.every((id) => typeof id === 'string')
  )
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
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null')
    return isPendingMove(value) && value.reviewId === reviewId ? value : null
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
