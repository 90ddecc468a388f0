import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { periodAt } from '../domain/report/periods'
import { makeSettings } from '../../test/factories/settings'
import { makeYouthValues } from '../../test/factories/youth'
import { SAMPLE_CSV_DUTCH } from '../../test/fixtures/import-sheets'
import { autoMapColumns } from '../domain/import/auto-map'
import { analyseTable, resolvePlan } from '../domain/import/plan'
import { readCsv } from '../domain/import/read-csv'
import { getAssessment, setAssessment } from './assessments-repo'
import { commitImport, loadExistingForImport } from './import-repo'
import { db } from './database'
import {
  auditSince,
  getReportNote,
  REPORT_NOTE_MAX_LENGTH,
  reportFromDatabase,
  saveReportNote,
} from './report-repo'
import { saveSettings } from './settings-repo'
import { addYouth, registerOutflow, updateYouth } from './youths-repo'

const settings = makeSettings({ reportAnchorDate: '2026-01-05', reportPeriodWeeks: 6 })
const DEN_HAAG = { kind: 'gemeente', code: 'GM0518' } as const

function at(timestamp: string) {
  vi.setSystemTime(new Date(timestamp))
}

const assessment = (status: 'rood' | 'oranje' | 'groen') => ({
  status,
  reasonCodes: status === 'rood' ? ['WON-2'] : [],
  note: '',
  action: status === 'rood' ? 'Aanmelden' : '',
  owner: status === 'rood' ? ('gemeente' as const) : null,
  dueDate: null,
})

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
})

afterEach(() => {
  vi.useRealTimers()
})

async function reportP1(today: string) {
  return reportFromDatabase({
    period: periodAt(1, settings, today),
    previous: periodAt(0, settings, today),
    scope: DEN_HAAG,
    createdAt: 'fixed',
  })
}

describe('a report from the database', () => {
  it('gives the same figures for an ended period after later edits through the repositories', async () => {
    at('2026-01-10T10:00:00Z')
    await saveSettings(settings, 'Test')
    const a = await addYouth(
      makeYouthValues({ clientRef: 'A-1', placementDate: '2025-06-01' }),
      'Test',
    )
    const b = await addYouth(
      makeYouthValues({ clientRef: 'B-1', placementDate: '2025-09-01' }),
      'Test',
    )
    await setAssessment(a.id, 'wonen', assessment('oranje'), 'Test')
    at('2026-03-01T10:00:00Z')
    await setAssessment(a.id, 'wonen', assessment('rood'), 'Test')
    await setAssessment(b.id, 'wonen', assessment('groen'), 'Test')

    at('2026-04-01T10:00:00Z') // P1 (16-02 to 29-03) has just ended
    const then = await reportP1('2026-04-01')
    expect(then.keyFigures.placed).toBe(2)
    expect(then.stoplight.total.rood).toEqual({ count: 1, previous: 0 })
    expect(then.stoplight.change.slechter).toBe(1) // oranje → rood

    at('2026-04-02T10:00:00Z')
    await setAssessment(a.id, 'wonen', assessment('groen'), 'Test')
    await registerOutflow(
      b.id,
      { date: '2026-03-20', destination: 'pleeggezin', reason: '01', note: '' },
      'Test',
    )
    await updateYouth(
      a.id,
      makeYouthValues({
        clientRef: 'A-1',
        placementDate: '2025-06-01',
        municipalityCode: 'GM0599',
      }),
      'Test',
    )
    await addYouth(makeYouthValues({ clientRef: 'C-1', placementDate: '2026-03-01' }), 'Test')
    await saveSettings({ ...settings, futurePlanAge: 12 }, 'Test')

    expect(await reportP1('2026-04-02')).toEqual(then)
  })

  it('gives the same figures for an ended period after a later import (its audit lines in batches)', async () => {
    at('2026-01-10T10:00:00Z')
    // The sheet's locations are known already: remembering a location is not history.
    await saveSettings(
      { ...settings, locations: ['Gezinshuis De Eik', 'Gezinshuis De Linde', 'Groep Noord'] },
      'Test',
    )
    const a = await addYouth(
      makeYouthValues({ clientRef: 'IMP-001', placementDate: '2025-06-01' }),
      'Test',
    )
    await setAssessment(a.id, 'wonen', assessment('oranje'), 'Test')
    at('2026-04-01T10:00:00Z')
    const then = await reportP1('2026-04-01')
    expect(then.keyFigures.placed).toBe(1)

    at('2026-04-02T10:00:00Z')
    const sheet = readCsv(SAMPLE_CSV_DUTCH())
    const existing = await loadExistingForImport(sheet.rows.map((r) => String(r.cells[0] ?? '')))
    const mapping = autoMapColumns(sheet.headers, [{ id: 'wonen', names: ['Wonen'] }])
    const rows = await analyseTable(sheet, mapping, existing, { today: '2026-04-02' })
    await commitImport(resolvePlan(rows, { existing: 'update', inFile: 'update' }), 'Importeur')
    // The import did change the current data: IMP-001 is rood now and two youths were added.
    expect((await getAssessment(a.id, 'wonen'))?.status).toBe('rood')
    expect(await db.youths.count()).toBe(3)

    expect(await reportP1('2026-04-02')).toEqual(then)
  })

  it('reads only the audit entries from a moment on', async () => {
    at('2026-01-10T10:00:00Z')
    await addYouth(makeYouthValues({ clientRef: 'A-1' }), 'Test')
    at('2026-02-10T10:00:00Z')
    await addYouth(makeYouthValues({ clientRef: 'A-2' }), 'Test')
    await addYouth(makeYouthValues({ clientRef: 'A-3' }), 'Test')
    const entries = await auditSince('2026-02-01T00:00:00.000Z')
    expect(entries.map((e) => (e.after as { clientRef: string }).clientRef)).toEqual(['A-3', 'A-2'])
  })
})

