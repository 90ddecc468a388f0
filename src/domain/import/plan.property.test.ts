import fc from 'fast-check'
import { parseYouthInput, YOUTH_FIELDS, youthToInput } from '../youth-input'
import { analyseTable, resolvePlan } from './plan'
import { toSourceTable } from './source-table'
import type { CellValue, ColumnMapping, ImportTarget } from './types'

const today = '2026-11-23'

const TARGETS: ImportTarget[] = [...YOUTH_FIELDS, 'status:wonen', 'status:school']

/** Cells as found in real and broken sheets: plausible values, junk, odd types. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(
    'K-1',
    'K-2',
    '14-03-2009',
    '31-02-2009',
    '6-1-25',
    '2025-01-06',
    'Den Haag',
    "'s-Gravenhage",
    'Atlantis',
    'gezinshuis',
    'rood',
    'R',
    'amber',
    'n.v.t.',
    'paars',
    'OTS',
    '111222333',
    '=SUM(A1)',
    '',
    '   ',
    '\u0000',
    'x'.repeat(500),
  ),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
)

const sheet = fc.integer({ min: 1, max: 8 }).chain((width) =>
  fc.record({
    grid: fc.array(fc.array(cell, { minLength: 0, maxLength: width + 2 }), { maxLength: 25 }),
    mapping: fc.array(fc.option(fc.constantFrom(...TARGETS), { nil: null }), {
      minLength: width,
      maxLength: width,
    }),
    existing: fc.constantFrom('update', 'skip', null),
    inFile: fc.constantFrom('update', 'skip', null),
  }),
)

describe('the importer on random and malformed rows', () => {
  it('never crashes and accounts for every row exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(sheet, async ({ grid, mapping, existing, inFile }) => {
        const table = toSourceTable([mapping.map((_, i) => `Kolom ${i}`), ...grid])
        const columns: ColumnMapping = table.headers.map((_, i) => mapping[i] ?? null)
        const rows = await analyseTable(table, columns, new Map(), { today })
        const plan = resolvePlan(rows, { existing, inFile })

        const accounted = [
          ...plan.adds.map((a) => a.rowNumber),
          ...plan.updates.map((u) => u.rowNumber),
          ...plan.skipped.map((s) => s.rowNumber),
        ].sort((a, b) => a - b)
        expect(accounted).toEqual(table.rows.map((r) => r.rowNumber))
        // Whatever is added passes the youth rules of the form, unchanged.
        for (const add of plan.adds) {
          expect(parseYouthInput(youthToInput(add.values), today).ok).toBe(true)
        }
        // A row skipped for problems always says why.
        for (const s of plan.skipped.filter((x) => x.reason.kind === 'problems')) {
          expect(plan.problems.some((p) => p.rowNumber === s.rowNumber)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })
})
