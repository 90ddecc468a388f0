import { makeAssessment } from '../../../test/factories/assessment'
import { makeYouth } from '../../../test/factories/youth'
import type { Youth } from '../types'
import { BACKUP_FORMAT, canonicalJson, type BackupData, type TableInfo } from './format'
import { createBackupText } from './make-backup'
import { readBackup } from './read-backup'
import { sha256Hex } from './crypto'

const TABLES: TableInfo[] = [
  { name: 'youths', keyPath: 'id', autoIncrement: false },
  { name: 'assessments', keyPath: ['youthId', 'preconditionId'], autoIncrement: false },
  { name: 'settings', keyPath: 'key', autoIncrement: false },
  { name: 'audit', keyPath: 'id', autoIncrement: true },
  { name: 'reviews', keyPath: 'id', autoIncrement: false },
  { name: 'reviewItems', keyPath: ['reviewId', 'youthId'], autoIncrement: false },
  { name: 'snapshots', keyPath: 'reviewId', autoIncrement: false },
  { name: 'reportNotes', keyPath: 'id', autoIncrement: false },
]
const options = { schemaVersion: 2, tables: TABLES }
const meta = { schemaVersion: 2, appVersion: '0.1.0', createdAt: '2026-11-23T10:00:00.000Z' }

function sampleData(): BackupData {
  return {
    youths: [makeYouth()],
    assessments: [makeAssessment()],
    settings: [{ key: 'app', value: { providerName: 'Zorg B.V.' } }],
    audit: [
      {
        id: 1,
        at: '2026-11-01T10:00:00.000Z',
        actor: 'A',
        kind: 'assessment',
        youthId: 'youth-1',
        preconditionId: 'wonen',
        before: null,
        after: makeAssessment(),
      },
    ],
    reviews: [],
    reviewItems: [],
    snapshots: [],
    reportNotes: [],
  }
}

describe('a back-up file', () => {
  it('carries format, schema version, app version, date and a SHA-256 checksum of the data', async () => {
    const file = JSON.parse(await createBackupText(sampleData(), meta)) as Record<string, unknown>
    expect(file).toMatchObject({ format: BACKUP_FORMAT, ...meta })
    expect(file.checksum).toBe(await sha256Hex(canonicalJson(sampleData())))
    expect(file.data).toEqual(sampleData())
  })

  it('reads back what was written', async () => {
    const result = await readBackup(await createBackupText(sampleData(), meta), options)
    expect(result.ok && result.backup.header).toMatchObject(meta)
    expect(result.ok && result.backup.encrypted).toBe(false)
    expect(result.ok && result.backup.data).toEqual(sampleData())
  })

  it('with a passphrase holds no readable data and needs the passphrase to be read', async () => {
    const text = await createBackupText(sampleData(), meta, 'lange zin van mij')
    expect(text).not.toContain('K-2025-017')
    const file = JSON.parse(text) as { encryption: { iterations: number; kdf: string } }
    expect(file.encryption).toMatchObject({ kdf: 'PBKDF2-SHA-256' })
    expect(file.encryption.iterations).toBeGreaterThanOrEqual(600_000)

    expect(await readBackup(text, options)).toEqual({
      ok: false,
      problem: { code: 'passphraseRequired' },
    })
    expect(await readBackup(text, { ...options, passphrase: 'verkeerd' })).toEqual({
      ok: false,
      problem: { code: 'wrongPassphrase' },
    })
    const right = await readBackup(text, { ...options, passphrase: 'lange zin van mij' })
    expect(right.ok && right.backup.data).toEqual(sampleData())
    expect(right.ok && right.backup.encrypted).toBe(true)
  })

  it('refuses an encrypted file whose readable header was altered', async () => {
    const file = JSON.parse(await createBackupText(sampleData(), meta, 'geheim-wachtwoord')) as {
      createdAt: string
    }
    file.createdAt = '2020-01-01T00:00:00.000Z'
    const result = await readBackup(JSON.stringify(file), {
      ...options,
      passphrase: 'geheim-wachtwoord',
    })
    expect(result).toEqual({ ok: false, problem: { code: 'wrongPassphrase' } })
  })
})

