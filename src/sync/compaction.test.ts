import '../../test/support/pouchdb-node'
import PouchDB from 'pouchdb-browser'
import memory from 'pouchdb-adapter-memory'
import type { Doc } from 'pouchdb-browser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { youth } from '../../test/support/sync-laptops'
import type { SyncState } from '../domain/sync/types'
import { IdleCompactor } from './compaction'
import { resolveConflict } from './resolve'

PouchDB.plugin(memory)

let count = 0
const opened: PouchDB[] = []
function replica(): PouchDB {
  count += 1
  const db = new PouchDB(`compaction-${count}`, { adapter: 'memory' })
  opened.push(db)
  return db
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.destroy()
})

const idle: SyncState = { kind: 'idle', at: '2026-12-07T10:00:00.000Z' }
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Whether the body of an older revision can still be read (a conflict merge's ancestor). */
async function readable(db: PouchDB, id: string, rev: string): Promise<boolean> {
  return db.get(id, { rev }).then(
    () => true,
    () => false,
  )
}

/** A youth document with three revisions; returns the first (the ancestor to keep or drop). */
async function editedThrice(db: PouchDB): Promise<string> {
  const doc: Doc = { _id: 'youth:y1', type: 'youth', layout: 1, by: 'anna', data: youth(1) }
  const first = await db.put(doc)
  const second = await db.put({ ...doc, _rev: first.rev, data: youth(1, { location: 'B' }) })
  await db.put({ ...doc, _rev: second.rev, data: youth(1, { location: 'C' }) })
  return first.rev as string
}

describe('compacting the local replica in idle time', () => {
  it('drops old revision bodies only after the replica was quiet for the set time', async () => {
    const db = replica()
    const old = await editedThrice(db)
    const done: number[] = []
    const compactor = new IdleCompactor(db, { quietMs: 1_000, onCompacted: (ms) => done.push(ms) })
    compactor.observe(idle)
    // Busy again before the quiet period ended: nothing compacted, the ancestor still there.
    compactor.observe({ kind: 'syncing' })
    await wait(1_500)
    expect(done).toEqual([])
    expect(await readable(db, 'youth:y1', old)).toBe(true)

    compactor.observe(idle)
    await vi.waitFor(() => expect(done).toHaveLength(1), { timeout: 10_000 })
    expect(await readable(db, 'youth:y1', old)).toBe(false)
    // The current revision is untouched.
    expect(((await db.get('youth:y1')).data as { location: string }).location).toBe('C')
    await compactor.stop()
  })

  it('compacts at most once per stretch, and not after stop()', async () => {
    const db = replica()
    await editedThrice(db)
    const done: number[] = []
    const compactor = new IdleCompactor(db, {
      quietMs: 50,
      everyMs: 60_000,
      onCompacted: (ms) => done.push(ms),
    })
    compactor.observe(idle)
    await vi.waitFor(() => expect(done).toHaveLength(1), { timeout: 10_000 })
    compactor.observe({ kind: 'syncing' })
    compactor.observe(idle)
    await wait(400)
    expect(done).toHaveLength(1)
    await compactor.stop()
    compactor.observe({ kind: 'syncing' })
    compactor.observe(idle)
    await wait(200)
    expect(done).toHaveLength(1)
  })
})

describe('a conflict resolved with and without its ancestor', () => {
  /** The same revision tree on a replica: a base and two leaves written apart. */
  async function conflicted(db: PouchDB) {
    const base = youth(1, { location: 'Basis', displayName: 'Jongere' })
    const doc = { _id: 'youth:y1', type: 'youth', layout: 1, by: 'anna' }
    const leaf = (hash: string, data: unknown, by: string): Doc => ({
      ...doc,
      by,
      data,
      _rev: `2-${hash}`,
      _revisions: { start: 2, ids: [hash, 'a0'] },
    })
    await db.bulkDocs(
      [
        { ...doc, data: base, _rev: '1-a0', _revisions: { start: 1, ids: ['a0'] } },
        leaf('b1', { ...base, location: 'Van Anna' }, 'anna'),
        leaf('c1', { ...base, displayName: 'Van Bo' }, 'bo'),
      ],
      { new_edits: false },
    )
    return db.get('youth:y1', { conflicts: true })
  }

  it('gives the merged revision the same id only when both merges had the same ancestor', async () => {
    const [a, b, c] = [replica(), replica(), replica()]
    const onA = await resolveConflict(a, await conflicted(a), 'anna')
    const onB = await resolveConflict(b, await conflicted(b), 'bo')
    // Both had the ancestor: one merge, one revision, each side's field kept without asking.
    expect(onB.rev).toBe(onA.rev)
    expect(onA.data).toMatchObject({ location: 'Van Anna', displayName: 'Van Bo' })

    // C compacted the ancestor away: its merge differs, and so does its revision id.
    await conflicted(c)
    await c.compact()
    expect(await readable(c, 'youth:y1', '1-a0')).toBe(false)
    const onC = await resolveConflict(c, await c.get('youth:y1', { conflicts: true }), 'anna')
    expect(onC.rev).not.toBe(onA.rev)
  })
})
