import { must } from '../../test/factories/agreements'
import { makeStoredFile } from '../../test/factories/exchange'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { auditBatches } from './audit-repo'
import { oldDatabase } from '../../test/factories/old-schemas'
import { normaliseAgreement } from '../domain/agreements/history'
import { DoorstroomDatabase } from './database'

describe('schema upgrades', () => {
  it('opens a version 1 database without losing youths, assessments or audit', async () => {
    const name = 'upgrade-from-v1'
    const v1 = oldDatabase(name, 1)
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
    expect(upgraded.verno).toBe(9)
    expect(await upgraded.youths.get('y1')).toMatchObject({
      clientRef: 'K-1',
      redStreaks: {},
      assessments: { wonen: { youthId: 'y1', preconditionId: 'wonen', status: 'rood' } },
    })
    expect(await upgraded.audit.count()).toBe(1)
    expect(await upgraded.reviews.count()).toBe(0)
    // The unique cliëntnummer index survives every upgrade.
    expect(await upgraded.youths.where('clientRef').equals('K-1').count()).toBe(1)
    upgraded.close()
    await Dexie.delete(name)
  })

  it('opens a version 3 database without losing anything, with empty Gemeente-overzicht tables', async () => {
    const name = 'upgrade-from-v3'
    const v3 = oldDatabase(name, 3)
    await v3.table('youths').add({ id: 'y1', clientRef: 'K-1', redStreaks: { wonen: 2 } })
    await v3.table('assessments').add({ youthId: 'y1', preconditionId: 'wonen', status: 'rood' })
    await v3.table('settings').add({ key: 'app', value: { providerName: 'Zorg B.V.' } })
    await v3.table('audit').add({ at: '2026-01-01T00:00:00.000Z', youthId: 'y1', kind: 'youth' })
    await v3.table('reviews').add({ id: 'r1', status: 'closed', date: '2026-02-01' })
    await v3.table('reviewItems').add({ reviewId: 'r1', youthId: 'y1' })
    await v3.table('snapshots').add({ reviewId: 'r1', date: '2026-02-01' })
    await v3.table('reportNotes').add({ id: 'n1', text: 'Signaal' })
    v3.close()

    const upgraded = new DoorstroomDatabase(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(9)
    expect(await upgraded.youths.get('y1')).toEqual({
      id: 'y1',
      clientRef: 'K-1',
      redStreaks: { wonen: 2 },
      assessments: { wonen: { youthId: 'y1', preconditionId: 'wonen', status: 'rood' } },
    })
    expect(await upgraded.settings.get('app')).toEqual({
      key: 'app',
      value: { providerName: 'Zorg B.V.' },
    })
    expect(await upgraded.audit.count()).toBe(1)
    expect(await upgraded.reviews.get('r1')).toMatchObject({ status: 'closed' })
    expect(await upgraded.reviewItems.count()).toBe(1)
    expect(await upgraded.snapshots.count()).toBe(1)
    expect(await upgraded.reportNotes.get('n1')).toMatchObject({ text: 'Signaal' })
    expect(await upgraded.exchangeFiles.count()).toBe(0)
    expect(await upgraded.agreements.count()).toBe(0)
    // The new indexes answer queries.
    await upgraded.exchangeFiles.add({
      key: 'a|all|2026-03-29',
      providerKey: 'a',
      peildatum: '2026-03-29',
    } as never)
    expect(await upgraded.exchangeFiles.where('providerKey').equals('a').count()).toBe(1)
    expect(await upgraded.exchangeFiles.where('peildatum').below('2026-04-01').count()).toBe(1)
    upgraded.close()
    await Dexie.delete(name)
  })

  it('opens a version 4 database with every assessment inside its youth and nothing else changed', async () => {
    const name = 'upgrade-from-v4'
    const v4 = oldDatabase(name, 4)
    const y1 = { id: 'y1', clientRef: 'K-1', redStreaks: {}, version: 3 }
    const y2 = { id: 'y2', clientRef: 'K-2', redStreaks: {} }
    const wonen = {
      youthId: 'y1',
      preconditionId: 'wonen',
      status: 'rood',
      note: 'Wacht',
      version: 2,
    }
    const school = { youthId: 'y1', preconditionId: 'school', status: 'groen', note: '' }
    await v4.table('youths').bulkAdd([y1, y2])
    await v4.table('assessments').bulkAdd([wonen, school])
    await v4.table('audit').bulkAdd([
      { at: '2026-01-01T00:00:00.000Z', youthId: 'y1', kind: 'youth' },
      { at: '2026-01-02T00:00:00.000Z', youthId: 'y1', kind: 'assessment' },
    ])
    await v4.table('agreements').add({ id: 'a1', providerKey: 'p', text: 'Afspraak' })
    v4.close()

    const upgraded = new DoorstroomDatabase(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(9)
    expect(upgraded.tables.map((t) => t.name)).not.toContain('assessments')
    expect(await upgraded.youths.get('y1')).toEqual({ ...y1, assessments: { wonen, school } })
    // A youth never assessed stays as it was.
    expect(await upgraded.youths.get('y2')).toEqual(y2)
    expect(await upgraded.youths.where('clientRef').equals('K-2').count()).toBe(1)
    expect(await upgraded.audit.where('youthId').equals('y1').count()).toBe(2)
    expect(await upgraded.agreements.get('a1')).toMatchObject({ text: 'Afspraak' })
    // The new multi-entry index finds a batch by any youth in it.
    await upgraded.audit.bulkAdd(
      auditBatches(
        ['y1', 'y2'].map((youthId) => ({
          kind: 'youth' as const,
          youthId,
          preconditionId: null,
          before: null,
          after: null,
        })),
        'Importeur',
        '2026-02-01T00:00:00.000Z',
      ),
    )
    expect(await upgraded.audit.where('youthIds').equals('y2').count()).toBe(1)
    // Later ids continue after the old ones: no audit line is overwritten.
    expect((await upgraded.audit.toArray()).map((e) => e.id)).toEqual([1, 2, 3])
    upgraded.close()
    await Dexie.delete(name)
  })

  it('opens a version 7 database with its afspraken readable and empty tables for received ones', async () => {
    const name = 'upgrade-from-v7'
    const v7 = oldDatabase(name, 7)
    const old = {
      id: 'a1',
      providerKey: 'zorg a',
      providerName: 'Zorg A',
      rondeDate: '2026-10-25',
      reasonCode: 'WON-2',
      clientRef: 'K-1',
      text: 'Drie gezinshuisplekken zoeken',
      owner: 'gi',
      dueDate: null,
      status: 'afgerond',
      closedRonde: '2026-12-06',
      createdAt: '2026-10-26T10:00:00.000Z',
      updatedAt: '2026-12-07T10:00:00.000Z',
      version: 2,
    }
    await v7.table('agreements').add(old)
    await v7.table('settings').add({ key: 'app', value: { providerName: 'Zorg A' } })
    v7.close()

    const upgraded = new DoorstroomDatabase(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(9)
    // Nothing is rewritten by the upgrade (sealed fields would need an unlock); read, it has
    // the current shape with its history made up from what the record knew.
    const stored = await upgraded.agreements.get('a1')
    expect(stored).toEqual(old)
    expect(normaliseAgreement(must(stored))).toMatchObject({
      clientRefs: ['K-1'],
      owner: 'samen',
      status: 'afgerond',
      closedRonde: '2026-12-06',
    })
    expect(await upgraded.receivedAgreements.count()).toBe(0)
    expect(await upgraded.agreementSources.count()).toBe(0)
    expect(await upgraded.settings.get('app')).toMatchObject({ value: { providerName: 'Zorg A' } })
    upgraded.close()
    await Dexie.delete(name)
  })

  it('opens a version 8 database with its loaded files unchanged, indexed by when they were loaded', async () => {
    const name = 'upgrade-from-v8'
    const v8 = oldDatabase(name, 8)
    const file = makeStoredFile({ provider: 'Zorg A' })
    await v8.table('exchangeFiles').add(file)
    v8.close()

    const upgraded = new DoorstroomDatabase(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(9)
    expect(await upgraded.exchangeFiles.get(file.key)).toEqual(file)
    // The digests start empty (the overview makes them when it first opens, see
    // exchange-digests-repo.test.ts); a digest is checked against this index.
    expect(await upgraded.exchangeFiles.orderBy('loadedAt').keys()).toEqual([file.loadedAt])
    expect(await upgraded.exchangeDigests.count()).toBe(0)
    upgraded.close()
    await Dexie.delete(name)
  })

  it.each([1, 2, 3, 4])(
    'opens a version %i database with each assessment in its youth and every audit line kept',
    async (version) => {
      const name = `upgrade-all-from-v${version}`
      const old = oldDatabase(name, version)
      await old.table('youths').bulkAdd([
        { id: 'y1', clientRef: 'K-1', redStreaks: {} },
        { id: 'y2', clientRef: 'K-2', redStreaks: {} },
      ])
      const assessments = ['wonen', 'school', 'toekomstplan'].flatMap((preconditionId) =>
        ['y1', 'y2'].map((youthId) => ({ youthId, preconditionId, status: 'oranje' })),
      )
      await old.table('assessments').bulkAdd(assessments)
      await old
        .table('audit')
        .bulkAdd(assessments.map((a, i) => ({ at: `2026-01-0${i + 1}T00:00:00.000Z`, ...a })))
      old.close()

      const upgraded = new DoorstroomDatabase(name)
      await upgraded.open()
      for (const id of ['y1', 'y2']) {
        const youth = await upgraded.youths.get(id)
        expect(Object.keys(youth?.assessments ?? {}).sort()).toEqual([
          'school',
          'toekomstplan',
          'wonen',
        ])
      }
      expect(await upgraded.audit.count()).toBe(assessments.length)
      upgraded.close()
      await Dexie.delete(name)
    },
  )
})
