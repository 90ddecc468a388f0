import {
  SAMPLE_CSV_ANSI,
  SAMPLE_HEADERS,
  randomBytes,
  sampleXlsx,
  utf16le,
} from '../../../test/fixtures/import-sheets'
import { OldExcelError, UnreadableFileError, readImportFile } from './read-import-file'
import { writeStored } from './stored-zip'

/** A zip archive of text files, as a zipped folder or an office document holds them. */
function zipOf(files: Record<string, string>): ArrayBuffer {
  const encoder = new TextEncoder()
  return writeStored(
    Object.entries(files).map(([name, text]) => ({
      name: encoder.encode(name),
      data: encoder.encode(text),
    })),
  )
}

async function refusal(bytes: BlobPart, name: string): Promise<unknown> {
  return readImportFile(new Blob([bytes]), name).then(
    () => null,
    (error: unknown) => error,
  )
}

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

  it('refuses random bytes as binary content, whatever the file is called', async () => {
    for (const name of ['lijst.xlsx', 'lijst.csv', 'lijst.txt', 'lijst']) {
      const error = await refusal(randomBytes(8192, name.length), name)
      expect(error).toBeInstanceOf(UnreadableFileError)
      expect((error as UnreadableFileError).kind).toBe('binary')
    }
  })

  it('refuses a zip that holds no workbook: a zipped folder or a Word document', async () => {
    const folder = zipOf({ 'lijst/jongeren.csv': 'Cliëntnummer;Wonen\r\nK-1;rood\r\n' })
    const word = zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })
    for (const [bytes, name] of [
      [folder, 'lijst.zip'],
      [folder, 'lijst.xlsx'],
      [word, 'verslag.docx'],
    ] as const) {
      const error = await refusal(bytes, name)
      expect(error).toBeInstanceOf(UnreadableFileError)
      expect((error as UnreadableFileError).kind).toBe('zip')
    }
  })

  it("reads Excel's Unicode text (UTF-16, tab separated) as a list", async () => {
    const text = `${SAMPLE_HEADERS.join('\t')}\r\nIMP-001\tZoë\r\n`
    const sheet = await readImportFile(new Blob([utf16le(text)]), 'lijst.txt')
    expect(sheet.csv).toEqual({ separator: '\t', encoding: 'utf-16le' })
    expect(sheet.table.rows[0]?.cells.slice(0, 2)).toEqual(['IMP-001', 'Zoë'])
  })
})
