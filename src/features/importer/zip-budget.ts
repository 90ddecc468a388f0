import { zipEntrySizes } from './stored-zip'

/**
 * A workbook is a zip archive; what it unpacks to is what the reader must hold and parse. A
 * list of 50,000 youths with 30 columns unpacks to about 35 MB, packed 10 to 15 times. A small
 * file that unpacks to hundreds of megabytes (a "zip bomb", crafted or broken) would keep the
 * reader busy for minutes and exhaust memory, so the recorded sizes are checked before
 * anything is unpacked; inflating checks that the recorded sizes hold (stored-zip).
 */

/** Unpacked size of the whole workbook that is still read: four times the largest real list. */
export const MAX_UNPACKED_BYTES = 150 * 1024 * 1024
/** Spreadsheet XML packs 10 to 15 times, an empty styled grid under 20; a bomb 500 to 1,000. */
export const MAX_PACK_RATIO = 100
/** Below this an entry's ratio does not matter: it unpacks to little whatever it is. */
const RATIO_FROM_BYTES = 10 * 1024 * 1024

/** Whole megabytes, rounded up, as the refusal names them. */
export const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024))

/** The workbook would unpack beyond what is read; nothing has been unpacked. */
export class OversizedWorkbookError extends Error {
  constructor(
    /** The recorded unpacked size of all entries. */
    readonly unpackedBytes: number,
    readonly reason: 'size' | 'ratio',
  ) {
    super(`Workbook would unpack to ${unpackedBytes} bytes (${reason})`)
    this.name = 'OversizedWorkbookError'
  }
}

/**
 * Throws `OversizedWorkbookError` when the archive's directory records more unpacked bytes
 * than `MAX_UNPACKED_BYTES`, or a large entry packed more tightly than spreadsheet data packs.
 * An archive whose directory cannot be read is left to the reader, which says it is damaged.
 */
export function checkUnpackedSize(zip: Uint8Array): void {
  const sizes = zipEntrySizes(zip)
  if (!sizes) return
  const total = sizes.reduce((sum, s) => sum + s.unpacked, 0)
  if (total > MAX_UNPACKED_BYTES) throw new OversizedWorkbookError(total, 'size')
  const bomb = sizes.some(
    (s) => s.unpacked > RATIO_FROM_BYTES && s.unpacked > MAX_PACK_RATIO * Math.max(s.packed, 1),
  )
  if (bomb) throw new OversizedWorkbookError(total, 'ratio')
}
