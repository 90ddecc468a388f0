import { makeAssessment } from '../../test/factories/assessment'
import { makeYouth } from '../../test/factories/youth'
import {
  assessmentMap,
  asYouth,
  CHUNK_SIZES,
  nextChunkSize,
  readYouthChunks,
  readYouths,
  type YouthChunk,
} from './board-loader'
import { db } from './database'
import { storedYouths } from './youth-record'

const id = (i: number) => `y-${String(i).padStart(5, '0')}`

function seed(count: number) {
  const youths = Array.from({ length: count }, (_, i) =>
    makeYouth({ id: id(i), clientRef: `B-${String(i).padStart(5, '0')}` }),
  )
  return db.youths.bulkAdd(storedYouths(youths, []))
}

const small = { first: 2, second: 5, max: 20 }

async function readAll(sizes = small): Promise<YouthChunk[]> {
  const chunks: YouthChunk[] = []
  for await (const chunk of readYouthChunks(db.youths, sizes)) chunks.push(chunk)
  return chunks
}

const full = () => new DOMException('Encountered full disk while reading.', 'QuotaExceededError')

/** What `where(…).above(…).limit(…)` gives when the disk cannot be read. */
const failingRead = () => ({
  above: () => ({ limit: () => ({ toArray: () => Promise.reject(full()) }) }),
})

describe('the board loader', () => {
  it('starts with 250 youths, then 5,000, doubling up to 20,000', () => {
    const sizes = [CHUNK_SIZES.first]
    while (sizes.length < 6) sizes.push(nextChunkSize(sizes.at(-1) as number))
    expect(sizes).toEqual([250, 5000, 10_000, 20_000, 20_000, 20_000])
  })

  it('reads every youth once, in key order, in growing chunks', async () => {
    await seed(60)
    const chunks = await readAll()
    expect(chunks.map((c) => c.youths.length)).toEqual([2, 5, 10, 20, 20, 3])
    expect(chunks.flatMap((c) => c.youths.map((y) => y.id))).toEqual(
      Array.from({ length: 60 }, (_, i) => id(i)),
    )
    expect(chunks.every((c) => c.total === 60)).toBe(true)
    // Only the last chunk says nothing follows.
    expect(chunks.map((c) => c.more)).toEqual([true, true, true, true, true, false])
  })

  it('hands out nothing for an empty table', async () => {
    expect(await readAll()).toEqual([])
  })

  it('ends after a full chunk when nothing follows it', async () => {
    await seed(7)
    const chunks = await readAll()
    expect(chunks.flatMap((c) => c.youths).length).toBe(7)
    expect(chunks.map((c) => c.youths.length)).toEqual([2, 5])
  })

  it('has the next chunk read while the last one is taken in', async () => {
    await seed(60)
    const where = vi.spyOn(db.youths, 'where')
    const chunks = readYouthChunks(db.youths, small)
    const first = await chunks.next()
    // The caller holds the first chunk; the read of the second is already under way.
    expect(first.value).toMatchObject({ more: true })
    expect(where).toHaveBeenCalledTimes(1)
    await chunks.return()
  })

  it('throws when a chunk cannot be read, after handing out what it read', async () => {
    await seed(60)
    vi.spyOn(db.youths, 'where').mockReturnValue(failingRead() as never)
    const read: string[] = []
    await expect(async () => {
      for await (const chunk of readYouthChunks(db.youths, small))
        read.push(...chunk.youths.map((y) => y.id))
    }).rejects.toThrow('full disk')
    expect(read).toEqual([id(0), id(1)])
  })

  it('lets a failing read-ahead go when the caller stops early', async () => {
    await seed(60)
    vi.spyOn(db.youths, 'where').mockReturnValue(failingRead() as never)
    const chunks = readYouthChunks(db.youths, small)
    expect((await chunks.next()).value).toMatchObject({ more: true })
    // Stopping here leaves the failed read-ahead unawaited: it must not surface as an
    // unhandled rejection (which fails this test run).
    await chunks.return()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(await chunks.next()).toEqual({ done: true, value: undefined })
  })

  it('re-reads chosen youths, undefined for one that is gone', async () => {
    await seed(3)
    const read = await readYouths(db.youths, [id(2), 'gone', id(0)])
    expect(read.map((y) => y?.clientRef)).toEqual(['B-00002', undefined, 'B-00000'])
  })
})

describe('a youth read for the board', () => {
  it('keeps its assessments apart, by precondition id, with their ids filled in', async () => {
    await db.youths.bulkAdd(
      storedYouths(
        [makeYouth({ id: 'y-1' })],
        [makeAssessment({ youthId: 'y-1', preconditionId: 'wonen', status: 'rood' })],
      ),
    )
    const [stored] = await readYouths(db.youths, ['y-1'])
    if (!stored) throw new Error('youth not stored')
    const assessments = assessmentMap(stored)
    const youth = asYouth(stored)
    expect(assessments?.get('wonen')).toMatchObject({
      youthId: 'y-1',
      preconditionId: 'wonen',
      status: 'rood',
    })
    expect(youth).not.toHaveProperty('assessments', expect.anything())
    expect(youth.id).toBe('y-1')
  })

  it('has no assessment map when it was never assessed', async () => {
    await seed(1)
    const [stored] = await readYouths(db.youths, [id(0)])
    expect(stored && assessmentMap(stored)).toBeUndefined()
  })
})
