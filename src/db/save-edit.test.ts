import { makeAssessmentInput } from '../../test/factories/assessment'
import { makeYouthValues } from '../../test/factories/youth'
import { resolveConflicts } from '../domain/versions/merge-edit'
import type { Assessment, AssessmentInput } from '../domain/types'
import { assessmentInputOf, getAssessment, setAssessment } from './assessments-repo'
import { db } from './database'
import { saveEdit } from './save-edit'
import { addYouth } from './youths-repo'

/** Wonen of a new youth, oranje with "Eerste tekst", as both tabs opened it (version 1). */
async function opened() {
  const youth = await addYouth(makeYouthValues(), 'A')
  const base = makeAssessmentInput({ note: 'Eerste tekst' })
  await setAssessment(youth.id, 'wonen', base, 'A', 0)
  const save = (mine: AssessmentInput, start = { base, version: 1 }) =>
    saveEdit(
      start,
      mine,
      (values, version) => setAssessment(youth.id, 'wonen', values, 'Bram', version),
      (stored) => assessmentInputOf(stored as Assessment | undefined),
    )
  return { youth, base, save }
}

describe('saveEdit', () => {
  it("saves only the colour over tab A's newer text, keeping that text", async () => {
    const { youth, base, save } = await opened()
    await setAssessment(youth.id, 'wonen', { ...base, note: 'Tekst van A' }, 'Anna', 1)

    const outcome = await save({ ...base, status: 'rood' })
    expect(outcome).toMatchObject({ kind: 'saved', taken: ['note'], lastChange: { actor: 'Anna' } })
    expect(await getAssessment(youth.id, 'wonen')).toMatchObject({
      status: 'rood',
      note: 'Tekst van A',
      version: 3,
    })
  })

  it('writes nothing and returns both versions when both changed the same field', async () => {
    const { youth, base, save } = await opened()
    await setAssessment(youth.id, 'wonen', { ...base, note: 'Tekst van A' }, 'Anna', 1)
    const audit = await db.audit.count()

    const outcome = await save({ ...base, note: 'Tekst van B', action: 'Bellen' })
    if (outcome.kind !== 'conflict') throw new Error('expected a conflict')
    expect(outcome.conflict).toMatchObject({
      version: 2,
      theirs: { note: 'Tekst van A' },
      merge: { conflicts: ['note'], merged: { note: 'Tekst van B', action: 'Bellen' } },
    })
    expect((await getAssessment(youth.id, 'wonen'))?.note).toBe('Tekst van A')
    expect(await db.audit.count()).toBe(audit)

    // The user keeps the newer text; their action is still saved, against the newer version.
    const { conflict } = outcome
    const resolved = resolveConflicts(conflict.merge, conflict.theirs, { note: 'theirs' })
    const again = await save(resolved, { base: conflict.theirs, version: conflict.version })
    expect(again.kind).toBe('saved')
    expect(await getAssessment(youth.id, 'wonen')).toMatchObject({
      note: 'Tekst van A',
      action: 'Bellen',
      version: 3,
    })
  })

  it('saves as typed, reporting nothing taken over, when no one else saved', async () => {
    const { youth, base, save } = await opened()
    expect(await save({ ...base, note: 'Nieuw' })).toMatchObject({ kind: 'saved', taken: [] })
    expect((await getAssessment(youth.id, 'wonen'))?.note).toBe('Nieuw')
  })
})
