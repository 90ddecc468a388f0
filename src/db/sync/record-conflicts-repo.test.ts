import { describe, expect, it } from 'vitest'
import type { FieldConflict } from '../../domain/sync/types'
import { db } from '../database'
import { addAgreement, updateAgreement, StaleRecordError } from '../municipal-repo'
import { getSettings } from '../settings-repo'
import { StaleConflictError } from './conflicts-repo'
import { resolveRecordConflict } from './record-conflicts-repo'

const conflict = (field: string, a: unknown, b: unknown): FieldConflict => ({
  field,
  values: [
    { value: a, by: 'Anna', at: '2026-12-01T09:00:00.000Z', rev: '3-a' },
    { value: b, by: 'Bo', at: '2026-12-01T09:05:00.000Z', rev: '3-b' },
  ],
})

const generalLines = () => db.audit.filter((l) => l.youthId === null).toArray()

describe('choosing in a conflict of a record other than a youth', () => {
  it('sets a team setting, raises its version and keeps the other name in the history', async () => {
    const open = [
      conflict('app.providerName', 'Zorg Oost', 'Zorg West'),
      conflict('app.municipal.rondeWeeks', 6, 4),
    ]
    await db.settings.put({
      key: 'app',
      value: { providerName: 'Zorg Oost' },
      version: 3,
      syncConflicts: open,
    })
    await resolveRecordConflict('setting:app', 'app.providerName', 'Zorg West', 'Carla')

    expect((await getSettings()).providerName).toBe('Zorg West')
    const record = await db.settings.get('app')
    expect(record).toMatchObject({ version: 4, versionBy: 'Carla' })
    expect(record?.syncConflicts?.map((c) => c.field)).toEqual(['app.municipal.rondeWeeks'])
    const befores = (await generalLines()).map(
      (l) => (l.before as { providerName?: string }).providerName,
    )
    expect(befores).toContain('Zorg Oost')

    await resolveRecordConflict('setting:app', 'app.municipal.rondeWeeks', 4, 'Carla')
    expect((await getSettings()).municipal.rondeWeeks).toBe(4)
    expect(await db.settings.get('app')).not.toHaveProperty('syncConflicts')
  })

  it('sets an afspraak’s text as a new version, so an edit opened before meets it', async () => {
    const agreement = await addAgreement(
      {
        providerKey: 'zorg a',
        providerName: 'Zorg A',
        rondeDate: '2026-03-29',
        reasonCode: null,
        clientRef: null,
        text: 'Eerst',
        owner: null,
        dueDate: null,
      },
      'Anna',
    )
    await db.agreements.update(agreement.id, {
      text: 'Tekst A',
      syncConflicts: [conflict('text', 'Tekst A', 'Tekst B')],
    })
    await resolveRecordConflict(`agreement:${agreement.id}`, 'text', 'Tekst B', 'Carla')

    const stored = await db.agreements.get(agreement.id)
    expect(stored).toMatchObject({ text: 'Tekst B', version: 2 })
    expect(stored).not.toHaveProperty('syncConflicts')
    await expect(updateAgreement(agreement.id, 1, { text: 'Oud' }, 'Bo')).rejects.toBeInstanceOf(
      StaleRecordError,
    )
    const befores = (await generalLines()).map((l) => (l.before as { text?: string } | null)?.text)
    expect(befores).toContain('Tekst A')
  })

  it('refuses a value no longer open, and changes nothing', async () => {
    await db.reportNotes.put({
      id: 'p|all',
      text: 'A',
      updatedAt: 't',
      updatedBy: 'Anna',
      syncConflicts: [conflict('text', 'A', 'B')],
    })
    await expect(
      resolveRecordConflict('reportNote:p|all', 'text', 'C', 'Carla'),
    ).rejects.toBeInstanceOf(StaleConflictError)
    expect(await db.reportNotes.get('p|all')).toMatchObject({
      text: 'A',
      syncConflicts: [conflict('text', 'A', 'B')],
    })
    await resolveRecordConflict('reportNote:p|all', 'text', 'B', 'Carla')
    expect(await db.reportNotes.get('p|all')).toEqual({
      id: 'p|all',
      text: 'B',
      updatedAt: 't',
      updatedBy: 'Anna',
    })
  })
})
