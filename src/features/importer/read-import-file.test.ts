import { SAMPLE_CSV_ANSI, SAMPLE_HEADERS, sampleXlsx } from '../../../test/fixtures/import-sheets'
import { OldExcelError, readImportFile } from './read-import-file'

describe('readImportFile', () => {
  it('reads an .xlsx made with exceljs: titles, text, real date cells and serial numbers', async () => {
    const sheet = await readImportFile(new Blob([await sampleXlsx()]), 'lijst.xlsx')
    expect(sheet.csv).toBeNull()
    expect(sheet.table.headers).toEqual(SAMPLE_HEADERS)
    expect(sheet.table.rows).toHaveLength(3)
    const [first] = sheet.table.rows
    expect(first?.rowNumber).toBe(2)
    expect(first?.cells[0]).toBe('IMP-001')
    expect(first?.cells[2]).toEqual(new Date(Date.UTC(2009, 2, 14)))
    expect(first?.cells[6]).toBe(45658)
  })

  it('recognises a CSV by its content and reports separator and encoding', async () => {
    const sheet = await readImportFile(new Blob([SAMPLE_CSV_ANSI()]), 'export.txt')
    expect(sheet.csv).toEqual({ separator: ';', encoding: 'windows-1252' })
    expect(sheet.table.rows[0]?.cells[1]).toBe('Zoë')
  })

  it('refuses an old binary .xls with its own error', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    await expect(readImportFile(new Blob([xls]), 'oud.xls')).rejects.toBeInstanceOf(OldExcelError)
  })
})
