import type { TextEncodingName } from '../../domain/import/decode-text'
import { readCsv, type Separator } from '../../domain/import/read-csv'
import { toSourceTable } from '../../domain/import/source-table'
import type { CellValue, SourceTable } from '../../domain/import/types'
import { withoutLargeDeflatedEntries } from './stored-zip'

export interface LoadedSheet {
  name: string
  table: SourceTable
  /** Only for CSV: what was detected. */
  csv: { separator: Separator; encoding: TextEncodingName } | null
}

/** The file is an old binary .xls: Excel must save it as .xlsx or CSV first. */
export class OldExcelError extends Error {
  constructor() {
    super('Old .xls workbooks are not supported')
    this.name = 'OldExcelError'
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b)

async function readXlsx(buffer: ArrayBuffer): Promise<SourceTable> {
  // The universal build parses the XML without starting workers of its own (see stored-zip).
  const { default: readXlsxFile } = await import('read-excel-file/universal')
  const sheets = await readXlsxFile(await withoutLargeDeflatedEntries(buffer))
  // The first sheet with data: a workbook often starts with an empty or title sheet.
  for (const sheet of sheets) {
    const table = toSourceTable(sheet.data as unknown as CellValue[][])
    if (table.rows.length > 0) return table
  }
  return toSourceTable((sheets[0]?.data as unknown as CellValue[][]) ?? [])
}

/** Reads an .xlsx or CSV file, recognised by its content rather than its name. */
export async function readImportFile(file: Blob, name: string): Promise<LoadedSheet> {
  const buffer = await file.arrayBuffer()
  const bytes = new Uint8Array(buffer)
  if (startsWith(bytes, OLE)) throw new OldExcelError()
  if (startsWith(bytes, ZIP)) return { name, table: await readXlsx(buffer), csv: null }
  const { separator, encoding, ...table } = readCsv(bytes)
  return { name, table, csv: { separator, encoding } }
}
