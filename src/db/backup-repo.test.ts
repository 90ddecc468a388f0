import fc from 'fast-check'
import { createBackupText } from '../domain/backup/make-backup'
import { readBackup } from '../domain/backup/read-backup'
import {
  DESTINATIONS,
  LIVING_ARRANGEMENTS,
  MEASURES,
  OWNERS,
  STATUSES,
  type Assessment,
  type Youth,
} from '../domain/types'
import {
  getBackupStatus,
  getReminderFacts,
  noteWorkStarted,
  mergeData,
  readAllData,
  recordBackupMade,
  replaceAllData,
  schemaVersion,
  tableInfos,
} from './backup-repo'
import { makeAssessment } from '../../test/factories/assessment'
import { makeYouth } from '../../test/factories/youth'
import { assessmentsOfYouth, getAssessment } from './assessments-repo'
import { storedYouths } from './youth-record'
import { db } from './database'
import { loadSampleData } from './sample-data-repo'
import { compactAudit } from './audit-compaction'
import { expandAudit } from './audit-repo'

const meta = { schemaVersion: 2, appVersion: '0.1.0', createdAt: '2026-11-23T10:00:00.000Z' }
const options = () => ({ schemaVersion: schemaVersion(), tables: tableInfos() })

const isoDate = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))
const stamp = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString())
const text = fc.string({ maxLength: 20 })

const youth = (id: string, clientRef: string): fc.Arbitrary<Youth> =>
  fc.record({
    id: fc.constant(id),
    clientRef: fc.constant(clientRef),
    displayName: text,
    birthDate: isoDate,
    municipalityCode: fc.constantFrom('GM0518', 'GM0599', 'GM0344'),
    jeugdregio: text,
    location: text,
    livingArrangement: fc.constantFrom(...LIVING_ARRANGEMENTS),
    placementDate: isoDate,
    expectedOutflowDate: fc.option(isoDate, { nil: null }),
    perspective: fc.option(fc.constantFrom(...DESTINATIONS), { nil: null }),
    measure: fc.constantFrom(...MEASURES),
    guardianOrg: text,
    caseOwner: text,
    outflow: fc.option(
      fc.record({
        date: isoDate,
        destination: fc.constantFrom(...DESTINATIONS),
        reason: fc.constantFrom('01', '02', '03', '04', '05'),
        note: text,
      }),
      { nil: null },
    ),
    lastReviewDate: fc.option(isoDate, { nil: null }),
    redStreaks: fc.dictionary(fc.constantFrom('wonen', 'school'), fc.nat(12)),
    createdAt: stamp,
    updatedAt: stamp,
  })

const assessment = (youthId: string, preconditionId: string): fc.Arbitrary<Assessment> =>
  fc.record({
    youthId: fc.constant(youthId),
    preconditionId: fc.constant(preconditionId),
    status: fc.constantFrom(...STATUSES),
    reasonCodes: fc.array(fc.constantFrom('WON-1', 'WON-2', 'OVR'), { maxLength: 3 }),
    note: text,
    action: text,
    owner: fc.option(fc.constantFrom(...OWNERS), { nil: null }),
    dueDate: fc.option(isoDate, { nil: null }),
    changedBy: text,
    changedAt: stamp,
  })

/**
 * Any value JSON can carry (as the app's audit lines are). fast-check may produce -0, which no
 * JSON file can hold and the app never stores; one round trip turns it into 0.
 */
const jsonValue = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown)

/** A random but well-formed database: youths with assessments, settings, audit, notes. */
const database = fc
  .uniqueArray(fc.stringMatching(/^[A-Z]-[0-9]{1,5}$/), { maxLength: 8 })
  .chain((refs) => {
    const youths = fc.tuple(...refs.map((ref, i) => youth(`y-${i}`, ref)))
    const assessments = fc.tuple(
      ...refs.flatMap((_, i) => ['wonen', 'school'].map((p) => assessment(`y-${i}`, p))),
    )
    return fc.record({
      youths,
      assessments: assessments.chain((all) => fc.subarray(all)),
      settings: fc.constant([{ key: 'app', value: { providerName: 'Zorg', futurePlanAge: 16 } }]),
      audit: fc.array(
        fc.record({
          at: stamp,
          actor: text,
          kind: fc.constantFrom('youth', 'assessment', 'settings', 'review'),
          youthId: fc.option(fc.constantFrom(...refs.map((_, i) => `y-${i}`), 'gone'), {
            nil: null,
          }),
          preconditionId: fc.option(fc.constant('wonen'), { nil: null }),
          before: jsonValue,
          after: jsonValue,
        }),
        { maxLength: 6 },
      ),
      reportNotes: fc.array(fc.record({ id: fc.uuid(), text, updatedAt: stamp, updatedBy: text }), {
        maxLength: 2,
      }),
    })
  })

