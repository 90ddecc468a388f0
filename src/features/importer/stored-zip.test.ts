import { readSheet } from 'read-excel-file/universal'
import { withoutLargeDeflatedEntries } from './stored-zip'

async function workbook(rows: number): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Jongeren')
  sheet.addRow(['Cliëntnummer', 'Roepnaam', 'Gemeente'])
  for (let i = 0; i < rows; i++) sheet.addRow([`K-${i}`, `Zoë ${i}`, i % 2 ? 'Den Haag' : 'Delft'])
  return new Uint8Array(await book.xlsx.writeBuffer()).slice().buffer
}

describe('withoutLargeDeflatedEntries', () => {
  it('leaves a small workbook as it is', async () => {
    const small = await workbook(10)
    expect(await withoutLargeDeflatedEntries(small)).toBe(small)
  })

  it('stores a large workbook uncompressed, with exactly the same cells', async () => {
    const large = await workbook(12_000)
    const stored = await withoutLargeDeflatedEntries(large)
    expect(stored).not.toBe(large)
    expect(stored.byteLength).toBeGreaterThan(large.byteLength)
    const [original, copy] = await Promise.all([readSheet(large), readSheet(stored)])
    expect(copy).toHaveLength(12_001)
    expect(copy).toEqual(original)
  })

  it('leaves anything that is not a zip archive alone', async () => {
    const text = new TextEncoder().encode('Cliëntnummer;Wonen').buffer
    expect(await withoutLargeDeflatedEntries(text)).toBe(text)
  })
})
