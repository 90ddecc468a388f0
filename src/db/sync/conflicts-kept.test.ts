import { describe, expect, it } from 'vitest'
import { makeYouthValues } from '../../../test/factories/youth'
import { setAssessment } from '../assessments-repo'
import { db } from '../database'
import { addAgreement, updateAgreement } from '../municipal-repo'
import { saveReportNote, reportNoteId } from '../report-repo'
import { getVersionedSettings, saveSettings } from '../settings-repo'
import { addYouth, updateYouth } from '../youths-repo'

const open = [
  {
    field: 'text',
    values: [
      { value: 'A', by: 'anna', at: '2026-12-01T09:00:00.000Z', rev: '3-a' },
      { value: 'B', by: 'bo', at: '2026-12-01T09:05:00.000Z', rev: '3-b' },
    ],
  },
]

/** An edit of another field never closes a conflict: only a person's choice does. */
describe('open sync conflicts survive ordinary saves', () => {
  it('of a youth: its details, an assessment, and a new location in the settings', async () => {
    const youth = await addYouth(makeYouthValues(), 'Anna')
    await db.youths.update(youth.id, { syncConflicts: open })
    await db.settings.put({ key: 'app', value: {}, version: 1, syncConflicts: open })
    await updateYouth(youth.id, makeYouthValues({ location: 'Nieuwe groep' }), 'Bo', 1)
    await setAssessment(
      youth.id,
      'wonen',
      { status: 'rood', reasonCodes: [], note: 'x', action: '', owner: null, dueDate: null },
      'Bo',
    )
    expect((await db.youths.get(youth.id))?.syncConflicts).toEqual(open)
    // The new location was remembered in the settings, which kept their conflict.
    expect((await getVersionedSettings()).settings.locations).toContain('Nieuwe groep')
    expect((await db.settings.get('app'))?.syncConflicts).toEqual(open)
  })

  it('of the settings, a report note and an afspraak', async () => {
    await db.settings.put({ key: 'app', value: {}, version: 1, syncConflicts: open })
    const { settings, version } = await getVersionedSettings()
    await saveSettings({ ...settings, providerName: 'Zorg Oost' }, 'Bo', version)
    expect((await db.settings.get('app'))?.syncConflicts).toEqual(open)

    const scope = { kind: 'all' } as const
    await saveReportNote('2026-03-29', scope, 'Eerste', 'Anna')
    const id = reportNoteId('2026-03-29', scope)
    await db.reportNotes.update(id, { syncConflicts: open })
    await saveReportNote('2026-03-29', scope, 'Tweede', 'Bo')
    expect(await db.reportNotes.get(id)).toMatchObject({ text: 'Tweede', syncConflicts: open })

    const agreement = await addAgreement(
      {
        providerKey: 'zorg a',
        providerName: 'Zorg A',
        rondeDate: '2026-03-29',
        reasonCode: null,
        clientRef: null,
        text: 'Afspraak',
        owner: null,
        dueDate: null,
      },
      'Anna',
    )
    await db.agreements.update(agreement.id, { syncConflicts: open })
    await updateAgreement(agreement.id, 1, { owner: 'gemeente' }, 'Bo')
    expect((await db.agreements.get(agreement.id))?.syncConflicts).toEqual(open)
  })
})