describe('readBackup refuses a bad file with a reason', () => {
  it('a truncated file', async () => {
    const text = await createBackupText(sampleData(), meta)
    expect(await readBackup(text.slice(0, text.length / 2), options)).toEqual({
      ok: false,
      problem: { code: 'notJson' },
    })
  })

  it('another JSON file', async () => {
    expect(await readBackup('{"youths": []}', options)).toEqual({
      ok: false,
      problem: { code: 'notBackup' },
    })
  })

  it('a file changed after it was made (checksum)', async () => {
    const text = await createBackupText(sampleData(), meta)
    const tampered = text.replace('Zorg B.V.', 'Zorg N.V.')
    expect(await readBackup(tampered, options)).toEqual({
      ok: false,
      problem: { code: 'checksumMismatch' },
    })
  })

  it('a back-up from a newer version of the app', async () => {
    const text = await createBackupText(sampleData(), { ...meta, schemaVersion: 3 })
    expect(await readBackup(text, options)).toEqual({
      ok: false,
      problem: { code: 'newerVersion', version: 3 },
    })
  })

  it('a header without checksum', async () => {
    const file = JSON.parse(await createBackupText(sampleData(), meta)) as Record<string, unknown>
    delete file.checksum
    expect(await readBackup(JSON.stringify(file), options)).toEqual({
      ok: false,
      problem: { code: 'damaged' },
    })
  })

  it('a record with a broken field, naming table, position and field', async () => {
    const data = sampleData()
    data.youths = [
      makeYouth({ id: 'a', clientRef: 'K-1' }),
      { ...makeYouth({ id: 'b' }), birthDate: '14-03-2009' },
    ]
    expect(await readBackup(await createBackupText(data, meta), options)).toEqual({
      ok: false,
      problem: { code: 'invalidRecord', table: 'youths', index: 1, field: 'birthDate' },
    })
  })

  it('keeps open team-sync conflicts, and refuses a malformed one naming it', async () => {
    const open = {
      field: 'details.location',
      values: [
        { value: 'Noord', by: 'anna', at: '2026-12-01T09:00:00.000Z', rev: '3-a' },
        { value: 'Zuid', by: 'bo', at: '2026-12-01T09:05:00.000Z', rev: '3-b' },
      ],
    }
    const data = sampleData()
    data.youths = [{ ...makeYouth(), syncConflicts: [open] }]
    const result = await readBackup(await createBackupText(data, meta), options)
    expect(result.ok && result.backup.data.youths).toEqual(data.youths)

    data.youths = [{ ...makeYouth(), syncConflicts: [{ field: 'details.location' }] }]
    expect(await readBackup(await createBackupText(data, meta), options)).toEqual({
      ok: false,
      problem: {
        code: 'invalidRecord',
        table: 'youths',
        index: 0,
        field: 'syncConflicts.0.values',
      },
    })
  })

  it('a cliëntnummer twice and a table this app does not know', async () => {
    const twice = sampleData()
    twice.youths = [makeYouth({ id: 'a' }), makeYouth({ id: 'b' })]
    expect(await readBackup(await createBackupText(twice, meta), options)).toEqual({
      ok: false,
      problem: { code: 'duplicateKey', table: 'youths', key: 'K-2025-017' },
    })
    const unknown = { ...sampleData(), secrets: [{ id: 1 }] }
    expect(await readBackup(await createBackupText(unknown, meta), options)).toEqual({
      ok: false,
      problem: { code: 'unknownTable', table: 'secrets' },
    })
  })
})

describe('a back-up from schema version 1', () => {
  it('is upgraded: the review tables are added empty and youths get red streaks', async () => {
    const oldYouth: Partial<Youth> = makeYouth()
    delete oldYouth.redStreaks
    const v1: BackupData = {
      youths: [oldYouth],
      assessments: [makeAssessment()],
      settings: [],
      audit: [],
    }
    const result = await readBackup(
      await createBackupText(v1, { ...meta, schemaVersion: 1 }),
      options,
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.backup.data.youths).toEqual([makeYouth()])
    expect(result.backup.data.reviews).toEqual([])
    expect(result.backup.data.snapshots).toEqual([])
    expect(result.backup.data.reportNotes).toEqual([])
    expect(result.backup.data.reviewItems).toEqual([])
  })
})
