import {
  SAMPLE_CSV_ANSI,
  SAMPLE_CSV_COMMA,
  SAMPLE_CSV_DUTCH,
  SAMPLE_HEADERS,
  csvText,
  utf8,
} from '../../../test/fixtures/import-sheets'
import { readCsv } from './read-csv'

describe('readCsv', () => {
  it.each([
    ['Dutch Excel: ; with BOM', SAMPLE_CSV_DUTCH, ';', 'utf-8'],
    ['international: , UTF-8 without BOM', SAMPLE_CSV_COMMA, ',', 'utf-8'],
    ['old Excel: ANSI (Windows-1252)', SAMPLE_CSV_ANSI, ';', 'windows-1252'],
  ] as const)('reads %s', (_, bytes, separator, encoding) => {
    const table = readCsv(bytes())
    expect(table.separator).toBe(separator)
    expect(table.encoding).toBe(encoding)
    expect(table.headers).toEqual(SAMPLE_HEADERS)
    expect(table.rows.map((r) => r.cells[0])).toEqual(['IMP-001', 'IMP-002', 'IMP-003'])
    expect(table.rows[1]?.cells[1]).toBe('Noël')
  })

  it('numbers rows as the sheet does (header = 1) and skips blank lines', () => {
    const text = 'Cliëntnummer;Gemeente\r\nK-1;Delft\r\n;\r\n\r\nK-2;"Den Haag; centrum"\r\n'
    const table = readCsv(utf8(text))
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['K-1', 'Delft'] },
      { rowNumber: 5, cells: ['K-2', 'Den Haag; centrum'] },
    ])
  })

  it('reads tab-separated text and names untitled columns by letter', () => {
    const table = readCsv(
      utf8(
        csvText(
          [
            ['Cliëntnummer', '', 'Wonen'],
            ['K-1', 'x', 'rood'],
          ],
          '\t',
        ),
      ),
    )
    expect(table.separator).toBe('\t')
    expect(table.headers).toEqual(['Cliëntnummer', 'Kolom B', 'Wonen'])
  })

  it('gives an empty table for an empty file', () => {
    expect(readCsv(new Uint8Array())).toMatchObject({ headers: [], rows: [] })
  })
})
