import { HEADING_COLUMN, splitYouthRows } from './heading-rows'
import type { CellValue, ColumnMapping, SourceTable } from './types'

function tableOf(headers: string[], rows: CellValue[][]): SourceTable {
  return {
    headers,
    headerRowNumber: 1,
    rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
  }
}

const HEADERS = ['Nr', 'Gemeente', 'Wonen', 'School', 'Vorm']
const MAPPING: ColumnMapping = [
  'clientRef',
  'municipalityCode',
  'status:wonen',
  'status:school',
  'livingArrangement',
]

describe('heading rows and closing lines', () => {
  const grouped = tableOf(HEADERS, [
    ['Locatie Horizon Noord'],
    ['HZ-501', 'Utrecht', 'rood', 'groen', 'gezinshuis'],
    ['HZ-502', 'Zeist', 'groen', null, 'gezinshuis'],
    [],
    ['Locatie: De Linde'],
    ['HZ-503', 'Delft', 'oranje', 'rood', 'behandelgroep'],
    ['Totaal: 3 jongeren'],
    ['Getekend', 'A. de Vries'],
  ])

  it('gives every youth the locatie of the heading row above it when no column holds it', () => {
    const { table, mapping, locationFromHeadings } = splitYouthRows(grouped, MAPPING)
    expect(locationFromHeadings).toBe(true)
    expect(table.headers.at(-1)).toBe(HEADING_COLUMN)
    expect(mapping.at(-1)).toBe('location')
    expect(table.rows.map((r) => [r.rowNumber, r.cells[0], r.cells.at(-1)])).toEqual([
      [3, 'HZ-501', 'Horizon Noord'],
      [4, 'HZ-502', 'Horizon Noord'],
      [7, 'HZ-503', 'De Linde'],
    ])
  })

  it('lists headings, totals and signatures as lines that are no youth, with their text', () => {
    const { lines } = splitYouthRows(grouped, MAPPING)
    expect(lines).toEqual([
      { rowNumber: 2, text: 'Locatie Horizon Noord', kind: 'heading' },
      { rowNumber: 6, text: 'Locatie: De Linde', kind: 'heading' },
      { rowNumber: 8, text: 'Totaal: 3 jongeren', kind: 'closing' },
      { rowNumber: 9, text: 'Getekend A. de Vries', kind: 'closing' },
    ])
  })

  it('keeps a locatie column when the list has one: headings are then only lines', () => {
    const withColumn = tableOf(
      [...HEADERS, 'Locatie'],
      [['Groep 1'], ['HZ-501', 'Utrecht', 'rood', 'groen', 'gezinshuis', 'De Eik']],
    )
    const { table, mapping, lines, locationFromHeadings } = splitYouthRows(withColumn, [
      ...MAPPING,
      'location',
    ])
    expect(locationFromHeadings).toBe(false)
    expect(mapping).toEqual([...MAPPING, 'location'])
    expect(table.rows.map((r) => r.cells[5])).toEqual(['De Eik'])
    expect(lines).toEqual([{ rowNumber: 2, text: 'Groep 1', kind: 'heading' }])
  })

  it('keeps a filled row without a cliëntnummer inside the list as a youth row, so its problem shows', () => {
    const gap = tableOf(HEADERS, [
      ['HZ-501', 'Utrecht', 'rood', 'groen', 'gezinshuis'],
      [null, 'Zeist', 'groen', 'groen', 'gezinshuis'],
      ['HZ-503', 'Delft', 'oranje', 'rood', 'gezinshuis'],
    ])
    const { table, lines } = splitYouthRows(gap, MAPPING)
    expect(table.rows).toHaveLength(3)
    expect(lines).toEqual([])
  })

  it('changes nothing for a plain list', () => {
    const plain = tableOf(HEADERS, [
      ['HZ-501', 'Utrecht', 'rood', 'groen', 'gezinshuis'],
      ['HZ-502', 'Zeist', 'groen', 'groen', 'gezinshuis'],
    ])
    const result = splitYouthRows(plain, MAPPING)
    expect(result.table).toEqual(plain)
    expect(result.mapping).toBe(MAPPING)
    expect(result.lines).toEqual([])
  })
})
