import { describe, expect, it } from 'vitest'
import { makeYouthValues } from '../../../test/factories/youth'
import { db } from '../database'
import type { StoredYouth } from '../youth-record'
import { addYouth } from '../youths-repo'
import { applyIncoming, type IncomingDoc } from './bridge-repo'
import { listOpenConflicts } from './conflicts-repo'

/** A youth from the team: a copy of one made here under another id and number. */
async function teamYouth(id: string, clientRef: string): Promise<StoredYouth> {
  const made = await addYouth(makeYouthValues({ clientRef: `tmp-${id}` }), 'Bo')
  const stored = await db.youths.get(made.id)
  if (!stored) throw new Error('The youth just added is not there')
  await db.youths.delete(made.id)
  return { ...stored, id, clientRef, version: 1 }
}

const put = (youth: StoredYouth, rev = '1-a'): IncomingDoc => ({
  docId: `youth:${youth.id}`,
  type: 'youth',
  rev,
  data: youth,
})

const refs = async () => (await db.youths.toArray()).map((y) => `${y.id}=${y.clientRef}`).sort()

describe('a chunk of documents from the team', () => {
  it('stores every youth of a large chunk with its revision', async () => {
    const template = await teamYouth('t', 'K')
    const youths = Array.from({ length: 300 }, (_, i) => ({
      ...template,
      id: `t-${i}`,
      clientRef: `K-${i}`,
    }))
    await applyIncoming(
      db,
      youths.map((y) => put(y, `1-${y.id}`)),
    )
    expect(await db.youths.count()).toBe(300)
    expect((await db.syncMeta.get('youth:t-299'))?.rev).toBe('1-t-299')
    expect(await listOpenConflicts()).toEqual([])
  })

  it('stores a youth that takes the number another one gives up, in either order', async () => {
    for (const takerFirst of [false, true]) {
      await db.youths.clear()
      await db.syncMeta.clear()
      const holder = await teamYouth('holder', 'K-1')
      await applyIncoming(db, [put(holder)])
      const renumbered = { ...holder, clientRef: 'K-2', version: 2 }
      const taker = await teamYouth('taker', 'K-1')
      const chunk = [put(renumbered, '2-b'), put(taker)]
      await applyIncoming(db, takerFirst ? chunk.reverse() : chunk)
      expect(await refs()).toEqual(['holder=K-2', 'taker=K-1'])
      expect(await listOpenConflicts()).toEqual([])
    }
  })

  it('keeps the second of two new youths with one number waiting as a duplicate', async () => {
    const first = await teamYouth('first', 'K-5')
    const second = await teamYouth('second', 'K-5')
    await applyIncoming(db, [put(first), put(second)])
    expect(await refs()).toEqual(['first=K-5'])
    expect((await db.syncMeta.get('_duplicate:youth:second'))?.clientRef).toBe('K-5')
  })
})
