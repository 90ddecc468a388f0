import { describe, expect, it } from 'vitest'
import { duplicate } from '../../../test/support/duplicates'
import { describeAuditEntry } from '../../domain/audit'
import { MissingChoiceError } from '../../domain/sync/merge-youths'
import { ValidationError } from '../../domain/validation'
import { auditForYouth } from '../audit-repo'
import { db } from '../database'
import { getYouth } from '../youths-repo'
import type { StoredYouth } from '../youth-record'
import { applyIncoming } from './bridge-repo'
import { listOpenConflicts } from './conflicts-repo'
import { readDuplicate, resolveDuplicate, StaleDuplicateError } from './duplicates-repo'

const seen = (local: StoredYouth, record: StoredYouth) => ({
  local: local.version ?? 0,
  incoming: record.version ?? 0,
})

const allKept = {
  'details.location': 'kept',
  'details.caseOwner': 'other',
  'assessments.wonen.status': 'kept',
  'assessments.wonen.note': 'other',
} as const

describe('a duplicate cliëntnummer side by side', () => {
  it('shows both youths, who made each and when, and the fields that differ', async () => {
    const { local } = await duplicate()
    const details = await readDuplicate('youth:incoming-1')
    expect(details?.local.id).toBe(local.id)
    expect(details?.incoming.id).toBe('incoming-1')
    expect(details?.made.local.created?.actor).toBe('Anna')
    expect(details?.made.incoming.created).toEqual({
      actor: 'Bo',
      at: '2026-11-20T08:00:00.000Z',
    })
    expect(details?.differing.map((d) => d.field)).toEqual(Object.keys(allKept))
  })
})

describe('merging a duplicate into one youth', () => {
  it('keeps one youth with the values chosen, deletes the other for the team, joins the history', async () => {
    const { local, record } = await duplicate()
    const choice = { kind: 'merge', choices: allKept, seen: seen(local, record) } as const
    await resolveDuplicate('youth:incoming-1', choice, 'Carla')
    expect(await db.youths.count()).toBe(1)
    const kept = await db.youths.get(local.id)
    expect(kept).toMatchObject({ clientRef: 'K-7', location: 'Noord', caseOwner: 'Bo' })
    expect(kept?.assessments?.wonen).toMatchObject({ status: 'rood', note: '' })
    expect(await db.syncOutbox.toArray()).toContainEqual(
      expect.objectContaining({ table: 'youths', key: 'incoming-1' }),
    )
    expect(await listOpenConflicts()).toEqual([])
    const history = await auditForYouth(local.id)
    expect(history[0] && describeAuditEntry(history[0])).toMatchObject({ kind: 'youth-merged' })
    // Bo's creation of the other youth shows under the kept one; its deletion line does not.
    expect(history.filter((e) => e.youthId === 'incoming-1')).toEqual([
      expect.objectContaining({ actor: 'Bo', before: null }),
    ])
    expect(history.some((e) => e.kind === 'assessment' && e.actor === 'Carla')).toBe(true)
    // The other youth's last state stays in history (for the report at an earlier date).
    const deletion = (await db.audit.where('youthId').equals('incoming-1').toArray())[0]
    expect(deletion).toMatchObject({ actor: 'Carla', after: null })
  })

  it('merges nothing while a differing field has no choice', async () => {
    const { local, record } = await duplicate()
    const choices = { 'details.location': 'kept' } as const
    await expect(
      resolveDuplicate(
        'youth:incoming-1',
        { kind: 'merge', choices, seen: seen(local, record) },
        'C',
      ),
    ).rejects.toBeInstanceOf(MissingChoiceError)
    expect(await getYouth(local.id)).toMatchObject({ caseOwner: 'Anna' })
    expect(await listOpenConflicts()).toHaveLength(1)
  })

  it('merges nothing when the youth here changed after the dialog showed it', async () => {
    const { local, record } = await duplicate()
    await db.youths.update(local.id, { caseOwner: 'Dirk', version: (local.version ?? 0) + 1 })
    const choice = { kind: 'merge', choices: allKept, seen: seen(local, record) } as const
    await expect(resolveDuplicate('youth:incoming-1', choice, 'Carla')).rejects.toBeInstanceOf(
      StaleDuplicateError,
    )
    expect(await db.youths.count()).toBe(1)
    expect(await listOpenConflicts()).toHaveLength(1)
  })
})

