import Dexie from 'dexie'
import { describe, expect, it, beforeAll } from 'vitest'
import { oldDatabase } from '../../../test/factories/old-schemas'
import type { AuditEntry } from '../../domain/types'
import type { StoredAuditEntry } from '../audit-record'
import { AUDIT_COMPACT_LINES, compactAudit } from '../audit-compaction'
import { appendAudit, AUDIT_SYNC_META_ID, auditBatches, expandAudit } from '../audit-repo'
import { db, DoorstroomDatabase } from '../database'
import { newDataKey } from '../encryption/key-wrap'
import { Keyring } from '../encryption/keyring'
import { createEncryptionMiddleware } from '../encryption/middleware'
import { sealRecord, loadCipher } from '../encryption/record-cipher'
import {
  PENDING_UIDS_SETTINGS_KEY,
  REPLICA_SETTINGS_KEY,
  stampPendingAuditUids,
} from './audit-uids'

// As the app does before it installs a key (encryption-repo.ts).
beforeAll(loadCipher)
import { getReplicaId } from './replica'

const line = (youthId: string | null, i: number): AuditEntry => ({
  at: `2026-01-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`,
  actor: `Mentor ${i}`,
  kind: youthId ? 'assessment' : 'settings',
  youthId,
  preconditionId: youthId ? 'wonen' : null,
  before: { note: `Oud ${i}` },
  after: { note: `Nieuw ${i}` },
})

/**
 * What a browser of an older release may hold: single lines and, from v5 on, an import's batch
 * (lines without ids) and a compacted batch (lines that kept their own id, time and actor).
 * `seal` stores every record as encryption at rest does.
 */
async function fillOld(old: Dexie, version: number, seal?: (r: unknown) => unknown) {
  const audit = old.table('audit')
  const put = (r: object) => audit.add(seal ? seal(r) : r)
  await put(line('y1', 1))
  await put(line('y2', 2))
  if (version >= 5) {
    // Compaction moved lines 1 and 2 into a batch (ids continue after a clear).
    const compacted = [1, 2].map((id) => ({ ...line(`y${id}`, id), id }))
    await audit.clear()
    const [batch] = auditBatches(compacted, 'Mentor 2', '2026-01-12T09:00:00.000Z')
    await put({ ...batch, youthIds: ['y1', 'y2'] })
    const [imported] = auditBatches(
      ['y3', 'y4', 'y5'].map((youthId) => ({ ...line(youthId, 3), kind: 'youth' as const })),
      'Importeur',
      '2026-01-13T09:00:00.000Z',
    )
    await put(imported as object)
  }
  await put(line('y1', 4))
  await put(line(null, 5))
}

const withoutUid = (entries: AuditEntry[]) => entries.map(({ uid: _uid, ...rest }) => rest)

function expectDistinctUids(entries: AuditEntry[], replicaId: string) {
  const uids = entries.map((e) => e.uid)
  for (const uid of uids) expect(uid?.startsWith(`${replicaId}.`)).toBe(true)
  expect(new Set(uids).size).toBe(entries.length)
}

