import type { SheetGrid } from '../../domain/import/locate-table'
import type { CellValue } from '../../domain/import/types'
import { withOdsFills } from './ods-fills'

/**
 * Reads a LibreOffice / OpenOffice workbook (.ods). SheetJS (Apache-2.0, the @e965/xlsx build
 * of SheetJS 0.20.3, which has the fixes for the parser CVEs of 0.18.5) is loaded with
 * `import()` only when an .ods file is chosen: it is large, and .ods is rare.
 */
export async function readOds(buffer: ArrayBuffer): Promise<SheetGrid[]> {
  const XLSX = await import('@e965/xlsx')
  const book = XLSX.read(new Uint8Array(buffer), { type: 'array', cellDates: true, dense: true })
  const sheets = book.SheetNames.map((name): SheetGrid => {
    const sheet = book.Sheets[name]
    if (!sheet?.['!ref']) return { name, grid: [] }
    const start = XLSX.utils.decode_range(sheet['!ref']).s
    // UTC: a date cell is midnight UTC of the day shown, as read-excel-file gives it.
    const rows = XLSX.utils.sheet_to_json<CellValue[]>(sheet, {
      header: 1,
      raw: true,
      defval: null,
      blankrows: true,
      UTC: true,
    })
    // Keep the sheet's own row and column numbers when the used range does not start at A1.
    const pad: CellValue[] = new Array<CellValue>(start.c).fill(null)
    const grid: CellValue[][] = Array.from({ length: start.r }, () => [])
    for (const row of rows) grid.push(start.c > 0 ? [...pad, ...row] : row)
    return { name, grid }
  })
  // Cell backgrounds (statuses kept as colours), which SheetJS does not read.
  return withOdsFills(new Uint8Array(buffer), sheets)
}

/** An .ods file is a zip whose first entry is the stored text "mimetype" of ODF spreadsheets. */
export function isOds(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(30, 30 + 8 + 46))
  return head === 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet'
}