describe('changing one of the two numbers', () => {
  it('gives the incoming youth another cliëntnummer and stores it', async () => {
    const { local } = await duplicate()
    const choice = { kind: 'renumber', which: 'incoming', clientRef: ' K-7b ' } as const
    await resolveDuplicate('youth:incoming-1', choice, 'Carla')
    expect(await getYouth('incoming-1')).toMatchObject({ clientRef: 'K-7b', version: 4 })
    expect(await getYouth(local.id)).toMatchObject({ clientRef: 'K-7', location: 'Noord' })
    expect(await listOpenConflicts()).toEqual([])
  })

  it('gives the youth here another cliëntnummer and stores the incoming one as it came', async () => {
    const { local } = await duplicate()
    const choice = { kind: 'renumber', which: 'local', clientRef: 'K-70' } as const
    await resolveDuplicate('youth:incoming-1', choice, 'Carla')
    expect(await getYouth(local.id)).toMatchObject({ clientRef: 'K-70', location: 'Noord' })
    expect(await getYouth('incoming-1')).toMatchObject({ clientRef: 'K-7', version: 3 })
    expect(await listOpenConflicts()).toEqual([])
  })

  it.each([
    ['K-7', 'clientRefTaken'],
    ['   ', 'required'],
    ['111222333', 'bsnNotAllowed'],
  ] as const)('refuses %j (%s) and changes nothing', async (clientRef, code) => {
    const { local } = await duplicate()
    for (const which of ['incoming', 'local'] as const) {
      await expect(
        resolveDuplicate('youth:incoming-1', { kind: 'renumber', which, clientRef }, 'Carla'),
      ).rejects.toEqual(new ValidationError({ clientRef: code }))
    }
    expect(await getYouth('incoming-1')).toBeUndefined()
    expect(await getYouth(local.id)).toMatchObject({ clientRef: 'K-7' })
    expect(await listOpenConflicts()).toHaveLength(1)
  })
})

describe('the other laptop’s decision arriving', () => {
  it('stores the waiting youth once the youth here was merged away, in either order', async () => {
    for (const deletionFirst of [false, true]) {
      await db.youths.clear()
      await db.syncMeta.clear()
      const { local, record } = await duplicate()
      const merged = { ...record, caseOwner: 'Anna en Bo', version: 4 }
      const put = { docId: 'youth:incoming-1', type: 'youth' as const, rev: '2-x', data: merged }
      const gone = { docId: `youth:${local.id}`, type: 'youth' as const, rev: '3-y', data: null }
      if (deletionFirst) await applyIncoming(db, [gone, put])
      else {
        await applyIncoming(db, [put])
        await applyIncoming(db, [gone])
      }
      expect(await db.youths.toArray()).toEqual([
        expect.objectContaining({ caseOwner: 'Anna en Bo' }),
      ])
      expect(await listOpenConflicts()).toEqual([])
    }
  })

  it('stores the waiting youth once the youth here got another number there', async () => {
    const { local } = await duplicate()
    const renumbered = { ...local, clientRef: 'K-70', version: (local.version ?? 0) + 1 }
    await applyIncoming(db, [
      { docId: `youth:${local.id}`, type: 'youth', rev: '3-y', data: renumbered },
    ])
    const refs = (await db.youths.toArray()).map((y) => y.clientRef).sort()
    expect(refs).toEqual(['K-7', 'K-70'])
    expect(await listOpenConflicts()).toEqual([])
  })
})
