import { realListXlsx, realYouths, type RealYouth } from '../../../test/fixtures/real-lists'
import { getAssessment } from '../../db/assessments-repo'
import { expandAudit } from '../../db/audit-repo'
import { db } from '../../db/database'
import { listRememberedLayouts, rememberLayout } from '../../db/import-layouts-repo'
import { commitImport } from '../../db/import-repo'
import { resolvePlan } from '../../domain/import/plan'
import { rememberedFrom } from '../../domain/import/remembered-layout'
import { rowTitles } from '../../domain/import/locate-table'
import {
  checkSheet,
  importSpreadsheet,
  loadImportContext,
  openSpreadsheet,
  propose,
} from './import-pipeline'

const today = '2026-11-23'

async function xlsxFile(youths: readonly RealYouth[]) {
  return new Blob([await realListXlsx(youths)])
}

async function open(youths: readonly RealYouth[]) {
  const context = await loadImportContext()
  const sheet = await openSpreadsheet(await xlsxFile(youths), 'lijst.xlsx', context)
  return { sheet, proposal: propose(sheet, context, today) }
}

describe('a real provider list', () => {
  it('imports with zero manual mapping: every row added, remarks kept as the note', async () => {
    const youths = realYouths(12)
    const { plan, result } = await importSpreadsheet(await xlsxFile(youths), 'lijst.xlsx', {
      actor: 'Teamleider',
      today,
    })
    expect(plan.problems).toEqual([])
    expect(result).toEqual({ added: 12, updated: 0 })
    const second = await db.youths.where('clientRef').equals('DL-002').first()
    expect(second).toMatchObject({
      displayName: 'Jongere 2',
      birthDate: '2009-02-02',
      municipalityCode: 'GM0503',
      location: 'Groep Zon',
      livingArrangement: 'open-residentieel',
      caseOwner: 'Mentor B',
      note: 'Wacht op plek begeleid wonen; gesprek 2 gepland.',
    })
    // "G" in the column "18+ plan".
    expect(await getAssessment(second?.id ?? '', 'toekomstplan')).toMatchObject({
      status: 'groen',
    })
  })

  it('maps itself the next time as the user left it, until the user forgets it', async () => {
    const youths = realYouths(3)
    const first = await open(youths)
    expect(first.proposal.remembered).toBeNull()
    // The user chose not to import the mentor column.
    const mapping = first.proposal.mapping.map((t) => (t === 'caseOwner' ? null : t))
    const { sheet } = first
    const titles = rowTitles(sheet.sheets[sheet.sheetIndex]?.grid[sheet.headerIndex] ?? [])
    await rememberLayout(
      rememberedFrom(titles, sheet.table.headers, mapping, 'update', '2026-11-01T09:00:00Z'),
    )

    const next = await open(realYouths(5))
    expect(next.proposal.remembered?.savedAt).toBe('2026-11-01T09:00:00Z')
    expect(next.proposal.mapping).toEqual(mapping)
    expect(await listRememberedLayouts()).toHaveLength(1)
  })

  it('re-import updates changed youths with audit lines, shows each change, leaves the rest', async () => {
    const youths = realYouths(6)
    await importSpreadsheet(await xlsxFile(youths), 'lijst.xlsx', { actor: 'A', today })
    const auditBefore = await db.audit.count()

    const changed = youths.map((y, i) =>
      i === 0
        ? { ...y, housing: 'groen', outflow: '01-06-2027' }
        : i === 1
          ? { ...y, remarks: 'Plek gevonden.' }
          : y,
    )
    const { sheet, proposal } = await open(changed)
    const { rows } = await checkSheet(sheet.table, proposal.mapping, today)
    const plan = resolvePlan(rows, { existing: 'update', inFile: null })

    expect(plan.updates.map((u) => [u.values.clientRef, u.diff])).toEqual([
      [
        'DL-001',
        [
          { kind: 'field', field: 'expectedOutflowDate', from: null, to: '2027-06-01' },
          { kind: 'status', preconditionId: 'wonen', from: 'rood', to: 'groen' },
        ],
      ],
      [
        'DL-002',
        [
          {
            kind: 'field',
            field: 'note',
            from: 'Wacht op plek begeleid wonen; gesprek 2 gepland.',
            to: 'Plek gevonden.',
          },
        ],
      ],
    ])
    expect(plan.skipped.map((s) => s.reason.kind)).toEqual(Array(4).fill('unchanged'))

    await commitImport(plan, 'B')
    const added = expandAudit((await db.audit.toArray()).slice(auditBefore))
    // One line per change, as when edited by hand; nothing for the four unchanged youths.
    expect(added.map((a) => `${a.kind} ${a.preconditionId ?? '-'} ${a.actor}`).sort()).toEqual([
      'assessment wonen B',
      'youth - B',
      'youth - B',
    ])
    const first = await db.youths.where('clientRef').equals('DL-001').first()
    expect(first?.expectedOutflowDate).toBe('2027-06-01')
  })
})
