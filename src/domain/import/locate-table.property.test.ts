import fc from 'fast-check'
import { REAL_HEADERS, realYouths } from '../../../test/fixtures/real-lists'
import { guessColumns, sureMapping } from './auto-map'
import { createHeaderMatcher } from './header-match'
import { HEADER_SEARCH_ROWS, locateTable, tableAt } from './locate-table'
import { analyseTable, resolvePlan } from './plan'
import type { CellValue } from './types'

const today = '2026-11-23'
const matcher = createHeaderMatcher([
  { id: 'wonen', names: ['Wonen'] },
  { id: 'school', names: ['School & dagbesteding'] },
  { id: 'toekomstplan', names: ['Toekomstplan 18+'] },
])
const width = REAL_HEADERS.length

/** The list: column titles and rows, one of them with a problem (a date in the future). */
const youths = realYouths(6).map((y, i) => (i === 3 ? { ...y, birth: '01-01-2030' } : y))
const LIST: CellValue[][] = [
  [...REAL_HEADERS],
  ...youths.map((y) => [
    y.ref,
    y.name,
    y.birth,
    y.municipality,
    y.group,
    y.arrangement,
    y.placement,
    y.outflow,
    y.perspective,
    y.mentor,
    y.housing,
    y.school,
    y.plan18,
    y.remarks,
  ]),
]

const text = fc.constantFrom(
  'Doorstroomlijst De Linde',
  'Overzicht jongeren — stand van zaken',
  'Bijgewerkt door de teamleider; graag aanvullen vóór de bespreking.',
  'Let op: vertrouwelijk',
  'Peildatum',
  'Versie 3',
  'Gemeente Den Haag',
)
const pad = (cells: CellValue[]) => [...cells, ...Array<CellValue>(width - cells.length).fill(null)]

/** Lines teams put above the column names. */
const leadingRow: fc.Arbitrary<CellValue[]> = fc.oneof(
  fc.constant<CellValue[]>([]),
  fc.constant(pad([])),
  text.map((t) => [t]),
  text.map((t) => pad([t])),
  fc.tuple(text, fc.constantFrom('01-11-2026', '2026-11-01')).map(([t, d]) => [t, d]),
  fc.tuple(fc.constantFrom('Peildatum:', 'Aantal:'), fc.nat(500)).map(([t, n]) => [t, n]),
  fc.tuple(fc.nat(width - 1), text).map(([at, t]) => {
    const row: CellValue[] = pad([])
    row[at] = t
    return row
  }),
)

async function importOf(grid: CellValue[][]) {
  const at = locateTable([{ name: 'Blad1', grid }], matcher)
  const table = tableAt({ name: 'Blad1', grid }, at.headerIndex)
  const mapping = sureMapping(guessColumns(table.headers, matcher))
  const rows = await analyseTable(table, mapping, new Map(), { today })
  return { table, plan: resolvePlan(rows, { existing: null, inFile: null }) }
}

describe('finding the header row', () => {
  it('no arrangement of extra leading rows changes what is imported', async () => {
    const base = await importOf(LIST)
    expect(base.plan.adds).toHaveLength(5)
    expect(base.plan.problems.map((p) => [p.rowNumber, p.column, p.code])).toEqual([
      [5, 'Start plaatsing', 'beforeBirth'],
      [5, 'Geb.dat.', 'dateInFuture'],
    ])
    await fc.assert(
      fc.asyncProperty(
        fc.array(leadingRow, { maxLength: HEADER_SEARCH_ROWS - LIST.length }),
        async (leading) => {
          const { table, plan } = await importOf([...leading, ...LIST])
          const shift = leading.length
          expect(table.headers).toEqual(base.table.headers)
          expect(plan.adds.map((a) => [a.values, a.statuses, a.rowNumber - shift])).toEqual(
            base.plan.adds.map((a) => [a.values, a.statuses, a.rowNumber]),
          )
          // Problems keep their own row number as in the sheet, moved down by the extra rows.
          expect(plan.problems.map((p) => ({ ...p, rowNumber: p.rowNumber - shift }))).toEqual(
            base.plan.problems,
          )
        },
      ),
      { numRuns: 150 },
    )
  })
})
