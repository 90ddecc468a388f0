import { afterEach, describe, expect, it } from 'vitest'
import type { AuditBatch } from '../audit-record'
import { auditBatches, expandAudit } from '../audit-repo'
import { db } from '../database'
import { enableEncryption, lock, unlock } from '../encryption/encryption-repo'
import { keyring } from '../encryption/keyring'
import { PENDING_UIDS_SETTINGS_KEY } from './audit-uids'
import { getReplicaId } from './replica'

const PASS = 'zeven zonnige zeilboten'

afterEach(() => keyring.setOff())

describe('the unlock after a v7 upgrade that found sealed batches', () => {
  it('stamps the lines of the listed batches, once', async () => {
    await enableEncryption(PASS, 'Tester')
    const [batch] = auditBatches(
      ['y1', 'y2'].map((youthId) => ({
        kind: 'youth' as const,
        youthId,
        preconditionId: null,
        before: null,
        after: { note: 'Geheim' },
      })),
      'Importeur',
      '2026-02-01T00:00:00.000Z',
    )
    const id = await db.audit.add(batch as AuditBatch)
    // As an upgrade left it: sealed lines without uids (a put of an existing record is no
    // creation, so the hook leaves it alone), and the batch listed for the next unlock.
    const stored = (await db.audit.get(id)) as AuditBatch
    const unstamped: AuditBatch = {
      ...stored,
      lines: stored.lines.map(({ uid: _uid, ...line }) => line),
    }
    await db.audit.put(unstamped)
    await db.settings.put({ key: PENDING_UIDS_SETTINGS_KEY, value: [id] })
    lock()

    await unlock(PASS)
    const replicaId = await getReplicaId()
    const lines = expandAudit([(await db.audit.get(id)) as AuditBatch])
    expect(lines.map((l) => l.uid).sort()).toEqual([`${replicaId}.${id}.0`, `${replicaId}.${id}.1`])
    expect(await db.settings.get(PENDING_UIDS_SETTINGS_KEY)).toBeUndefined()
  })
})
