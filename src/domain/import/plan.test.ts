import { SAMPLE_CSV_DUTCH } from '../../../test/fixtures/import-sheets'
import { jeugdregioOf } from '../municipalities'
import { makeYouth } from '../../../test/factories/youth'
import type { ExistingYouth } from './analyse-row'
import { autoMapColumns } from './auto-map'
import { analyseTable, resolvePlan } from './plan'
import { readCsv } from './read-csv'
import { toSourceTable } from './source-table'
import type { CellValue, ColumnMapping, ImportChoices, SourceTable } from './types'

const today = '2026-11-23'
const preconditions = [
  { id: 'wonen', names: ['Wonen'] },
  { id: 'school', names: ['School & dagbesteding'] },
  { id: 'toekomstplan', names: ['Toekomstplan 18+'] },
]
const decided: ImportChoices = { existing: 'update', inFile: 'update' }

async function check(
  table: SourceTable,
  existing: Map<string, ExistingYouth> = new Map(),
  mapping: ColumnMapping = autoMapColumns(table.headers, preconditions),
) {
  return analyseTable(table, mapping, existing, { today })
}

const HEAD = ['Cliëntnummer', 'Geb. datum', 'Gemeente', 'Verblijfsvorm', 'Plaatsingsdatum', 'Wonen']
const table = (...rows: CellValue[][]) => toSourceTable([HEAD, ...rows])
const validRow = (ref: string, ...rest: CellValue[]): CellValue[] => [
  ref,
  '14-03-2009',
  'Den Haag',
  'gezinshuis',
  '06-01-2025',
  ...rest,
]

