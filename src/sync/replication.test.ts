import {
  syncServerPerFile,
  edit,
  idle,
  makeLaptop,
  newTeam,
  storedOn,
  until,
  youth,
  type TestLaptop,
} from '../../test/support/sync-laptops'
import { describe, expect, it } from 'vitest'
import { makeAssessment } from '../../test/factories/assessment'
import type { StoredYouth } from '../db/youth-record'

const shared = syncServerPerFile()
const laptops = shared.laptops

/** A fresh team and a laptop for anna (on the app's own database) and one for bo. */
async function twoLaptops() {
  const { team, connect } = await newTeam(shared.server)
  const a = makeLaptop(shared.server.url, 'anna', { own: true })
  const b = makeLaptop(shared.server.url, 'bo')
  laptops.push(a, b)
  return { team, a, b, connect: (laptop: TestLaptop) => connect(laptop) }
}

const youthOn = (laptop: TestLaptop, id: string) => () => laptop.database.youths.get(id)

describe('team sync between two laptops through a real pouchdb-server', () => {
  it('uploads the youths of the first laptop and downloads them into the second', async () => {
    const { a, b, connect } = await twoLaptops()
    await a.database.youths.bulkPut([youth(1), youth(2), youth(3)])
    expect(await connect(a)).toEqual({ kind: 'connected' })
    await idle(a)
    expect(await connect(b)).toEqual({ kind: 'connected' })
    await idle(b)
    const onB = await b.database.youths.orderBy('clientRef').toArray()
    expect(onB.map((y) => [y.clientRef, y.displayName])).toEqual([
      ['K-1', 'Jongere 1'],
      ['K-2', 'Jongere 2'],
      ['K-3', 'Jongere 3'],
    ])
    expect(onB[0]?.assessments?.wonen?.status).toBe('oranje')
    // The download showed its progress against the server's count.
    expect(b.states).toContainEqual(expect.objectContaining({ kind: 'downloading' }))
  }, 30_000)

  it('shows an edit made on one laptop on the other', async () => {
    const { a, b, connect } = await twoLaptops()
    await a.database.youths.put(youth(1))
    await connect(a)
    await connect(b)
    await until('youth on B', youthOn(b, 'y1'), (y) => y !== undefined)
    await edit(a, 'youths', { ...youth(1), location: 'Kamertraining Oost' })
    const seen = await until(
      'edit on B',
      youthOn(b, 'y1'),
      (y) => y?.location === 'Kamertraining Oost',
    )
    expect(seen?.displayName).toBe('Jongere 1')
  }, 30_000)

  it('merges offline edits of different fields of one youth on both laptops', async () => {
    const { a, b, connect } = await twoLaptops()
    await a.database.youths.put(youth(1))
    await connect(a)
    await connect(b)
    await until('youth on B', youthOn(b, 'y1'), (y) => y !== undefined)
    await Promise.all([idle(a), idle(b)])
    await a.api.stop()
    await b.api.stop()
    const base = await storedOn(a, 'y1')
    await edit(a, 'youths', { ...base, location: 'Wonen op kamers' })
    const onB = await storedOn(b, 'y1')
    const school = makeAssessment({ youthId: 'y1', preconditionId: 'school', status: 'groen' })
    await edit(b, 'youths', { ...onB, assessments: { ...onB.assessments, school } })
    await a.reload().resume()
    await idle(a)
    await b.reload().resume()
    const both = (y: StoredYouth | undefined) =>
      y?.location === 'Wonen op kamers' && y.assessments?.school?.status === 'groen'
    const onA = await until('merge on A', youthOn(a, 'y1'), both)
    const merged = await until('merge on B', youthOn(b, 'y1'), both)
    expect(merged).not.toHaveProperty('syncConflicts')
    expect(onA).not.toHaveProperty('syncConflicts')
  }, 40_000)

  it('records a conflict on both laptops when both changed the same field', async () => {
    const { a, b, connect } = await twoLaptops()
    await a.database.youths.put(youth(1))
    await connect(a)
    await connect(b)
    await until('youth on B', youthOn(b, 'y1'), (y) => y !== undefined)
    await Promise.all([idle(a), idle(b)])
    await a.api.stop()
    await b.api.stop()
    const base = await storedOn(a, 'y1')
    await edit(a, 'youths', { ...base, location: 'Noord' })
    await edit(b, 'youths', { ...base, location: 'Zuid' })
    await a.reload().resume()
    await idle(a)
    await b.reload().resume()
    type WithConflicts = StoredYouth & {
      syncConflicts?: { field: string; values: { value: unknown; by: string }[] }[]
    }
    const marked = (y: WithConflicts | undefined) => (y?.syncConflicts?.length ?? 0) > 0
    const onB = (await until('conflict on B', youthOn(b, 'y1'), marked)) as WithConflicts
    const onA = (await until('conflict on A', youthOn(a, 'y1'), marked)) as WithConflicts
    const conflict = onA.syncConflicts?.find((c) => c.field.endsWith('location'))
    expect(conflict?.values.map((v) => [v.value, v.by]).sort()).toEqual([
      ['Noord', 'anna'],
      ['Zuid', 'bo'],
    ])
    expect(onB.syncConflicts).toEqual(onA.syncConflicts)
    expect(onB.location).toBe(onA.location)
  }, 40_000)
})