describe('Signalen per period and scope', () => {
  it('are stored with an audit line and read back for the same period and scope only', async () => {
    at('2026-04-01T10:00:00Z')
    await saveReportNote('2026-03-29', DEN_HAAG, 'Wachtlijst kamertraining loopt op.  \n', 'Jan')
    expect((await getReportNote('2026-03-29', DEN_HAAG))?.text).toBe(
      'Wachtlijst kamertraining loopt op.',
    )
    expect(await getReportNote('2026-03-29', { kind: 'all' })).toBeUndefined()
    expect(await getReportNote('2026-02-15', DEN_HAAG)).toBeUndefined()
    const audit = await db.audit.toArray()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ kind: 'settings', actor: 'Jan', before: null })
    expect(audit[0]?.after).toMatchObject({ id: '2026-03-29|gemeente:GM0518' })
  })

  it('write nothing when unchanged, and refuse a text that is too long', async () => {
    await saveReportNote('2026-03-29', DEN_HAAG, 'Tekst', 'Jan')
    await saveReportNote('2026-03-29', DEN_HAAG, 'Tekst', 'Jan')
    expect(await db.audit.count()).toBe(1)
    await expect(
      saveReportNote('2026-03-29', DEN_HAAG, 'x'.repeat(REPORT_NOTE_MAX_LENGTH + 1), 'Jan'),
    ).rejects.toMatchObject({ fields: { text: 'tooLong' } })
    expect((await getReportNote('2026-03-29', DEN_HAAG))?.text).toBe('Tekst')
  })

  it('never change the settings a report restores for its peildatum', async () => {
    at('2026-01-10T10:00:00Z')
    await saveSettings({ ...settings, futurePlanAge: 17 }, 'Test')
    await addYouth(
      makeYouthValues({ clientRef: 'A-1', birthDate: '2009-06-01', placementDate: '2025-06-01' }),
      'Test',
    )
    at('2026-04-01T10:00:00Z')
    await saveReportNote('2026-03-29', DEN_HAAG, 'Signaal', 'Jan')
    const report = await reportP1('2026-04-01')
    expect(report.settings.futurePlanAge).toBe(17)
    expect(report.youths[0]?.statuses.toekomstplan).toBe('nvt') // 16 on the peildatum, below 17
  })
})