describe('analyseTable and resolvePlan', () => {
  it('turns the Dutch sample sheet into three new youths with their statuses', async () => {
    const rows = await check(readCsv(SAMPLE_CSV_DUTCH()))
    const plan = resolvePlan(rows, { existing: null, inFile: null })
    expect(plan.problems).toEqual([])
    expect(plan.undecided).toBe(0)
    expect(plan.adds.map((a) => a.values.clientRef)).toEqual(['IMP-001', 'IMP-002', 'IMP-003'])
    const [first, second] = plan.adds
    expect(first?.values).toMatchObject({
      birthDate: '2009-03-14',
      municipalityCode: 'GM0518',
      jeugdregio: 'Haaglanden',
      livingArrangement: 'gezinshuis',
      placementDate: '2025-01-06',
      expectedOutflowDate: '2026-12-31',
      perspective: 'kamertraining',
      measure: 'ots',
      guardianOrg: 'Jeugdbescherming West',
      caseOwner: 'A. Bakker',
    })
    expect(first?.statuses).toEqual({ wonen: 'rood', school: 'oranje', toekomstplan: 'groen' })
    expect(second?.values).toMatchObject({ measure: 'geen', perspective: null })
    expect(second?.statuses).toEqual({ wonen: 'oranje', school: 'groen', toekomstplan: 'nvt' })
  })

  it('lists every problem with the row number of the sheet, the column and a reason code', async () => {
    const rows = await check(
      table(
        validRow('K-1'),
        ['K-2', '31-02-2009', 'Atlantis', 'tent', '06-01-2025', 'paars'],
        ['', '14-03-2009', 'Delft', 'pleegzorg', '01-01-2099'],
        validRow('111222333'),
      ),
    )
    const plan = resolvePlan(rows, decided)
    expect(plan.adds.map((a) => a.rowNumber)).toEqual([2])
    expect(plan.skipped.map((s) => [s.rowNumber, s.reason.kind])).toEqual([
      [3, 'problems'],
      [4, 'problems'],
      [5, 'problems'],
    ])
    expect(plan.problems.map((p) => [p.rowNumber, p.column, p.code, p.value])).toEqual([
      [3, 'Verblijfsvorm', 'unknownOption', 'tent'],
      [3, 'Wonen', 'unknownStatus', 'paars'],
      [3, 'Geb. datum', 'invalidDate', '31-02-2009'],
      [3, 'Gemeente', 'unknownMunicipality', 'Atlantis'],
      [4, 'Cliëntnummer', 'required', ''],
      [4, 'Plaatsingsdatum', 'dateInFuture', '2099-01-01'],
      [5, 'Cliëntnummer', 'bsnNotAllowed', '111222333'],
    ])
  })

  it('names a required field that has no column at all', async () => {
    const rows = await check(
      toSourceTable([
        ['Cliëntnummer', 'Wonen'],
        ['K-1', 'rood'],
      ]),
    )
    const plan = resolvePlan(rows, decided)
    expect(plan.adds).toEqual([])
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        rowNumber: 2,
        column: null,
        target: 'birthDate',
        code: 'required',
      }),
    )
  })

  it('waits for a choice when a cliëntnummer is already on the board, then updates or skips', async () => {
    const youth = makeYouth({ clientRef: 'K-1', municipalityCode: 'GM0599', caseOwner: 'Oud' })
    const existing = new Map([['K-1', { youth, statuses: { wonen: 'groen' as const } }]])
    const rows = await check(table(validRow('K-1', 'rood'), validRow('K-2')), existing)

    const waiting = resolvePlan(rows, { existing: null, inFile: null })
    expect(waiting.onBoard).toEqual(['K-1'])
    expect(waiting.undecided).toBe(1)
    expect(waiting.adds).toHaveLength(1)

    const skipped = resolvePlan(rows, { existing: 'skip', inFile: null })
    expect(skipped.skipped).toEqual([
      { rowNumber: 2, clientRef: 'K-1', reason: { kind: 'existsOnBoard' } },
    ])

    const updated = resolvePlan(rows, { existing: 'update', inFile: null })
    expect(updated.updates).toHaveLength(1)
    const [update] = updated.updates
    expect(update).toMatchObject({ youthId: youth.id, basedOn: youth.updatedAt })
    // Columns in the sheet win; fields without a column keep what was stored.
    expect(update?.values).toMatchObject({ municipalityCode: 'GM0518', caseOwner: 'Oud' })
    expect(update?.statuses).toEqual({ wonen: 'rood' })
  })

  it('skips a row for a youth on the board that would change nothing', async () => {
    const youth = makeYouth({
      clientRef: 'K-1',
      birthDate: '2009-03-14',
      placementDate: '2025-01-06',
      jeugdregio: jeugdregioOf('GM0518') ?? '',
    })
    const existing = new Map([['K-1', { youth, statuses: { wonen: 'rood' as const } }]])
    const sheet = toSourceTable([
      ['Cliëntnummer', 'Geb. datum', 'Wonen'],
      ['K-1', '14-3-2009', 'R'],
    ])
    const plan = resolvePlan(await check(sheet, existing), decided)
    expect(plan.skipped).toEqual([
      { rowNumber: 2, clientRef: 'K-1', reason: { kind: 'unchanged' } },
    ])
  })

  it('handles a cliëntnummer twice in the file: the last row wins, or later rows are skipped', async () => {
    const rows = await check(
      table(validRow('K-1', 'rood'), validRow('K-2'), validRow('K-1', 'groen')),
    )
    const waiting = resolvePlan(rows, { existing: null, inFile: null })
    expect(waiting.twiceInFile).toEqual(['K-1'])
    expect(waiting.undecided).toBe(2)

    const last = resolvePlan(rows, { existing: null, inFile: 'update' })
    expect(last.adds.map((a) => [a.rowNumber, a.statuses.wonen])).toEqual([
      [3, undefined],
      [4, 'groen'],
    ])
    expect(last.skipped).toEqual([
      { rowNumber: 2, clientRef: 'K-1', reason: { kind: 'duplicateInFile', usedRow: 4 } },
    ])

    const first = resolvePlan(rows, { existing: null, inFile: 'skip' })
    expect(first.adds.map((a) => a.rowNumber)).toEqual([2, 3])
    expect(first.skipped).toEqual([
      { rowNumber: 4, clientRef: 'K-1', reason: { kind: 'duplicateInFile', usedRow: 2 } },
    ])
  })

  it('reports progress per chunk', async () => {
    const sheet = table(...Array.from({ length: 5 }, (_, i) => validRow(`K-${i}`)))
    const seen: number[] = []
    const mapping = autoMapColumns(sheet.headers, preconditions)
    await analyseTable(sheet, mapping, new Map(), {
      today,
      chunkSize: 2,
      onChunk: (done) => void seen.push(done),
    })
    expect(seen).toEqual([2, 4, 5])
  })
})
