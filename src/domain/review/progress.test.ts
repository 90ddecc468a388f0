import { describe, expect, it } from 'vitest'
import { reviewProgress } from './progress'

describe('review progress', () => {
  it('counts youths marked besproken out of all youths the review started with', () => {
    const progress = reviewProgress({ youthIds: ['a', 'b', 'c'] }, [
      {
        reviewId: 'r',
        youthId: 'b',
        discussedAt: '2026-11-01T10:00:00.000Z',
        discussedBy: 'A',
        changed: [],
      },
      { reviewId: 'r', youthId: 'c', discussedAt: null, discussedBy: '', changed: ['wonen'] },
    ])
    expect(progress).toEqual({ discussed: 1, total: 3, remaining: ['a', 'c'] })
  })
})
