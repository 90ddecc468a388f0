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

const T1 = '2025-03-01T10:00:00.000Z'

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

  it('stores the besproken time the move was asked at, not when its turn came', async () => {
    const { review, ids } = await reviewOfThree()
    await moveInReview(review.id, ids[0] ?? '', 1, true, 'B', T1)
    const items = await reviewItems(review.id)
    expect(items.find((i) => i.youthId === ids[0])?.discussedAt).toBe(T1)
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
    await finishInterruptedMove(
      review.id,
      ids[2] ?? '',
      [
        { youthId: ids[0] ?? '', at: '2025-03-01T10:00:00.000Z' },
        { youthId: ids[1] ?? '', at: '2025-03-01T10:00:00.400Z' },
      ],
      'B',
    )
    expect((await getReview(review.id))?.position).toBe(2)
    const items = await reviewItems(review.id)
    expect(items.find((i) => i.youthId === ids[0])).toEqual(before)
    expect(items.find((i) => i.youthId === ids[1])).toMatchObject({ discussedBy: 'B' })
  })

  it('stores each youth passed with the time its own move was asked, in walk order', async () => {
    const { review, ids } = await reviewOfThree()
    const steps = [
      { youthId: ids[0] ?? '', at: '2025-03-01T10:00:00.100Z' },
      { youthId: ids[1] ?? '', at: '2025-03-01T10:00:00.180Z' },
    ]
    await finishInterruptedMove(review.id, ids[2] ?? '', steps, 'B')
    const items = await reviewItems(review.id)
    expect(steps.map((s) => items.find((i) => i.youthId === s.youthId)?.discussedAt)).toEqual([
      '2025-03-01T10:00:00.100Z',
      '2025-03-01T10:00:00.180Z',
    ])
  })

  it('changes nothing in a review closed since', async () => {
    const { review, ids } = await reviewOfThree()
    await closeReview(review.id, 'A')
    await expect(
      finishInterruptedMove(review.id, ids[1] ?? '', [{ youthId: ids[0] ?? '', at: T1 }], 'B'),
    ).rejects.toThrow()
    expect(await discussed(review.id)).toEqual([])
  })
})
