import type { Status } from '../types'

/** A precondition rood in this many consecutive reviews or more is *langdurig rood*. */
export const LONG_RED_REVIEWS = 3

/**
 * Red streaks after one more review: rood extends the streak by one, anything else ends it.
 * Only preconditions with a running streak are kept.
 */
export function nextRedStreaks(
  previous: Readonly<Record<string, number>>,
  statuses: Readonly<Record<string, Status>>,
): Record<string, number> {
  const next: Record<string, number> = {}
  for (const [id, status] of Object.entries(statuses)) {
    if (status === 'rood') next[id] = (previous[id] ?? 0) + 1
  }
  return next
}
