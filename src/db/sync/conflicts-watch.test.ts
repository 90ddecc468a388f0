import { describe, expect, it } from 'vitest'
import type { FieldConflict } from '../../domain/sync/types'
import { makeYouthValues } from '../../../test/factories/youth'
import { db } from '../database'
import { addYouth } from '../youths-repo'
import type { OpenConflict } from './conflicts-repo'
import { watchOpenConflicts } from './conflicts-watch'

const LOCATION_CONFLICT: FieldConflict = {
  field: 'location',
  values: [
    { value: 'Noord', by: 'Anna', at: '2026-12-01T09:00:00.000Z', rev: '2-a' },
    { value: 'Zuid', by: 'Bram', at: '2026-12-01T09:01:00.000Z', rev: '2-b' },
  ],
}

describe('the Conflicten list following the open conflicts', () => {
  it('shows a conflict that arrives after it opened, and reads once for a burst of writes', async () => {
    const seen: OpenConflict[][] = []
    let reads = 0
    const stop = watchOpenConflicts(
      (list) => seen.push(list),
      async () => {
        reads += 1
        const { listOpenConflicts } = await import('./conflicts-repo')
        return listOpenConflicts()
      },
    )
    await expect.poll(() => seen.length).toBe(1)
    expect(seen[0]).toEqual([])
    const youth = await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'Anna')
    // Twenty writes as a download makes them: the list is read again once, not twenty times.
    const stored = await db.youths.get(youth.id)
    if (!stored) throw new Error('The youth just added is not there')
    for (let i = 0; i < 20; i++) {
      const syncConflicts = i === 19 ? [LOCATION_CONFLICT] : []
      await db.youths.put({ ...stored, version: i + 2, syncConflicts })
    }
    await expect
      .poll(() => seen.at(-1)?.map((c) => (c.kind === 'fields' ? c.label : c.clientRef)), {
        timeout: 5_000,
      })
      .toEqual(['K-1'])
    expect(reads).toBeLessThanOrEqual(3)
    stop()
  })
})