describe('audit lines with global ids (schema v7)', () => {
  it.each([1, 2, 3, 4, 5, 6])(
    'gives every line of a version %i database a distinct uid and reads the same lines in the same order',
    async (version) => {
      const name = `uids-from-v${version}`
      const old = oldDatabase(name, version)
      await fillOld(old, version)
      const before = expandAudit((await old.table('audit').toArray()) as StoredAuditEntry[])
      old.close()

      const upgraded = new DoorstroomDatabase(name)
      await upgraded.open()
      const replicaId = (await upgraded.settings.get(REPLICA_SETTINGS_KEY))?.value as string
      expect(replicaId).toMatch(/^[a-z2-7]{16}$/)
      const after = expandAudit(await upgraded.audit.toArray())
      expect(withoutUid(after)).toEqual(before)
      expectDistinctUids(after, replicaId)
      // Deterministic: a single line is named by its id, a batch line by batch id and place.
      const last = after.at(-1)
      expect(last?.uid).toBe(`${replicaId}.${last?.id}`)
      if (version >= 5) {
        expect(after.map((e) => e.uid)).toEqual(
          expect.arrayContaining([`${replicaId}.3.0`, `${replicaId}.3.1`, `${replicaId}.4.2`]),
        )
      }
      upgraded.close()
      await Dexie.delete(name)
    },
  )

  it('stamps the lines of batches sealed at rest at the next unlock, by the same rule', async () => {
    const name = 'uids-sealed-v6'
    const key = newDataKey()
    const plain = oldDatabase(`${name}-plain`, 6)
    await fillOld(plain, 6)
    const expected = expandAudit((await plain.table('audit').toArray()) as StoredAuditEntry[])
    plain.close()
    await Dexie.delete(`${name}-plain`)
    const old = oldDatabase(name, 6)
    await fillOld(old, 6, (r) => sealRecord('audit', r, key))
    old.close()

    // The database opens (and upgrades) before anyone types the passphrase.
    const keyring = new Keyring()
    keyring.setLocked('k1', 15)
    const upgraded = new DoorstroomDatabase(name)
    upgraded.use(createEncryptionMiddleware(keyring))
    await upgraded.open()
    const raw = await upgraded.audit.toArray()
    expect(JSON.stringify(raw)).not.toContain('Nieuw')
    // Sealed single lines have their uid already (it is not a protected field).
    expect(raw.filter((e) => e.kind !== 'batch').every((e) => 'uid' in e)).toBe(true)
    expect((await upgraded.settings.get(PENDING_UIDS_SETTINGS_KEY))?.value).toEqual([3, 4])

    keyring.setUnlocked(key.slice(), 'k1', 15)
    await stampPendingAuditUids(upgraded)
    const replicaId = (await upgraded.settings.get(REPLICA_SETTINGS_KEY))?.value as string
    const after = expandAudit(await upgraded.audit.toArray())
    expect(withoutUid(after)).toEqual(expected)
    expectDistinctUids(after, replicaId)
    expect(after.map((e) => e.uid)).toContain(`${replicaId}.4.0`)
    expect(await upgraded.settings.get(PENDING_UIDS_SETTINGS_KEY)).toBeUndefined()
    // The batches were sealed again.
    keyring.setLocked('k1', 15)
    expect(JSON.stringify(await upgraded.audit.toArray())).not.toContain('Nieuw')
    upgraded.close()
    await Dexie.delete(name)
  })

  it('stamps new single lines and every line of a new batch, keeping a uid a line carries', async () => {
    const replicaId = await getReplicaId()
    expect((await db.settings.get(REPLICA_SETTINGS_KEY))?.value).toBe(replicaId)
    await appendAudit(line('y1', 1))
    await db.audit.bulkAdd(
      auditBatches([line('y2', 2), line('y3', 3)], 'Importeur', '2026-02-01T00:00:00.000Z'),
    )
    await db.audit.add({ ...line('y4', 4), uid: 'otherreplica.7' } as AuditEntry)
    const lines = expandAudit(await db.audit.toArray())
    expect(lines.map((e) => e.uid?.split('.')[0])).toEqual([
      replicaId,
      replicaId,
      replicaId,
      'otherreplica',
    ])
    expect(new Set(lines.map((e) => e.uid)).size).toBe(4)
    // The unique index refuses a second line with the same uid.
    const again = { ...line('y5', 5), uid: 'otherreplica.7' } as AuditEntry
    await expect(db.audit.add(again)).rejects.toThrow()
  })

  it('keeps the replica id of a database across openings', async () => {
    const first = await getReplicaId()
    db.close()
    await db.open()
    expect(await getReplicaId()).toBe(first)
    const other = new DoorstroomDatabase('uids-another-browser')
    await other.open()
    expect((await other.settings.get(REPLICA_SETTINGS_KEY))?.value).not.toBe(first)
    other.close()
    await Dexie.delete('uids-another-browser')
  })
})

describe('audit compaction with a team connected', () => {
  async function appendLines(count: number) {
    await db.transaction('rw', db.audit, async () => {
      for (let i = 0; i < count; i++) {
        const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
        await appendAudit({ ...line(`y${i % 40}`, i % 20), at })
      }
    })
  }

  it('moves only the lines already sent to the team, each with its uid', async () => {
    await appendLines(3 * AUDIT_COMPACT_LINES)
    const before = new Set(expandAudit(await db.audit.toArray()).map((e) => e.uid))
    await db.settings.put({ key: 'sync', value: { team: 'zorg', username: 'a', connectedAt: '' } })
    // Nothing sent yet: nothing moves.
    expect(await compactAudit()).toBe(0)
    await db.syncMeta.put({ id: AUDIT_SYNC_META_ID, pushedThrough: 2 * AUDIT_COMPACT_LINES + 10 })
    expect(await compactAudit()).toBe(2 * AUDIT_COMPACT_LINES)
    const singles = (await db.audit.toArray()).filter((e) => e.kind !== 'batch')
    expect(Math.min(...singles.map((e) => e.id ?? 0))).toBe(2 * AUDIT_COMPACT_LINES + 1)
    // Without a team every line may move.
    await db.settings.delete('sync')
    expect(await compactAudit()).toBe(AUDIT_COMPACT_LINES)
    expect(new Set(expandAudit(await db.audit.toArray()).map((e) => e.uid))).toEqual(before)
  })
})
