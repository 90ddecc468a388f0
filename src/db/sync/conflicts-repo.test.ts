import { describe, expect, it } from 'vitest'
import { makeYouthValues } from '../../../test/factories/youth'
import type { AssessmentInput } from '../../domain/types'
import { getAssessment, setAssessment } from '../assessments-repo'
import { auditForYouth } from '../audit-repo'
import { db } from '../database'
import { addYouth, getYouth } from '../youths-repo'
import { listOpenConflicts, resolveFieldConflict, StaleConflictError } from './conflicts-repo'

const red: AssessmentInput = {
  status: 'rood',
  reasonCodes: [],
  note: 'kamer gevonden',
  action: '',
  owner: null,
  dueDate: null,
}
const value = (v: unknown, by: string, rev: string) => ({
  value: v,
  by,
  at: '2026-12-01T09:00:00.000Z',
  rev,
})

/** A youth as the merge leaves it: the winner's toelichting kept, both in its conflicts. */
async function youthWithConflict() {
  const youth = await addYouth(makeYouthValues({ location: 'Noord' }), 'Anna')
  await setAssessment(youth.id, 'wonen', red, 'Anna')
  const conflicts = [
    {
      field: 'assessments.wonen.note',
      values: [value('kamer gevonden', 'Anna', '5-f'), value('wacht op urgentie', 'Bo', '5-a')],
    },
    {
      field: 'details.location',
      values: [value('Noord', 'Anna', '5-f'), value('Zuid', 'Bo', '5-a')],
    },
  ]
  await db.youths.update(youth.id, { syncConflicts: conflicts })
  return youth
}

describe('open sync conflicts', () => {
  it('lists youths with conflicts and duplicate cliëntnummers, and nothing else', async () => {
    expect(await listOpenConflicts()).toEqual([])
    await addYouth(makeYouthValues({ clientRef: 'K-002' }), 'Anna')
    const youth = await youthWithConflict()
    await db.syncMeta.put({
      id: '_duplicate:youth:y9',
      clientRef: 'K-001',
      localYouthId: youth.id,
      record: {},
    })

    const open = await listOpenConflicts()
    expect(open).toEqual([
      { kind: 'duplicate', docId: 'youth:y9', clientRef: 'K-001', localYouthId: youth.id },
      expect.objectContaining({
        kind: 'fields',
        docId: `youth:${youth.id}`,
        youthId: youth.id,
        label: 'K-001',
      }),
    ])
    expect(open[1]?.kind === 'fields' && open[1].conflicts.map((c) => c.field)).toEqual([
      'assessments.wonen.note',
      'details.location',
    ])
  })

  it('saves the chosen toelichting as a new version and keeps the other in the history', async () => {
    const youth = await youthWithConflict()
    const before = await getAssessment(youth.id, 'wonen')
    await resolveFieldConflict(youth.id, 'assessments.wonen.note', 'wacht op urgentie', 'Carla')

    const after = await getAssessment(youth.id, 'wonen')
    expect(after).toMatchObject({ note: 'wacht op urgentie', changedBy: 'Carla' })
    expect(after?.version).toBe((before?.version ?? 0) + 1)
    const stored = await db.youths.get(youth.id)
    expect(stored?.syncConflicts?.map((c) => c.field)).toEqual(['details.location'])
    const history = await auditForYouth(youth.id)
    const notes = history
      .filter((l) => l.kind === 'assessment')
      .map((l) => (l.before as { note?: string } | null)?.note)
    expect(notes).toContain('kamer gevonden')
    expect(
      history.some((l) => (l.after as { note?: string } | null)?.note === 'wacht op urgentie'),
    ).toBe(true)
  })

  it('keeps the winner’s location, writes the other into history and closes the last conflict', async () => {
    const youth = await youthWithConflict()
    await resolveFieldConflict(youth.id, 'assessments.wonen.note', 'kamer gevonden', 'Carla')
    await resolveFieldConflict(youth.id, 'details.location', 'Noord', 'Carla')

    const stored = await db.youths.get(youth.id)
    expect(stored).toMatchObject({ location: 'Noord' })
    expect(stored).not.toHaveProperty('syncConflicts')
    const history = await auditForYouth(youth.id)
    expect(
      history.some(
        (l) => l.kind === 'youth' && (l.before as { location?: string }).location === 'Zuid',
      ),
    ).toBe(true)
    expect(await listOpenConflicts()).toEqual([])
  })

  it('refuses a value that is not one of the conflict’s and changes nothing', async () => {
    const youth = await youthWithConflict()
    const lines = (await auditForYouth(youth.id)).length
    await expect(
      resolveFieldConflict(youth.id, 'details.location', 'West', 'Carla'),
    ).rejects.toBeInstanceOf(StaleConflictError)
    expect((await db.youths.get(youth.id))?.syncConflicts).toHaveLength(2)
    expect(await auditForYouth(youth.id)).toHaveLength(lines)
  })
})

describe('a youth deleted on another laptop and changed here', () => {
  async function restored() {
    const youth = await addYouth(makeYouthValues(), 'Anna')
    const marker = {
      field: 'deleted',
      values: [value(true, 'Bo', '6-b'), value(false, 'Anna', '6-a')],
    }
    await db.youths.update(youth.id, { syncConflicts: [marker] })
    return youth
  }

  it('stays when kept', async () => {
    const youth = await restored()
    await resolveFieldConflict(youth.id, 'deleted', false, 'Carla')
    expect(await db.youths.get(youth.id)).not.toHaveProperty('syncConflicts')
  })

  it('goes when the deletion is chosen, its last state in the history', async () => {
    const youth = await restored()
    await resolveFieldConflict(youth.id, 'deleted', true, 'Carla')
    expect(await getYouth(youth.id)).toBeUndefined()
    const [last] = await auditForYouth(youth.id)
    expect(last).toMatchObject({ actor: 'Carla', kind: 'youth', after: null })
    expect(last?.before).toMatchObject({ clientRef: 'K-001' })
  })
})