type RandomDatabase = typeof database extends fc.Arbitrary<infer D> ? D : never

async function fill(data: RandomDatabase) {
  await db.youths.bulkPut(storedYouths(data.youths, data.assessments))
  await db.settings.bulkPut(data.settings)
  await db.audit.bulkAdd(data.audit)
  await db.reportNotes.bulkPut(data.reportNotes)
}

describe('back-up and restore', () => {
  it('back-up then restore gives an identical database, for random data', async () => {
    await fc.assert(
      fc.asyncProperty(database, fc.boolean(), async (data, encrypt) => {
        await db.delete({ disableAutoOpen: false })
        await fill(data)
        const original = await readAllData()
        const passphrase = encrypt ? 'een lange zin als wachtwoord' : undefined
        const text = await createBackupText(original, meta, passphrase)

        // Lose everything (and make something new that must go).
        await db.delete({ disableAutoOpen: false })
        await db.youths.put({
          ...(data.youths[0] ?? ({} as Youth)),
          id: 'nieuw',
          clientRef: 'NIEUW',
        })
        const checked = await readBackup(text, { ...options(), passphrase })
        if (!checked.ok) throw new Error(checked.problem.code)
        await replaceAllData(checked.backup.data, { createdAt: meta.createdAt, actor: 'T' })

        const restored = await readAllData()
        const restoreLine = restored.audit?.at(-1)
        expect({ ...restored, audit: restored.audit?.slice(0, -1) }).toEqual(original)
        expect(restoreLine).toMatchObject({ kind: 'settings', after: { mode: 'replace' } })
      }),
      { numRuns: 15 },
    )
  })

  it.each([1, 2, 3, 4])(
    'restores a back-up of schema version %i with every assessment inside its youth',
    async (version) => {
      const youth = makeYouth({ id: 'y-1', clientRef: 'K-1' })
      const other = makeYouth({ id: 'y-2', clientRef: 'K-2' })
      const wonen = makeAssessment({ youthId: 'y-1', preconditionId: 'wonen', status: 'rood' })
      const school = makeAssessment({ youthId: 'y-1', preconditionId: 'school', status: 'groen' })
      const data = { youths: [youth, other], assessments: [wonen, school], settings: [], audit: [] }
      const text = await createBackupText(data, { ...meta, schemaVersion: version })
      const checked = await readBackup(text, options())
      if (!checked.ok) throw new Error(checked.problem.code)
      await replaceAllData(checked.backup.data, { createdAt: meta.createdAt, actor: 'T' })

      expect(await getAssessment('y-1', 'wonen')).toEqual(wonen)
      expect(await getAssessment('y-1', 'school')).toEqual(school)
      expect(await assessmentsOfYouth('y-2')).toEqual([])
      // A back-up made now lists them as their own table again, as every earlier file did.
      const again = await readAllData()
      expect(again.assessments).toEqual([wonen, school])
      expect(again.youths?.map((y) => (y as Youth).clientRef)).toEqual(['K-1', 'K-2'])
    },
  )

  it('merging a newer assessment of a youth keeps the youth’s other assessments', async () => {
    const youth = makeYouth({ id: 'y-1', clientRef: 'K-1' })
    const old = makeAssessment({
      youthId: 'y-1',
      preconditionId: 'wonen',
      status: 'rood',
      changedAt: '2026-01-01T10:00:00.000Z',
    })
    const school = makeAssessment({ youthId: 'y-1', preconditionId: 'school', status: 'oranje' })
    await db.youths.put(storedYouths([youth], [old, school])[0] as Youth)
    const newer = { ...old, status: 'groen' as const, changedAt: '2026-02-01T10:00:00.000Z' }

    const plan = await mergeData(
      { youths: [youth], assessments: [newer] },
      { createdAt: meta.createdAt, actor: 'T' },
    )
    expect(plan.replaced).toBe(1)
    expect(await getAssessment('y-1', 'wonen')).toEqual(newer)
    expect(await getAssessment('y-1', 'school')).toEqual(school)
  })

  it('merging a back-up of the same data changes nothing but one audit line', async () => {
    await fc.assert(
      fc.asyncProperty(database, async (data) => {
        await db.delete({ disableAutoOpen: false })
        await fill(data)
        const before = await readAllData()
        const plan = await mergeData(structuredClone(before), {
          createdAt: meta.createdAt,
          actor: 'T',
        })
        expect(plan.conflicts).toEqual([])
        const after = await readAllData()
        expect({ ...after, audit: after.audit?.slice(0, -1) }).toEqual(before)
      }),
      { numRuns: 10 },
    )
  })

  it('merging a back-up made before or after audit compaction adds no line twice', async () => {
    await loadSampleData('2026-11-23', 'A')
    const lines = async () => expandAudit(await db.audit.toArray()).length
    const count = await lines()
    const uncompacted = await readAllData()
    expect(await compactAudit()).toBeGreaterThan(0)
    const compacted = await readAllData()

    // This browser compacted since the back-up was made.
    const plan = await mergeData(structuredClone(uncompacted), {
      createdAt: meta.createdAt,
      actor: 'T',
    })
    expect(plan.added).toBe(0)
    expect(await lines()).toBe(count + 1) // the line saying the merge happened

    // The back-up was compacted, this browser was not (its restore line is new here).
    await replaceAllData(structuredClone(uncompacted), { createdAt: meta.createdAt, actor: 'T' })
    const here = await lines()
    const again = await mergeData(structuredClone(compacted), {
      createdAt: meta.createdAt,
      actor: 'T',
    })
    expect(again.added).toBe(0)
    expect(await lines()).toBe(here + 1)
  })

  it('keeps this browser’s own records (last back-up date, key material, team) out of a restore', async () => {
    await recordBackupMade('2026-11-01T10:00:00.000Z')
    await db.settings.put({ key: 'crypto', value: { wrapped: 'sleutel-hier' } })
    const team = { team: 'noord', username: 'anna', connectedAt: '2026-11-02T10:00:00.000Z' }
    await db.settings.put({ key: 'sync', value: team })
    const data = await readAllData()
    const keys = data.settings?.map((s) => (s as { key: string }).key)
    for (const key of ['backup', 'crypto', 'sync']) expect(keys).not.toContain(key)

    const crypto = { key: 'crypto', value: { wrapped: 'van elders' } }
    const foreign = { ...data, settings: [crypto, { key: 'sync', value: { team: 'zuid' } }] }
    await replaceAllData(foreign, { createdAt: '2026-11-20T10:00:00.000Z', actor: 'T' })
    expect((await db.settings.get('crypto'))?.value).toEqual({ wrapped: 'sleutel-hier' })
    expect((await db.settings.get('sync'))?.value).toEqual(team)
    // The data is now exactly the file's: it counts as backed up at the file's date.
    expect(await getBackupStatus()).toEqual({ lastBackupAt: '2026-11-20T10:00:00.000Z' })
  })

  it('tells the reminder when the last back-up was and since when this browser holds youths', async () => {
    expect(await getReminderFacts()).toEqual({
      lastBackupAt: null,
      firstChangeAt: null,
      hasYouths: false,
    })
    await noteWorkStarted('2026-09-01T10:00:00.000Z')
    expect((await getReminderFacts()).firstChangeAt).toBeNull()
    // Sample data with months of back-dated history: the count starts when it arrives here.
    await loadSampleData('2026-10-02', 'A')
    await noteWorkStarted('2026-10-02T10:00:00.000Z')
    await noteWorkStarted('2026-10-09T10:00:00.000Z')
    await recordBackupMade('2026-11-01T10:00:00.000Z')
    expect(await getReminderFacts()).toEqual({
      lastBackupAt: '2026-11-01T10:00:00.000Z',
      firstChangeAt: '2026-10-02T10:00:00.000Z',
      hasYouths: true,
    })
  })
})
