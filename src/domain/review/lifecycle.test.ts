import { describe, expect, it } from 'vitest'
import { newReview, newReviewItem, withChange, withDiscussed, youthAfterReview } from './lifecycle'

describe('starting a review', () => {
  it('opens the review at its first youth, without totals', () => {
    const review = newReview({
      id: 'r1',
      date: '2026-11-10',
      participants: ['M. de Wit'],
      scope: { kind: 'all' },
      youthIds: ['a', 'b'],
      startedAt: '2026-11-10T09:00:00.000Z',
      startedBy: 'A',
    })
    expect(review).toMatchObject({ status: 'open', position: 0, closedAt: null, totals: null })
    expect(review.youthIds).toEqual(['a', 'b'])
  })

  it('starts every youth as not discussed and unchanged', () => {
    expect(newReviewItem('r1', 'a')).toEqual({
      reviewId: 'r1',
      youthId: 'a',
      discussedAt: null,
      discussedBy: '',
      changed: [],
    })
  })
})

describe('working through a review', () => {
  const item = newReviewItem('r1', 'a')

  it('keeps the first moment a youth was marked besproken when marked again', () => {
    const first = withDiscussed(item, true, 'A', '2026-11-10T09:00:00.000Z')
    const again = withDiscussed(first, true, 'B', '2026-11-10T10:00:00.000Z')
    expect(again).toMatchObject({ discussedAt: '2026-11-10T09:00:00.000Z', discussedBy: 'B' })
  })

  it('clears besproken when it is taken back', () => {
    const discussed = withDiscussed(item, true, 'A', '2026-11-10T09:00:00.000Z')
    expect(withDiscussed(discussed, false, 'A', '2026-11-10T10:00:00.000Z')).toMatchObject({
      discussedAt: null,
      discussedBy: '',
    })
  })

  it('notes each change once, leaving the stored item as it was', () => {
    const once = withChange(item, 'wonen')
    expect(withChange(withChange(once, 'youth'), 'wonen').changed).toEqual(['wonen', 'youth'])
    expect(item.changed).toEqual([])
  })
})

describe('closing a review, per youth', () => {
  const entry = { date: '2026-11-10', discussed: true, statuses: { wonen: 'rood' as const } }

  it('extends the red streak of a precondition rood on the review date', () => {
    const youth = { redStreaks: { wonen: 2 }, lastReviewDate: null }
    expect(youthAfterReview(youth, entry).redStreaks).toEqual({ wonen: 3 })
  })

  it('ends the red streak of a precondition that is no longer rood', () => {
    const youth = { redStreaks: { wonen: 2 }, lastReviewDate: null }
    const after = youthAfterReview(youth, { ...entry, statuses: { wonen: 'oranje' } })
    expect(after.redStreaks).toEqual({})
  })

  it('sets the review date as last review of a youth marked besproken', () => {
    const youth = { redStreaks: {}, lastReviewDate: '2026-10-01' }
    expect(youthAfterReview(youth, entry).lastReviewDate).toBe('2026-11-10')
  })

  it('keeps the last review date of a youth not marked besproken', () => {
    const youth = { redStreaks: {}, lastReviewDate: '2026-10-01' }
    const after = youthAfterReview(youth, { ...entry, discussed: false })
    expect(after.lastReviewDate).toBe('2026-10-01')
  })

  it('never moves the last review date back when an older review closes later', () => {
    const youth = { redStreaks: {}, lastReviewDate: '2026-12-01' }
    expect(youthAfterReview(youth, entry).lastReviewDate).toBe('2026-12-01')
  })
})
