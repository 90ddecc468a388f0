import { makeYouthValues } from '../../test/factories/youth'
import { finishInterruptedMove, moveInReview } from './review-moves'
import { closeReview, getReview, reviewItems, setDiscussed, startReview } from './review-repo'
import { addYouth } from './youths-repo'

async function reviewOfThree() {
  for (const ref of ['K-1', 'K-2', 'K-3']) {
    await addYouth(makeYouthValues({ clientRef: ref, location: 'Atlas' }), 'A')
  }
  const review = await startReview(
    { date: '2025-03-01', participants: [], scope: { kind: 'all' } },
    'A',
  )
  return { review, ids: review.youthIds }
}

async function discussed(reviewId: string): Promise<string[]> {
  return (await reviewItems(reviewId)).filter((i) => i.discussedAt).map((i) => i.youthId)
}

describe('moveInReview', () => {
  it('marks the youth it leaves besproken and stores the next position in one step', async () => {
    const { review, ids } = await reviewOfThree()
    expect(await moveInReview(review.id, ids[0] ?? '', 1, true, 'B')).toBe('moved')
    expect((await getReview(review.id))?.position).toBe(1)
    expect(await discussed(review.id)).toEqual([ids[0]])
  })

  it('counts from the youth it was asked for, not from a position stored since', async () => {
    const { review, ids } = await reviewOfThree()
    await moveInReview(review.id, ids[0] ?? '', 1, false, 'B')
    // The same step again (a second tab, or a retried step) does not skip a youth.
    await moveInReview(review.id, ids[0] ?? '', 1, false, 'B')
    expect((await getReview(review.id))?.position).toBe(1)
  })

  it('says the end is reached after the last youth, with that youth marked', async () => {
    const { review, ids } = await reviewOfThree()
    expect(await moveInReview(review.id, ids[2] ?? '', 1, true, 'B')).toBe('end')
    expect(await discussed(review.id)).toEqual([ids[2]])
    expect(await moveInReview(review.id, ids[0] ?? '', -1, false, 'B')).toBe('moved')
    expect((await getReview(review.id))?.position).toBe(0)
  })
})

describe('finishInterruptedMove', () => {
  it('puts the youth moved to on screen and marks the ones passed, keeping earlier marks', async () => {
    const { review, ids } = await reviewOfThree()
    await setDiscussed(review.id, ids[0] ?? '', true, 'A')
    const before = (await reviewItems(review.id)).find((i) => i.youthId === ids[0])
    await finishInterruptedMove(review.id, ids[2] ?? '', [ids[0] ?? '', ids[1] ?? ''], 'B')
    expect((await getReview(review.id))?.position).toBe(2)
    const items = await reviewItems(review.id)
    expect(items.find((i) => i.youthId === ids[0])).toEqual(before)
    expect(items.find((i) => i.youthId === ids[1])).toMatchObject({ discussedBy: 'B' })
  })

  it('changes nothing in a review closed since', async () => {
    const { review, ids } = await reviewOfThree()
    await closeReview(review.id, 'A')
    await expect(
      finishInterruptedMove(review.id, ids[1] ?? '', [ids[0] ?? ''], 'B'),
    ).rejects.toThrow()
    expect(await discussed(review.id)).toEqual([])
  })
})
