import { makeAssessment, makeAssessmentInput } from '../../test/factories/assessment'
import { makeYouth, makeYouthValues } from '../../test/factories/youth'
import type { Youth } from '../domain/types'
import { setAssessment } from './assessments-repo'
import { BoardStore } from './board-store'
import { db } from './database'
import { storedYouths } from './youth-record'
import { failNextWrite } from './fault-injection'
import { storageFullMark } from './storage'
import { addYouth, registerOutflow } from './youths-repo'

function youth(i: number): Youth {
  return makeYouth({
    id: `y-${String(i).padStart(5, '0')}`,
    clientRef: `B-${String(i).padStart(5, '0')}`,
    expectedOutflowDate: null,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
  })
}

const red = makeAssessmentInput({ status: 'rood' })

/** Waits until the store publishes a snapshot that passes `check`. */
async function until(
  store: BoardStore,
  check: (s: ReturnType<BoardStore['getSnapshot']>) => boolean,
) {
  const unsubscribe = store.subscribe(() => undefined)
  try {
    await vi.waitFor(() => expect(check(store.getSnapshot())).toBe(true))
  } finally {
    unsubscribe()
  }
}

describe('the board store', () => {
  it('loads every youth with its assessments, in chunks, and reports progress', async () => {
    await db.youths.bulkAdd(
      storedYouths(
        Array.from({ length: 600 }, (_, i) => youth(i)),
        [
          makeAssessment({
            youthId: 'y-00599',
            status: 'oranje',
            changedBy: 'A',
            changedAt: '2026-01-01T10:00:00.000Z',
          }),
        ],
      ),
    )
    const store = new BoardStore(db)
    const progress: (number | null)[] = []
    store.subscribe(() => progress.push(store.getSnapshot().progress?.loaded ?? null))
    await store.whenLoaded()
    const data = store.getSnapshot()
    expect(data.progress).toBeNull()
    expect(data.youths.size).toBe(600)
    expect(data.assessments.get('y-00599')?.get('wonen')?.status).toBe('oranje')
    // First a small chunk so the board shows at once, then the rest.
    expect(progress[0]).toBeLessThan(600)
    expect(progress.at(-1)).toBeNull()
  })

  it('follows a status change without reloading everything', async () => {
    const added = await addYouth(makeYouthValues(), 'A')
    const store = new BoardStore(db)
    await store.whenLoaded()
    const before = store.getSnapshot()
    await setAssessment(added.id, 'wonen', red, 'A')
    await until(store, (s) => s.assessments.get(added.id)?.get('wonen')?.status === 'rood')
    const after = store.getSnapshot()
    // The youth record itself is untouched, so its cached row can be reused.
    expect(after.youths.get(added.id)).toBe(before.youths.get(added.id))
  })

  it('follows new youths and uitstroom', async () => {
    const store = new BoardStore(db)
    await store.whenLoaded()
    const added = await addYouth(makeYouthValues(), 'A')
    await until(store, (s) => s.youths.has(added.id))
    await registerOutflow(
      added.id,
      { date: '2026-11-01', destination: 'pleeggezin', reason: '01', note: '' },
      'A',
    )
    await until(store, (s) => s.youths.get(added.id)?.outflow?.destination === 'pleeggezin')
  })

  it('says which youths changed since a snapshot, and nothing after a full reload', async () => {
    const [a, b] = [
      await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A'),
      await addYouth(makeYouthValues({ clientRef: 'K-2' }), 'A'),
    ]
    const store = new BoardStore(db)
    await store.whenLoaded()
    const before = store.getSnapshot()
    await setAssessment(b.id, 'wonen', red, 'A')
    await until(store, (s) => s.assessments.get(b.id)?.get('wonen')?.status === 'rood')
    expect([...(store.getSnapshot().changedSince(before.revision) ?? [])]).toEqual([b.id])
    expect(store.getSnapshot().changedSince(store.getSnapshot().revision)?.size).toBe(0)
    await store.retry()
    // Everything was read anew: a view of an older snapshot must derive all its rows.
    expect(store.getSnapshot().changedSince(before.revision)).toBeNull()
    expect(store.getSnapshot().assessments.get(b.id)?.get('wonen')?.status).toBe('rood')
    expect(store.getSnapshot().youths.has(a.id)).toBe(true)
  })

  it('keeps a change made while the first load is still running', async () => {
    await db.youths.bulkAdd(Array.from({ length: 600 }, (_, i) => youth(i)))
    // The load is held up until the status change below is stored.
    let release!: () => void
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const count = db.youths.count.bind(db.youths)
    vi.spyOn(db.youths, 'count').mockImplementation(() => held.then(count) as never)
    const store = new BoardStore(db)
    store.subscribe(() => undefined)
    expect(store.getState().kind).toBe('loading')
    await setAssessment('y-00001', 'wonen', red, 'A')
    release()
    await store.whenLoaded()
    expect(store.getSnapshot().assessments.get('y-00001')?.get('wonen')?.status).toBe('rood')
    expect(store.getSnapshot().youths.size).toBe(600)
    expect(store.getState()).toEqual({ kind: 'loaded' })
  })

  it('reads one change after the other, losing none', async () => {
    const youths = await Promise.all(
      ['K-1', 'K-2', 'K-3'].map((clientRef) => addYouth(makeYouthValues({ clientRef }), 'A')),
    )
    const store = new BoardStore(db)
    await store.whenLoaded()
    // Each write arrives while the previous one is still being re-read.
    await Promise.all(youths.map((y) => setAssessment(y.id, 'wonen', red, 'A')))
    await until(store, (s) =>
      youths.every((y) => s.assessments.get(y.id)?.get('wonen')?.status === 'rood'),
    )
    expect(store.getState()).toEqual({ kind: 'loaded' })
  })

  it('reloads fully after a bulk write or a cleared table', async () => {
    const store = new BoardStore(db)
    await store.whenLoaded()
    await db.youths.bulkAdd(Array.from({ length: 120 }, (_, i) => youth(i)))
    await until(store, (s) => s.youths.size === 120 && s.progress === null)
    await db.youths.clear()
    await until(store, (s) => s.youths.size === 0 && s.progress === null)
  })
})

