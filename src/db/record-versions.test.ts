import { makeAssessmentInput } from '../../test/factories/assessment'
import { makeYouthValues } from '../../test/factories/youth'
import { SAMPLE_CSV_DUTCH } from '../../test/fixtures/import-sheets'
import { autoMapColumns } from '../domain/import/auto-map'
import { analyseTable, resolvePlan } from '../domain/import/plan'
import { readCsv } from '../domain/import/read-csv'
import { allAssessments, getAssessment, setAssessment } from './assessments-repo'
import { auditForYouth } from './audit-repo'
import { db } from './database'
import { storedYouth } from './youth-record'
import { commitImport, loadExistingForImport } from './import-repo'
import { closeReview, reviewItems, setAssessmentInReview, startReview } from './review-repo'
import { getVersionedSettings, saveSettings } from './settings-repo'
import { StaleRecordError } from './stale-record'
import { addYouth, getYouth, registerOutflow, updateYouth } from './youths-repo'

/** Everything stored, to prove a refused save wrote nothing at all. */
async function everything() {
  return {
    youths: await db.youths.toArray(),
    assessments: await allAssessments(),
    settings: await db.settings.toArray(),
    audit: await db.audit.toArray(),
    reviewItems: await db.reviewItems.toArray(),
  }
}

describe('record versions', () => {
  it('gives a new assessment version 1 and every change the next, each audit line the version it changed from', async () => {
    const youth = await addYouth(makeYouthValues(), 'A')
    const first = await setAssessment(youth.id, 'wonen', makeAssessmentInput(), 'A', 0)
    const second = await setAssessment(
      youth.id,
      'wonen',
      makeAssessmentInput({ note: 'Aangemeld' }),
      'B',
      1,
    )
    expect([first.version, second.version]).toEqual([1, 2])
    const lines = (await auditForYouth(youth.id)).reverse()
    expect(lines.map((l) => [l.kind, l.fromVersion])).toEqual([
      ['youth', 0],
      ['assessment', 0],
      ['assessment', 1],
    ])
  })

  it('counts an assessment stored before versions existed as version 0', async () => {
    const youth = await addYouth(makeYouthValues(), 'A')
    await db.youths.put(
      storedYouth(youth, [
        {
          youthId: youth.id,
          preconditionId: 'wonen',
          ...makeAssessmentInput(),
          changedBy: 'A',
          changedAt: '2026-01-01T10:00:00.000Z',
        },
      ]),
    )
    const saved = await setAssessment(youth.id, 'wonen', makeAssessmentInput({ note: 'x' }), 'A', 0)
    expect(saved.version).toBe(1)
  })

  it('refuses an assessment saved over a newer version, writes nothing and hands back the stored one', async () => {
    const youth = await addYouth(makeYouthValues(), 'A')
    await setAssessment(youth.id, 'wonen', makeAssessmentInput({ note: 'Eerste tekst' }), 'A', 0)
    await setAssessment(youth.id, 'wonen', makeAssessmentInput({ note: 'Tekst van A' }), 'Anna', 1)
    const before = await everything()

    const stale = setAssessment(
      youth.id,
      'wonen',
      makeAssessmentInput({ status: 'rood', note: 'Eerste tekst' }),
      'Bram',
      1,
    )
    const error = await stale.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StaleRecordError)
    expect(error).toMatchObject({
      expectedVersion: 1,
      currentVersion: 2,
      current: { note: 'Tekst van A' },
      lastChange: { actor: 'Anna' },
    })
    expect(await everything()).toEqual(before)
  })

  it('refuses the first assessment when another tab created it meanwhile', async () => {
    const youth = await addYouth(makeYouthValues(), 'A')
    await setAssessment(youth.id, 'wonen', makeAssessmentInput({ note: 'Van A' }), 'A', 0)
    await expect(
      setAssessment(youth.id, 'wonen', makeAssessmentInput({ note: 'Van B' }), 'B', 0),
    ).rejects.toThrow(StaleRecordError)
    expect((await getAssessment(youth.id, 'wonen'))?.note).toBe('Van A')
  })

  it('refuses youth details saved over a newer version, naming who changed them', async () => {
    const youth = await addYouth(makeYouthValues({ caseOwner: 'Eerst' }), 'A')
    await updateYouth(youth.id, makeYouthValues({ caseOwner: 'Anna' }), 'Anna', 1)
    const before = await everything()
    const error = await updateYouth(youth.id, makeYouthValues({ location: 'X' }), 'Bram', 1).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(StaleRecordError)
    expect(error).toMatchObject({ currentVersion: 2, lastChange: { actor: 'Anna' } })
    expect(await everything()).toEqual(before)
  })

  it('refuses an uitstroom registered over a newer version', async () => {
    const youth = await addYouth(makeYouthValues(), 'A')
    await updateYouth(youth.id, makeYouthValues({ caseOwner: 'Anna' }), 'Anna', 1)
    const outflow = {
      date: '2026-11-01',
      destination: 'zelfstandig',
      reason: '01',
      note: '',
    } as const
    await expect(registerOutflow(youth.id, outflow, 'Bram', 1)).rejects.toThrow(StaleRecordError)
    expect((await getYouth(youth.id))?.outflow).toBeNull()
    expect((await registerOutflow(youth.id, outflow, 'Bram', 2)).version).toBe(3)
  })

  it('refuses settings saved over a newer version; a location remembered by the youth form makes one', async () => {
    const start = await getVersionedSettings()
    expect(start.version).toBe(0)
    await addYouth(makeYouthValues({ location: 'Nieuwe locatie' }), 'Anna')
    const after = await getVersionedSettings()
    expect(after).toMatchObject({ version: 1, lastChange: { actor: 'Anna' } })

    const before = await everything()
    const error = await saveSettings(
      { ...start.settings, providerName: 'Zorg BV' },
      'Bram',
      start.version,
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StaleRecordError)
    expect(await everything()).toEqual(before)

    await saveSettings({ ...after.settings, providerName: 'Zorg BV' }, 'Bram', after.version)
    expect(await getVersionedSettings()).toMatchObject({
      version: 2,
      settings: { providerName: 'Zorg BV', locations: ['Nieuwe locatie'] },
    })
  })

  it('refuses a stale change in a review without marking the youth changed', async () => {
    const youth = await addYouth(makeYouthValues(), 'A')
    const review = await startReview(
      { date: '2026-11-23', participants: [], scope: { kind: 'all' } },
      'A',
    )
    await setAssessment(youth.id, 'wonen', makeAssessmentInput({ note: 'Van A' }), 'A', 0)
    await expect(
      setAssessmentInReview(review.id, youth.id, 'wonen', makeAssessmentInput(), 'B', 0),
    ).rejects.toThrow(StaleRecordError)
    expect((await reviewItems(review.id))[0]?.changed).toEqual([])
  })

  it('gives every youth a new version when a review closes (review date, red streaks)', async () => {
    const youth = await addYouth(makeYouthValues(), 'A')
    const review = await startReview(
      { date: '2026-11-23', participants: [], scope: { kind: 'all' } },
      'A',
    )
    await closeReview(review.id, 'A')
    expect((await getYouth(youth.id))?.version).toBe(2)
  })

  it('gives the records an import writes their next versions', async () => {
    const existing = await addYouth(makeYouthValues({ clientRef: 'IMP-001', location: 'Oud' }), 'A')
    const table = readCsv(SAMPLE_CSV_DUTCH())
    const found = await loadExistingForImport(table.rows.map((r) => String(r.cells[0] ?? '')))
    const mapping = autoMapColumns(table.headers, [{ id: 'wonen', names: ['Wonen'] }])
    const rows = await analyseTable(table, mapping, found, { today: '2026-11-23' })
    await commitImport(resolvePlan(rows, { existing: 'update', inFile: 'update' }), 'Importeur')

    expect((await getYouth(existing.id))?.version).toBe(2)
    expect((await getAssessment(existing.id, 'wonen'))?.version).toBe(1)
    const lines = (await auditForYouth(existing.id)).reverse()
    expect(lines.map((l) => [l.kind, l.fromVersion])).toEqual([
      ['youth', 0],
      ['youth', 1],
      ['assessment', 0],
    ])
  })
})
