import {
  REAL_HEADERS,
  realListCsv,
  realListOds,
  realListXlsx,
  realYouths,
} from '../../../test/fixtures/real-lists'
import { readImportFile } from './read-import-file'

const youths = realYouths(12)

describe('readImportFile on lists as teams keep them', () => {
  it('.xlsx: skips the explanation sheet, the title, note and empty lines, and empty columns', async () => {
    const sheet = await readImportFile(new Blob([await realListXlsx(youths)]), 'lijst.xlsx')
    expect(sheet.sheets.map((s) => s.name)).toEqual(['Uitleg', 'Jongeren', 'Uitgestroomd'])
    expect(sheet.sheetIndex).toBe(1)
    expect(sheet.table.headerRowNumber).toBe(5)
    // The hidden column is read like any other; the formatted empty ones are left out.
    expect(sheet.table.headers).toEqual([
      ...REAL_HEADERS.slice(0, 7),
      'Intern',
      ...REAL_HEADERS.slice(7),
    ])
    expect(sheet.table.rows).toHaveLength(12)
    const [first] = sheet.table.rows
    expect(first?.rowNumber).toBe(6)
    // A formula cell gives the value Excel stored with it.
    expect(first?.cells[0]).toBe('DL-001')
    expect(first?.cells[2]).toEqual(new Date(Date.UTC(2008, 0, 1)))
    expect(sheet.table.rows.at(-1)?.rowNumber).toBe(17)
  })

  it('CSV: finds the column names in row 5 below the title lines', async () => {
    const sheet = await readImportFile(new Blob([realListCsv(youths)]), 'lijst.csv')
    expect(sheet.table.headerRowNumber).toBe(5)
    expect(sheet.table.headers).toEqual([...REAL_HEADERS])
    expect(sheet.table.rows.map((r) => r.rowNumber).slice(0, 2)).toEqual([6, 7])
  })

  it('.ods (LibreOffice): merged title, repeated empty rows and columns, date cells', async () => {
    const sheet = await readImportFile(new Blob([realListOds(youths)]), 'lijst.ods')
    expect(sheet.format).toBe('ods')
    expect(sheet.table.headerRowNumber).toBe(4)
    expect(sheet.table.headers).toEqual([...REAL_HEADERS])
    expect(sheet.table.rows).toHaveLength(12)
    expect(sheet.table.rows[0]?.cells[2]).toEqual(new Date(Date.UTC(2008, 0, 1)))
  })
})