describe('the board store when reading fails', () => {
  const full = () => new DOMException('Encountered full disk while reading.', 'QuotaExceededError')

  it('keeps every youth on the board when a reload fails half-way', async () => {
    await db.youths.bulkAdd(Array.from({ length: 600 }, (_, i) => youth(i)))
    const store = new BoardStore(db)
    await store.whenLoaded()
    // The second chunk of the reload cannot be read.
    const where = vi.spyOn(db.youths, 'where').mockImplementation(() => {
      throw full()
    })
    await db.youths.bulkAdd(Array.from({ length: 60 }, (_, i) => youth(1000 + i)))
    await until(store, (s) => s.error !== null)
    const data = store.getSnapshot()
    expect(data.error).toBe('quota')
    expect(data.progress).toBeNull()
    expect(data.youths.size).toBe(600)

    // Once reading works again, the next change brings everything back, error gone.
    where.mockRestore()
    await addYouth(makeYouthValues(), 'A')
    await until(store, (s) => s.youths.size === 661 && s.error === null)
  })

  it('never shows an empty board as loaded when the first read fails', async () => {
    await db.youths.bulkAdd(Array.from({ length: 3 }, (_, i) => youth(i)))
    const count = vi.spyOn(db.youths, 'count').mockRejectedValue(full())
    const store = new BoardStore(db)
    await store.whenLoaded()
    expect(store.getSnapshot()).toMatchObject({ error: 'quota', progress: null })
    expect(store.getState()).toEqual({ kind: 'failed', error: 'quota', loadedOnce: false })
    count.mockRestore()
    await store.retry()
    expect(store.getSnapshot()).toMatchObject({ error: null, progress: null })
    expect(store.getSnapshot().youths.size).toBe(3)
  })

  it('keeps a youth when re-reading its change fails', async () => {
    const added = await addYouth(makeYouthValues(), 'A')
    const store = new BoardStore(db)
    await store.whenLoaded()
    const bulkGet = vi.spyOn(db.youths, 'bulkGet').mockRejectedValue(full())
    await setAssessment(added.id, 'wonen', red, 'A')
    await until(store, (s) => s.error === 'quota')
    expect(store.getSnapshot().youths.get(added.id)?.clientRef).toBe(added.clientRef)
    bulkGet.mockRestore()
    await store.retry()
    expect(store.getSnapshot().assessments.get(added.id)?.get('wonen')?.status).toBe('rood')
  })

  it('forgets an earlier full disk once it finds youths again', async () => {
    failNextWrite('chromium-no-space')
    await addYouth(makeYouthValues(), 'A').catch(() => undefined)
    expect(storageFullMark.getSnapshot()).not.toBeNull()
    const store = new BoardStore(db)
    await store.whenLoaded()
    // An empty board keeps the mark: it explains why the board may be empty.
    expect(storageFullMark.getSnapshot()).not.toBeNull()
    await addYouth(makeYouthValues(), 'A')
    await until(store, (s) => s.youths.size === 1)
    expect(storageFullMark.getSnapshot()).toBeNull()
  })
})
