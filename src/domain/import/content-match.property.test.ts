import fc from 'fast-check'
import { styleLists } from '../../../test/fixtures/import-styles'
import { guessColumns, sureMapping } from './auto-map'
import { recogniseColumns } from './content-match'
import { createHeaderMatcher } from './header-match'
import { toSourceTable } from './source-table'
import type { CellValue } from './types'

const today = '2026-11-23'
const matcher = createHeaderMatcher([
  { id: 'wonen', names: ['Wonen'] },
  { id: 'school', names: ['School & dagbesteding'] },
  { id: 'toekomstplan', names: ['Toekomstplan 18+'] },
])

/** The mapping of a list's grid, per column title. */
function mappingByTitle(grid: readonly (readonly CellValue[])[], headerIndex: number) {
  const table = toSourceTable(grid, { headerIndex })
  const mapping = sureMapping(guessColumns(table.headers, matcher, recogniseColumns(table, today)))
  return new Map(table.headers.map((title, i) => [title, mapping[i] ?? null]))
}

describe('the column order', () => {
  it('never changes the mapping of any of the styled lists', () => {
    for (const list of styleLists()) {
      const width = list.columns.length
      const headerIndex = list.grid.findIndex((row) => row[0] === list.columns[0]?.title)
      const expected = mappingByTitle(list.grid, headerIndex)
      expect(expected).toEqual(new Map(list.columns.map((c) => [c.title, c.target])))
      const order = Array.from({ length: width }, (_, i) => i)
      fc.assert(
        fc.property(fc.shuffledSubarray(order, { minLength: width }), (shuffled) => {
          // Heading and closing rows (one or two cells) move along with their cells.
          const grid = list.grid.map((row) => shuffled.map((from) => row[from] ?? null))
          expect(mappingByTitle(grid, headerIndex)).toEqual(expected)
        }),
        { numRuns: 25 },
      )
    }
  })
})
