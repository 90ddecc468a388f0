import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { DoorstroomDatabase } from './database'

describe('schema upgrades', () => {
  it('opens a version 1 database without losing youths, assessments or audit', async () => {
    const name = 'upgrade-from-v1'
    const v1 = new Dexie(name)
    v1.version(1).stores({
      youths: 'id, &clientRef, municipalityCode, updatedAt',
      assessments: '[youthId+preconditionId], preconditionId',
      settings: 'key',
      audit: '++id, at, youthId',
    })
    await v1
      .table('youths')
      .add({ id: 'y1', clientRef: 'K-1', municipalityCode: 'GM0518', updatedAt: 'x' })
    await v1.table('assessments').add({ youthId: 'y1', preconditionId: 'wonen', status: 'rood' })
    await v1
      .table('audit')
      .add({ at: '2026-01-01T00:00:00.000Z', youthId: 'y1', kind: 'assessment' })
    v1.close()

    const upgraded = new DoorstroomDatabase(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(3)
    expect(await upgraded.youths.get('y1')).toMatchObject({ clientRef: 'K-1', redStreaks: {} })
    expect(await upgraded.assessments.get(['y1', 'wonen'])).toMatchObject({ status: 'rood' })
    expect(await upgraded.audit.count()).toBe(1)
    expect(await upgraded.reviews.count()).toBe(0)
    // The unique cliëntnummer index survives every upgrade.
    expect(await upgraded.youths.where('clientRef').equals('K-1').count()).toBe(1)
    upgraded.close()
    await Dexie.delete(name)
  })
})
