import { odsBomb, xlsxBomb, xlsxWith } from '../../../test/fixtures/zip-bombs'
import { realListXlsx, realYouths } from '../../../test/fixtures/real-lists'
import { readWorkbook } from './read-import-file'
import { withoutLargeDeflatedEntries, ZipSizeMismatchError } from './stored-zip'
import {
  checkUnpackedSize,
  MAX_UNPACKED_BYTES,
  megabytes,
  OversizedWorkbookError,
} from './zip-budget'

const MB = 1024 * 1024

async function refusal(read: () => Promise<unknown>): Promise<unknown> {
  return read().then(
    () => null,
    (error: unknown) => error,
  )
}

describe('the size of a workbook unpacked, checked before unpacking', () => {
  it('reads a real list and a 12,000-row sheet: their sizes and packing are ordinary', async () => {
    const list = new Uint8Array(await realListXlsx(realYouths(40)))
    expect(() => checkUnpackedSize(list)).not.toThrow()
    const { default: ExcelJS } = await import('exceljs')
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Jongeren')
    for (let i = 0; i < 12_000; i++) sheet.addRow([`K-${i}`, 'Delft', null, null, 'groen'])
    const large = new Uint8Array(await book.xlsx.writeBuffer())
    expect(() => checkUnpackedSize(large)).not.toThrow()
  })

  it('refuses a workbook that would unpack beyond the limit, naming its size', () => {
    const bomb = xlsxBomb(megabytes(MAX_UNPACKED_BYTES) + 10)
    expect(bomb.length).toBeLessThan(2 * MB)
    const error = (() => {
      try {
        checkUnpackedSize(bomb)
        return null
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(OversizedWorkbookError)
    expect((error as OversizedWorkbookError).reason).toBe('size')
    // The sheet's megabytes and a few hundred bytes of the other parts.
    const unpacked = (error as OversizedWorkbookError).unpackedBytes
    expect(Math.floor(unpacked / MB)).toBe(megabytes(MAX_UNPACKED_BYTES) + 10)
  })

  it('refuses a smaller sheet packed far more tightly than spreadsheet data packs', () => {
    expect(() => checkUnpackedSize(xlsxBomb(20))).toThrow(OversizedWorkbookError)
  })

  it('refuses an .xlsx and an .ods bomb before either reader starts', async () => {
    const xlsx = await refusal(() => readWorkbook(new Blob([xlsxBomb(160)]), 'bom.xlsx'))
    expect(xlsx).toBeInstanceOf(OversizedWorkbookError)
    const ods = await refusal(() => readWorkbook(new Blob([odsBomb(160)]), 'bom.ods'))
    expect(ods).toBeInstanceOf(OversizedWorkbookError)
  })

  it('stops unpacking an entry that grows beyond the size its directory records', async () => {
    // The directory says 600 KB (so it passes the check); the sheet really holds 8 MB.
    const liar = xlsxWith({
      name: 'xl/worksheets/sheet1.xml',
      data: new Uint8Array(Buffer.alloc(8 * MB, '<c r="A1"/>')),
      deflate: true,
      recordedSize: 600 * 1024,
    })
    expect(() => checkUnpackedSize(liar)).not.toThrow()
    expect(await refusal(() => withoutLargeDeflatedEntries(liar.buffer))).toBeInstanceOf(
      ZipSizeMismatchError,
    )
  })
})
