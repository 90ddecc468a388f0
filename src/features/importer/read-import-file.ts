import { decodeText, looksLikeText, type TextEncodingName } from '../../domain/import/decode-text'
import { createHeaderMatcher, type HeaderMatcher } from '../../domain/import/header-match'
import { locateTable, tableAt, type SheetGrid } from '../../domain/import/locate-table'
import { parseCsvText, type Separator } from '../../domain/import/read-csv'
import type { CellValue, SourceTable } from '../../domain/import/types'
import { PRECONDITION_IDS } from '../../domain/preconditions'
import { isOds, readOds } from './read-ods'
import { withoutLargeDeflatedEntries, zipEntryNames, type UnpackProgress } from './stored-zip'
import { readXlsxFills } from './xlsx-fills'
import { checkUnpackedSize } from './zip-budget'

export type FileFormat = 'xlsx' | 'ods' | 'csv'

/** A file as read: every sheet as rows of cells. */
export interface Workbook {
  name: string
  format: FileFormat
  sheets: SheetGrid[]
  /** Only for CSV: what was detected. */
  csv: { separator: Separator; encoding: TextEncodingName } | null
}

/** A workbook with the sheet and header row chosen, and the table they give. */
export interface LoadedSheet extends Workbook {
  sheetIndex: number
  /** Index in the sheet's grid of the row with the column titles. */
  headerIndex: number
  /** The header row's titles match a layout remembered from an earlier import. */
  remembered: boolean
  table: SourceTable
}

/** The file is an old binary .xls: Excel must save it as .xlsx or CSV first. */
export class OldExcelError extends Error {
  constructor() {
    super('Old .xls workbooks are not supported')
    this.name = 'OldExcelError'
  }
}

/**
 * The file is neither a workbook nor text: binary content (`binary`, e.g. random bytes, an
 * image or a PDF, whatever its name) or a zip archive that holds no workbook (`zip`, e.g. a
 * zipped folder or a Word document).
 */
export class UnreadableFileError extends Error {
  constructor(readonly kind: 'binary' | 'zip') {
    super(kind === 'zip' ? 'A zip archive that is not a workbook' : 'Binary content, not text')
    this.name = 'UnreadableFileError'
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b)

async function readXlsx(buffer: ArrayBuffer, onUnpack?: UnpackProgress): Promise<SheetGrid[]> {
  // The universal build parses the XML without starting workers of its own (see stored-zip).
  const { default: readXlsxFile } = await import('read-excel-file/universal')
  const stored = await withoutLargeDeflatedEntries(buffer, onUnpack)
  const sheets = await readXlsxFile(stored)
  // Fill colours (statuses kept as colours) from the same, already unpacked, archive.
  const fills = await readXlsxFills(new Uint8Array(stored))
  return sheets.map((s) => {
    const grid = s.data as unknown as CellValue[][]
    const sheetFills = fills.get(s.sheet)
    return sheetFills ? { name: s.sheet, grid, fills: sheetFills } : { name: s.sheet, grid }
  })
}

/**
 * An .xlsx holds the part list `[Content_Types].xml` and its sheets under `xl/`. An archive
 * whose directory cannot be read is left to the workbook reader, which says it is damaged.
 */
function isXlsxArchive(bytes: Uint8Array): boolean {
  const names = zipEntryNames(bytes)
  if (names === null) return true
  return names.includes('[Content_Types].xml') && names.some((n) => n.startsWith('xl/'))
}

/** The file is a zip archive (.xlsx, .ods or another), by its first bytes. */
export const isZip = (bytes: Uint8Array) => startsWith(bytes, ZIP)

/**
 * Reads an .xlsx, .ods or CSV file, recognised by its content rather than its name. Anything
 * else (binary content, a zip that is no workbook, a workbook that would unpack beyond
 * `MAX_UNPACKED_BYTES`) is refused before it is parsed.
 */
export async function readWorkbook(
  file: Blob,
  name: string,
  onUnpack?: UnpackProgress,
): Promise<Workbook> {
  return readWorkbookBytes(await file.arrayBuffer(), name, onUnpack)
}

/** `readWorkbook` for the file's bytes (what the reading worker receives). */
export async function readWorkbookBytes(
  buffer: ArrayBuffer,
  name: string,
  onUnpack?: UnpackProgress,
): Promise<Workbook> {
  const bytes = new Uint8Array(buffer)
  if (startsWith(bytes, OLE)) throw new OldExcelError()
  if (isZip(bytes)) checkUnpackedSize(bytes)
  if (isZip(bytes) && isOds(bytes)) {
    return { name, format: 'ods', sheets: await readOds(buffer), csv: null }
  }
  if (isZip(bytes)) {
    if (!isXlsxArchive(bytes)) throw new UnreadableFileError('zip')
    return { name, format: 'xlsx', sheets: await readXlsx(buffer, onUnpack), csv: null }
  }
  const { text, encoding } = decodeText(bytes)
  if (!looksLikeText(text)) throw new UnreadableFileError('binary')
  const { grid, separator } = parseCsvText(text)
  return { name, format: 'csv', sheets: [{ name, grid }], csv: { separator, encoding } }
}

/** The workbook with another sheet or header row chosen. */
export function withTable(
  workbook: Workbook,
  sheetIndex: number,
  headerIndex: number,
  remembered = false,
): LoadedSheet {
  const table = tableAt(workbook.sheets[sheetIndex], headerIndex)
  return { ...workbook, sheetIndex, headerIndex, remembered, table }
}

/** Knows the built-in preconditions only; the import screen passes the user's own names too. */
function builtinMatcher(): HeaderMatcher {
  return createHeaderMatcher(Object.values(PRECONDITION_IDS).map((id) => ({ id, names: [] })))
}

export interface ReadOptions {
  /** Recognises column titles; finds the header row below title lines and notes. */
  matcher: HeaderMatcher
  /** True for the titles of a layout remembered from an earlier import. */
  isRemembered?: (titles: readonly string[]) => boolean
  /** Reads the file's sheets; default `readWorkbook` on this thread. */
  read?: (file: Blob, name: string) => Promise<Workbook>
}

/** Reads a file and finds its list: the sheet and the row with the column titles. */
export async function readImportFile(
  file: Blob,
  name: string,
  options: ReadOptions = { matcher: builtinMatcher() },
): Promise<LoadedSheet> {
  const workbook = await (options.read ?? readWorkbook)(file, name)
  const at = locateTable(workbook.sheets, options.matcher, options.isRemembered)
  return withTable(workbook, at.sheetIndex, at.headerIndex, at.remembered)
}
