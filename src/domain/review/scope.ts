import type { ReviewScope, Youth } from '../types'

/** Whether a youth belongs to a review: still placed (no uitstroom) and within the scope. */
export function inReviewScope(youth: Youth, scope: ReviewScope): boolean {
  if (youth.outflow) return false
  switch (scope.kind) {
    case 'all':
      return true
    case 'location':
      return youth.location === scope.value
    case 'municipality':
      return youth.municipalityCode === scope.value
  }
}

/**
 * The youths a review walks through, in the order of the meeting: per locatie, then by
 * cliëntnummer, so a team discusses its own group in one go.
 */
export function reviewWalkOrder(youths: Iterable<Youth>, scope: ReviewScope): string[] {
  return [...youths]
    .filter((y) => inReviewScope(y, scope))
    .sort(
      (a, b) =>
        a.location.localeCompare(b.location, 'nl') ||
        a.clientRef.localeCompare(b.clientRef, 'nl', { numeric: true }),
    )
    .map((y) => y.id)
}
