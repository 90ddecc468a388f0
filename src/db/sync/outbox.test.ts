import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeAssessmentInput } from '../../../test/factories/assessment'
import { makeExchangeFile, makeExchangeYouth } from '../../../test/factories/exchange'
import { makeYouthValues } from '../../../test/factories/youth'
import { setAssessment } from '../assessments-repo'
import { db } from '../database'
import { enableEncryption } from '../encryption/encryption-repo'
import { keyring } from '../encryption/keyring'
import { failNextWrite } from '../fault-injection'
import { addAgreement, checkExchangeFiles, storeExchangeFiles } from '../municipal-repo'
import { saveReportNote } from '../report-repo'
import { closeReview, setDiscussed, startReview } from '../review-repo'
import { getSettings, saveSettings } from '../settings-repo'
import { addYouth, updateYouth } from '../youths-repo'
import { applyIncoming } from './bridge-repo'
import { isOutboxEnabled } from './outbox-middleware'
import { countOutbox, deleteOutboxThrough, readOutbox, setOutboxEnabled } from './outbox'

const connection = { team: 'zorg', username: 'a', connectedAt: '2026-11-01T00:00:00.000Z' }

/** What the sync chunk does on Verbinden: store the connection and switch the outbox on. */
async function connect() {
  await db.settings.put({ key: 'sync', value: connection })
  setOutboxEnabled(true)
}

/** What it does on Verbinding verbreken. */
async function disconnect() {
  await db.settings.delete('sync')
  setOutboxEnabled(false)
}

/** The outbox as `table key` lines, oldest first. */
async function outbox(): Promise<string[]> {
  return (await readOutbox(1000)).map((row) => `${row.table} ${row.key}`)
}

/** Runs `write` and returns the outbox rows it added. */
async function rowsOf(write: () => Promise<unknown>): Promise<string[]> {
  const before = (await outbox()).length
  await write()
  return (await outbox()).slice(before)
}

