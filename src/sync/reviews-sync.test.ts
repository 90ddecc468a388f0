import { describe, expect, it } from 'vitest'
import {
  idle,
  makeLaptop,
  newTeam,
  syncServerPerFile,
  until as untilWithin,
  youth,
  type TestLaptop,
} from '../../test/support/sync-laptops'
import { db } from '../db/database'
import { moveInReview } from '../db/review-moves'
import { closeReview, startReview } from '../db/review-repo'
import { reviewProgress } from '../domain/review/progress'
import type { Review, ReviewItem } from '../domain/types'

const shared = syncServerPerFile()
/** The machine running the tests may be busy: replication gets 30 s where it takes ~1 s. */
const SLOW = 30_000
const until = <T>(what: string, read: () => Promise<T> | T, check: (value: T) => boolean) =>
  untilWithin(what, read, check, SLOW)
const laptops = shared.laptops

/**
 * Anna's laptop runs the app's own review code (db); Bo's is a second database, written as
 * the app writes it with an outbox row per record.
 */
async function reviewOnBoth() {
  const { connect } = await newTeam(shared.server)
  const a = makeLaptop(shared.server.url, 'anna', { own: true })
  const b = makeLaptop(shared.server.url, 'bo')
  laptops.push(a, b)
  await db.youths.bulkPut([youth(1), youth(2), youth(3), youth(4)])
  await connect(a)
  await connect(b)
  const review = await startReview(
    { date: '2026-11-02', participants: ['Anna', 'Bo'], scope: { kind: 'all' } },
    'Anna',
  )
  await until('review on B', reviewOn(b, review.id), (r) => r?.status === 'open')
  return { a, b, review, ids: review.youthIds }
}

const reviewOn = (laptop: TestLaptop, id: string) => () =>
  laptop.database.reviews.get(id) as Promise<Review | undefined>

async function progressOn(laptop: TestLaptop, review: Review) {
  const items = await laptop.database.reviewItems.where('reviewId').equals(review.id).toArray()
  return reviewProgress(review, items).discussed
}

/** Bo marks a youth besproken and moves on, as the review screen does (one transaction). */
async function markOnB(b: TestLaptop, review: Review, youthId: string, position: number) {
  const database = b.database
  await database.transaction(
    'rw',
    database.reviews,
    database.reviewItems,
    database.syncOutbox,
    async () => {
      const item: ReviewItem = {
        reviewId: review.id,
        youthId,
        discussedAt: new Date().toISOString(),
        discussedBy: 'Bo',
        changed: [],
      }
      await database.reviewItems.put(item)
      await database.syncOutbox.add({
        table: 'reviewItems',
        key: JSON.stringify([review.id, youthId]),
      })
      const stored = await database.reviews.get(review.id)
      if (stored?.status !== 'open') return
      await database.reviews.put({ ...stored, position })
      await database.syncOutbox.add({ table: 'reviews', key: review.id })
    },
  )
}

describe('a bespreking shared by two laptops through a real pouchdb-server', () => {
  it('continues on B where A was; A’s close and its snapshot arrive on B', async () => {
    const { a, b, review, ids } = await reviewOnBoth()
    await moveInReview(review.id, ids[0] ?? '', 1, true, 'Anna')
    await moveInReview(review.id, ids[1] ?? '', 1, true, 'Anna')
    // B opens Bespreking: 2 van 4 besproken, on the third youth.
    const where = (laptop: TestLaptop) => async () => {
      const r = await reviewOn(laptop, review.id)()
      return r ? { position: r.position, discussed: await progressOn(laptop, r) } : null
    }
    await until('A’s progress on B', where(b), (w) => w?.position === 2 && w.discussed === 2)
    await markOnB(b, review, ids[2] ?? '', 3)
    await until('B’s step on A', where(a), (w) => w?.position === 3 && w.discussed === 3)

    const snapshot = await closeReview(review.id, 'Anna')
    const closed = await until('close on B', reviewOn(b, review.id), (r) => r?.status === 'closed')
    expect(closed).toMatchObject({ closedBy: 'Anna', closedAt: snapshot.closedAt, youthIds: [] })
    const arrived = await until('snapshot on B', () => b.database.snapshots.get(review.id), Boolean)
    expect(arrived).toEqual(snapshot)
    expect(arrived?.discussed).toEqual([true, true, true, false])
  }, 120_000)

  it('counts youths marked on both laptops at the same time, offline', async () => {
    const { a, b, review, ids } = await reviewOnBoth()
    await Promise.all([idle(a), idle(b)])
    await a.api.stop()
    await b.api.stop()
    await moveInReview(review.id, ids[0] ?? '', 1, true, 'Anna')
    await markOnB(b, review, ids[3] ?? '', 3)
    await a.reload().resume()
    await b.reload().resume()
    const both = async (laptop: TestLaptop) => {
      const r = await reviewOn(laptop, review.id)()
      return r ? progressOn(laptop, r) : 0
    }
    await until(
      'both marks on A',
      () => both(a),
      (n) => n === 2,
    )
    await until(
      'both marks on B',
      () => both(b),
      (n) => n === 2,
    )
    await Promise.all([idle(a), idle(b)])
    const snapshot = await closeReview(review.id, 'Anna')
    expect(snapshot.discussed).toEqual([true, false, false, true])
  }, 120_000)

  it('keeps a review closed on A closed when B, offline and still in it, marks a youth', async () => {
    const { a, b, review, ids } = await reviewOnBoth()
    await Promise.all([idle(a), idle(b)])
    await b.api.stop()
    const snapshot = await closeReview(review.id, 'Anna')
    await idle(a)
    // B had not heard of the close: its mark and step are made on the open review.
    await markOnB(b, review, ids[1] ?? '', 2)
    await b.reload().resume()
    await until('close on B', reviewOn(b, review.id), (r) => r?.status === 'closed')
    const itemOnA = () => a.database.reviewItems.get([review.id, ids[1] ?? ''])
    // Nothing B did is lost: its mark arrives as the review item it is.
    expect(await until('B’s mark on A', itemOnA, (i) => Boolean(i?.discussedAt))).toMatchObject({
      discussedBy: 'Bo',
    })
    await Promise.all([idle(a), idle(b)])
    // Not reopened, not closed twice: one close, A’s snapshot on both.
    for (const laptop of [a, b]) {
      expect(await reviewOn(laptop, review.id)()).toMatchObject({
        status: 'closed',
        closedBy: 'Anna',
        closedAt: snapshot.closedAt,
        youthIds: [],
      })
      expect(await laptop.database.snapshots.toArray()).toEqual([snapshot])
    }
  }, 120_000)
})
