import fc from 'fast-check'
import { makeYouthValues } from '../../test/factories/youth'
import { SAMPLE_CSV_DUTCH } from '../../test/fixtures/import-sheets'
import { autoMapColumns } from '../domain/import/auto-map'
import { analyseTable, resolvePlan, type ImportPlan } from '../domain/import/plan'
import { readCsv } from '../domain/import/read-csv'
import { toSourceTable } from '../domain/import/source-table'
import type { SourceTable } from '../domain/import/types'
import { allAssessments, getAssessment, setAssessment } from './assessments-repo'
import { auditForYouth } from './audit-repo'
import { db } from './database'
import { failNextWrite, type StorageFault } from './fault-injection'
import { commitImport, loadExistingForImport, StaleImportError } from './import-repo'
import { getSettings } from './settings-repo'
import { classifyStorageError } from './storage'
import { addYouth, updateYouth } from './youths-repo'

const today = '2026-11-23'
const preconditions = [
  { id: 'wonen', names: ['Wonen'] },
  { id: 'school', names: ['School & dagbesteding'] },
  { id: 'toekomstplan', names: ['Toekomstplan 18+'] },
]

async function planFor(table: SourceTable): Promise<ImportPlan> {
  const existing = await loadExistingForImport(table.rows.map((r) => String(r.cells[0] ?? '')))
  const mapping = autoMapColumns(table.headers, preconditions)
  const rows = await analyseTable(table, mapping, existing, { today })
  return resolvePlan(rows, { existing: 'update', inFile: 'update' })
}

async function snapshot() {
  return {
    youths: await db.youths.toArray(),
    assessments: await allAssessments(),
    audit: await db.audit.toArray(),
    settings: await db.settings.toArray(),
  }
}

