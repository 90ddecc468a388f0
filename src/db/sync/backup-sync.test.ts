import { describe, expect, it } from 'vitest'
import { makeYouthValues } from '../../../test/factories/youth'
import type { AuditEntry } from '../../domain/types'
import { expandAudit } from '../audit-repo'
import { mergeData, readAllData, replaceAllData, tableInfos } from '../backup-repo'
import { db } from '../database'
import { addYouth, updateYouth } from '../youths-repo'
import { REPLICA_SETTINGS_KEY } from './audit-uids'
import { setOutboxEnabled } from './outbox'
import { getReplicaId } from './replica'

const meta = { createdAt: '2026-11-23T10:00:00.000Z', actor: 'T' }
const connection = { team: 'zorg', username: 'a', connectedAt: '2026-11-01T00:00:00.000Z' }

async function uids(): Promise<string[]> {
  return expandAudit(await db.audit.toArray()).map((e) => e.uid ?? '')
}

describe('back-ups with team sync', () => {
  it('leave out the sync tables and this browser’s replica id and connection', async () => {
    await db.settings.put({ key: 'sync', value: connection })
    setOutboxEnabled(true)
    await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    await db.syncMeta.put({ id: '_audit', pushedThrough: 1 })
    const data = await readAllData()
    expect(Object.keys(data)).not.toContain('syncOutbox')
    expect(Object.keys(data)).not.toContain('syncMeta')
    expect(tableInfos().map((t) => t.name)).not.toContain('syncOutbox')
    const keys = (data.settings ?? []).map((s) => (s as { key: string }).key)
    expect(keys).not.toContain(REPLICA_SETTINGS_KEY)
    expect(keys).not.toContain('sync')
    setOutboxEnabled(false)
  })

  it('restore keeps the uids the file carries, the replica id, the connection and the sync tables', async () => {
    const youth = await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    await updateYouth(youth.id, { ...makeYouthValues({ clientRef: 'K-1' }), note: 'x' }, 'A')
    const file = await readAllData()
    const fileUids = await uids()
    const replicaId = await getReplicaId()

    await db.settings.put({ key: 'sync', value: connection })
    await db.syncMeta.put({ id: `youth:${youth.id}`, rev: '2-abc' })
    setOutboxEnabled(true)
    await replaceAllData(structuredClone(file), meta)
    setOutboxEnabled(false)

    const after = await uids()
    // The file's lines with their own uids, then the line saying the restore happened.
    expect(after.slice(0, fileUids.length)).toEqual(fileUids)
    expect(after).toHaveLength(fileUids.length + 1)
    expect(await getReplicaId()).toBe(replicaId)
    expect((await db.settings.get(REPLICA_SETTINGS_KEY))?.value).toBe(replicaId)
    expect((await db.settings.get('sync'))?.value).toEqual(connection)
    expect(await db.syncMeta.get(`youth:${youth.id}`)).toEqual({
      id: `youth:${youth.id}`,
      rev: '2-abc',
    })
    // The restored records are written anew, so the team is told about them.
    expect((await db.syncOutbox.toArray()).map((r) => `${r.table} ${r.key}`)).toContain(
      `youths ${youth.id}`,
    )
  })

  it('merge adds a line once, by its uid, also when this browser holds it in another form', async () => {
    const youth = await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    const file = await readAllData()
    const lines = file.audit as AuditEntry[]
    const [own] = lines
    // A line from another laptop, and this browser's own line edited in the file: its uid
    // says it is the same line.
    const foreign: AuditEntry = {
      ...(own as AuditEntry),
      id: 99,
      uid: 'otherreplica.1',
      actor: 'B',
      at: '2026-11-20T10:00:00.000Z',
    }
    const sameUid = { ...(own as AuditEntry), after: { note: 'anders' } }
    const plan = await mergeData({ ...file, audit: [sameUid, foreign, foreign] }, meta)
    expect(plan.added).toBe(1)
    const all = expandAudit(await db.audit.toArray())
    expect(all.filter((e) => e.uid === 'otherreplica.1')).toHaveLength(1)
    expect(all.filter((e) => e.youthId === youth.id)).toHaveLength(2)
  })

  it('merge of a back-up made before uids adds none of the lines this browser has', async () => {
    await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    const file = await readAllData()
    const old = (file.audit as AuditEntry[]).map(({ uid: _uid, ...line }) => line)
    const plan = await mergeData({ ...file, audit: old }, meta)
    expect(plan.added).toBe(0)
  })
})
