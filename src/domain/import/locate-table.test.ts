import { createHeaderMatcher } from './header-match'
import { detectHeaderRow, locateTable, rowTitles, tableAt } from './locate-table'

const matcher = createHeaderMatcher([{ id: 'wonen', names: ['Wonen'] }])
const HEAD = ['Cliëntnr', 'Geb. datum', 'Gemeente', 'Wonen']
const ROW = ['K-1', '14-03-2009', 'Delft', 'rood']

describe('detectHeaderRow', () => {
  it('takes the row of known column titles below a title line, a note and empty rows', () => {
    const grid = [['Doorstroomlijst'], [], ['Let op:', 'vertrouwelijk'], [null, null], HEAD, ROW]
    expect(detectHeaderRow(grid, matcher)).toBe(4)
  })

  it('prefers short text titles over data rows when it knows none of the titles', () => {
    const grid = [['Lijst'], ['Kleur', 'Maat', 'Code'], ['rood', 12, '2024-01-01']]
    expect(detectHeaderRow(grid, matcher)).toBe(1)
  })

  it('looks no further than row 30', () => {
    const grid = [...Array.from({ length: 30 }, () => ['Notitie']), HEAD, ROW]
    expect(detectHeaderRow(grid, matcher)).toBe(0)
  })
})

describe('locateTable', () => {
  const explanation = {
    name: 'Uitleg',
    grid: [['Uitleg'], ['Rood is knelpunt.'], ['Groen is geregeld.']],
  }
  const list = { name: 'Jongeren', grid: [['Titel'], [], HEAD, ROW] }

  it('takes the first sheet with a list, not an explanation sheet before it', () => {
    expect(locateTable([explanation, list], matcher)).toEqual({
      sheetIndex: 1,
      headerIndex: 2,
      remembered: false,
    })
  })

  it('takes a sheet and header row whose titles were remembered before', () => {
    const other = {
      name: 'Vorige maand',
      grid: [
        ['Ref', 'Naam'],
        ['X', 'Y'],
      ],
    }
    const at = locateTable([list, other], matcher, (titles) => titles.join() === 'Ref,Naam')
    expect(at).toEqual({ sheetIndex: 1, headerIndex: 0, remembered: true })
  })

  it('keeps row numbers as in the sheet and drops columns without title or value', () => {
    const table = tableAt(
      { name: 'x', grid: [['Titel'], [null, ...HEAD, null, null], [null, ...ROW, null, '']] },
      1,
    )
    expect(table.headers).toEqual(HEAD)
    expect(table.rows).toEqual([{ rowNumber: 3, cells: ROW }])
    expect(table.headerRowNumber).toBe(2)
  })
})

describe('rowTitles', () => {
  it('shows a date cell in a row as dd-mm-jjjj, never as a JavaScript date string', () => {
    const row = ['K-1', new Date(Date.UTC(2007, 5, 8)), 'Delft', 12]
    expect(rowTitles(row)).toEqual(['K-1', '08-06-2007', 'Delft', '12'])
  })
})