describe('import repository', () => {
  it('stores new youths with their statuses, recorded in one creation line each, in one batch', async () => {
    const plan = await planFor(readCsv(SAMPLE_CSV_DUTCH()))
    const progress: number[] = []
    const result = await commitImport(plan, 'Importeur', (done) => progress.push(done))
    expect(result).toEqual({ added: 3, updated: 0 })

    const zoe = await db.youths.where('clientRef').equals('IMP-001').first()
    expect(zoe).toMatchObject({ displayName: 'Zoë', municipalityCode: 'GM0518', redStreaks: {} })
    expect(await getAssessment(zoe?.id ?? '', 'wonen')).toMatchObject({
      status: 'rood',
      changedBy: 'Importeur',
    })
    const audit = await auditForYouth(zoe?.id ?? '')
    expect(audit.map((a) => [a.kind, a.preconditionId, a.before])).toEqual([['youth', null, null]])
    expect(audit[0]?.after).toMatchObject({
      clientRef: 'IMP-001',
      importedStatuses: { wonen: 'rood' },
    })
    expect((await getSettings()).locations).toEqual(['Gezinshuis De Eik', 'Groep Noord'])
    // Three youth records (their statuses inside) and one audit batch holding the three lines.
    expect(await db.audit.count()).toBe(1)
    expect(progress.at(-1)).toBe(3 + 1)
  })

  it('updates a youth on the board: old → new in the audit, other assessment fields kept', async () => {
    const youth = await addYouth(makeYouthValues({ clientRef: 'K-1', caseOwner: 'Oud' }), 'A')
    await setAssessment(
      youth.id,
      'wonen',
      {
        status: 'oranje',
        reasonCodes: ['WON-2'],
        note: 'Wachtlijst',
        action: '',
        owner: null,
        dueDate: null,
      },
      'A',
    )
    const sheet = toSourceTable([
      ['Cliëntnummer', 'Mentor', 'Wonen'],
      ['K-1', 'Nieuw', 'rood'],
    ])
    expect(await commitImport(await planFor(sheet), 'B')).toEqual({ added: 0, updated: 1 })

    expect(await db.youths.get(youth.id)).toMatchObject({ caseOwner: 'Nieuw', clientRef: 'K-1' })
    expect(await getAssessment(youth.id, 'wonen')).toMatchObject({
      status: 'rood',
      reasonCodes: ['WON-2'],
      note: 'Wachtlijst',
      changedBy: 'B',
    })
    const [first, second] = (await auditForYouth(youth.id)).filter((a) => a.actor === 'B')
    const lines = [first, second].map((a) => [
      a?.kind,
      (a?.before as { caseOwner?: string }) ?? null,
    ])
    expect(lines).toContainEqual(['youth', expect.objectContaining({ caseOwner: 'Oud' })])
    expect(lines).toContainEqual(['assessment', expect.objectContaining({ status: 'oranje' })])
  })

  it('stops with StaleImportError, writing nothing, when a youth changed after the check', async () => {
    const youth = await addYouth(makeYouthValues({ clientRef: 'K-1' }), 'A')
    const sheet = toSourceTable([
      ['Cliëntnummer', 'Mentor'],
      ['K-1', 'Nieuw'],
      ['K-2', 'X'],
    ])
    const plan = await planFor(sheet)
    await updateYouth(youth.id, makeYouthValues({ clientRef: 'K-1', caseOwner: 'Tussendoor' }), 'C')
    const before = await snapshot()
    await expect(commitImport(plan, 'B')).rejects.toBeInstanceOf(StaleImportError)
    expect(await snapshot()).toEqual(before)
  })

  it('never leaves a partial import: random rows, one cliëntnummer taken meanwhile', async () => {
    const refs = fc.uniqueArray(fc.stringMatching(/^K-[0-9]{1,4}$/), {
      minLength: 1,
      maxLength: 12,
    })
    const statuses = fc.constantFrom('rood', 'o', 'groen', 'n.v.t.', '', 'paars')
    await fc.assert(
      fc.asyncProperty(
        refs,
        fc.array(statuses, { minLength: 12, maxLength: 12 }),
        fc.nat(),
        async (clientRefs, words, pick) => {
          await db.delete({ disableAutoOpen: false })
          const grid = clientRefs.map((ref, i) => [
            ref,
            '14-03-2009',
            'Utrecht',
            'pleegzorg',
            '01-02-2025',
            words[i] ?? '',
          ])
          const sheet = toSourceTable([
            ['Cliëntnummer', 'Geb. datum', 'Gemeente', 'Verblijfsvorm', 'Plaatsingsdatum', 'Wonen'],
            ...grid,
          ])
          const plan = await planFor(sheet)
          if (plan.adds.length === 0) return
          const taken = plan.adds[pick % plan.adds.length]?.values.clientRef ?? ''
          // Another tab adds one of the youths after the check.
          await addYouth(makeYouthValues({ clientRef: taken }), 'Ander tabblad')
          const before = await snapshot()
          await expect(commitImport(plan, 'B')).rejects.toBeInstanceOf(StaleImportError)
          expect(await snapshot()).toEqual(before)
        },
      ),
      { numRuns: 20 },
    )
  })

  it.each<[StorageFault, string]>([
    ['chromium-no-space', 'youths'],
    ['quota', 'youths'],
    ['firefox-no-space', 'audit'],
    ['safari-quota', 'audit'],
  ])(
    'reports a full disk (%s on %s) as a full disk, not as a changed youth',
    async (fault, table) => {
      await addYouth(makeYouthValues({ clientRef: 'K-0' }), 'A')
      const plan = await planFor(readCsv(SAMPLE_CSV_DUTCH()))
      const before = await snapshot()
      failNextWrite(fault, table)
      const failure = await commitImport(plan, 'B').catch((e: unknown) => e)
      expect(failure).not.toBeInstanceOf(StaleImportError)
      expect(classifyStorageError(failure)).toBe('quota')
      expect(await snapshot()).toEqual(before)
    },
  )

  it('refuses a plan that still waits for a choice', async () => {
    const sheet = toSourceTable([['Cliëntnummer'], ['K-1'], ['K-1']])
    const rows = await analyseTable(sheet, ['clientRef'], new Map(), { today })
    const plan = resolvePlan(rows, { existing: null, inFile: null })
    await expect(commitImport(plan, 'B')).rejects.toThrow(/choice/)
  })
})