describe('the sync outbox', () => {
  beforeEach(connect)
  afterEach(disconnect)

  it('records each edit through the repositories as the records it wrote, in order', async () => {
    let youthId = ''
    expect(
      await rowsOf(async () => {
        youthId = (await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')).id
      }),
      // A youth at a new locatie also adds it to the team's settings (their list of locaties).
    ).toEqual([`youths ${youthId}`, 'settings app'])
    const youth = await db.youths.get(youthId)
    expect(
      await rowsOf(() =>
        updateYouth(youthId, { ...makeYouthValues({ clientRef: 'K-1' }), note: 'Nieuw' }, 'A'),
      ),
    ).toEqual([`youths ${youthId}`])
    expect(youth).toBeDefined()
    expect(
      await rowsOf(() =>
        setAssessment(youthId, 'wonen', makeAssessmentInput({ status: 'rood' }), 'A'),
      ),
    ).toEqual([`youths ${youthId}`])

    let reviewId = ''
    const started = await rowsOf(async () => {
      reviewId = (
        await startReview({ date: '2026-11-10', participants: ['M'], scope: { kind: 'all' } }, 'A')
      ).id
    })
    expect(started).toEqual([`reviews ${reviewId}`, `reviewItems ["${reviewId}","${youthId}"]`])
    expect(await rowsOf(() => setDiscussed(reviewId, youthId, true, 'A'))).toContain(
      `reviewItems ["${reviewId}","${youthId}"]`,
    )
    const closed = await rowsOf(() => closeReview(reviewId, 'A'))
    expect(closed).toEqual(expect.arrayContaining([`reviews ${reviewId}`, `snapshots ${reviewId}`]))

    const settings = await getSettings()
    expect(
      await rowsOf(() => saveSettings({ ...settings, providerName: 'Zorg B.V.' }, 'A')),
    ).toEqual(['settings app'])

    let noteId = ''
    expect(
      await rowsOf(async () => {
        noteId = (await saveReportNote('2026-10-31', { kind: 'all' }, 'Signaal', 'A')).id
      }),
    ).toEqual([`reportNotes ${noteId}`])

    let agreementId = ''
    expect(
      await rowsOf(async () => {
        agreementId = (
          await addAgreement(
            {
              providerKey: 'zorg a',
              providerName: 'Zorg A',
              rondeDate: '2026-03-29',
              reasonCode: 'WON-2',
              clientRefs: [],
              kind: null,
              response: null,
              text: 'Aanmelden bij de corporatie.',
              owner: 'samen',
              dueDate: '2026-05-01',
            },
            'Accountmanager',
          )
        ).id
      }),
    ).toEqual([`agreements ${agreementId}`])

    const file = makeExchangeFile({ provider: 'Zorg A', youths: [makeExchangeYouth()] })
    const outcomes = await checkExchangeFiles(
      [{ name: 'zorg-a.json', text: JSON.stringify(file) }],
      '2026-04-02T09:00:00.000Z',
    )
    const toStore = outcomes.flatMap((o) =>
      o.kind === 'new' || o.kind === 'replaces' ? [o.stored] : [],
    )
    expect(toStore).toHaveLength(1)
    expect(await rowsOf(() => storeExchangeFiles(toStore, 'Accountmanager'))).toEqual([
      `exchangeFiles ${toStore[0]?.key}`,
    ])
    // Every row carries its own increasing number.
    const seqs = (await readOutbox(1000)).map((row) => row.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
    expect(new Set(seqs).size).toBe(seqs.length)
  })

  it('adds no row for a transaction that fails, nor for a write refused by the disk', async () => {
    const youth = await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    const before = await outbox()
    await expect(
      db.transaction('rw', db.youths, async () => {
        await db.youths.put({ ...youth, note: 'Half' })
        throw new Error('stopped halfway')
      }),
    ).rejects.toThrow('stopped halfway')
    failNextWrite('quota', 'youths')
    await expect(
      setAssessment(youth.id, 'wonen', makeAssessmentInput({ status: 'rood' }), 'A'),
    ).rejects.toThrow()
    expect(await outbox()).toEqual(before)
  })

  it('works beside encryption at rest: one row per write, holding no personal data', async () => {
    await enableEncryption('zeven zonnige zeilboten', 'A')
    await db.syncOutbox.clear()
    const youth = await addYouth(makeYouthValues({ clientRef: 'K-1', displayName: 'Sanne' }), 'A')
    await setAssessment(youth.id, 'wonen', makeAssessmentInput({ status: 'rood' }), 'A')
    const rows = await db.syncOutbox.toArray()
    expect(rows.map((r) => `${r.table} ${r.key}`)).toEqual([
      `youths ${youth.id}`,
      'settings app',
      `youths ${youth.id}`,
    ])
    expect(JSON.stringify(rows)).not.toContain('Sanne')
    keyring.setOff()
  })

  it('adds no row while no team is connected', async () => {
    await disconnect()
    const youth = await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    await setAssessment(youth.id, 'wonen', makeAssessmentInput({ status: 'rood' }), 'A')
    expect(await countOutbox()).toBe(0)
  })

  it('records of the settings only the team’s (key app), not this browser’s own', async () => {
    await db.settings.put({ key: 'backup', value: { lastBackupAt: '2026-01-01' } })
    await db.settings.put({ key: 'importLayout:x', value: {} })
    await db.settings.put({ key: 'app', value: {} })
    expect(await outbox()).toEqual(['settings app'])
  })

  it('records the records a range delete removed', async () => {
    const a = await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    const b = await addYouth(makeYouthValues({ clientRef: 'K-2' }), 'A')
    await deleteOutboxThrough(Number.MAX_SAFE_INTEGER)
    await db.youths.clear()
    expect((await outbox()).sort()).toEqual([`youths ${a.id}`, `youths ${b.id}`].sort())
  })

  it('hands the bridge its rows in order and forgets those it handled', async () => {
    for (const ref of ['K-1', 'K-2', 'K-3'])
      await addYouth(makeYouthValues({ clientRef: ref }), 'A')
    const rows = await readOutbox(3)
    // The first youth's locatie joined the settings too.
    expect(rows.map((row) => row.table)).toEqual(['youths', 'settings', 'youths'])
    expect(await countOutbox()).toBe(4)
    await deleteOutboxThrough(rows[1]?.seq ?? 0)
    expect((await readOutbox(10)).map((row) => row.table)).toEqual(['youths', 'youths'])
    await deleteOutboxThrough(rows[2]?.seq ?? 0)
    const rest = await readOutbox(10)
    expect(rest).toHaveLength(1)
    expect(rest[0]?.seq).toBeGreaterThan(rows[2]?.seq ?? 0)
  })

  it('is switched on when the database opens with a team connected', async () => {
    setOutboxEnabled(false)
    db.close()
    await db.open()
    await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    expect(await outbox()).toHaveLength(2)
    await db.settings.delete('sync')
    db.close()
    await db.open()
    await addYouth(makeYouthValues({ clientRef: 'K-2' }), 'A')
    expect(await outbox()).toHaveLength(2)
  })

  it('follows a connection made or ended in another tab', async () => {
    await db.syncOutbox.clear()
    setOutboxEnabled(false)
    // Another tab connects: this tab sees the settings change (storagemutated) and follows.
    await db.settings.put({ key: 'sync', value: connection })
    await vi.waitFor(() => expect(isOutboxEnabled()).toBe(true))
    await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    expect(await countOutbox()).toBe(2)
    await db.settings.delete('sync')
    await vi.waitFor(() => expect(isOutboxEnabled()).toBe(false))
    await addYouth(makeYouthValues({ clientRef: 'K-2' }), 'A')
    expect(await countOutbox()).toBe(2)
  })

  it('leaves no row for records the inbox wrote from documents, and keeps a local edit waiting', async () => {
    await db.syncOutbox.clear()
    const local = (await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')).id
    const waiting = await outbox()
    const fromTeam = { ...(await db.youths.get(local)), id: 'van-het-team', clientRef: 'K-2' }
    await applyIncoming(db, [
      { docId: 'youth:van-het-team', type: 'youth', rev: '1-a', data: fromTeam },
    ])
    expect((await db.youths.get('van-het-team'))?.clientRef).toBe('K-2')
    // The team's youth is already its document; the local one still has to go up.
    expect(await outbox()).toEqual(waiting)
  })
})
