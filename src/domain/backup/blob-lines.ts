import { MAX_LINE_BYTES } from './stream-format'

const NEWLINE = 0x0a
const SLICE_BYTES = 4 << 20

export class LineTooLongError extends Error {
  constructor() {
    super('A line of the back-up file is too long')
    this.name = 'LineTooLongError'
  }
}

function concat(pieces: readonly Uint8Array[], length: number): Uint8Array {
  if (pieces.length === 1) return pieces[0] as Uint8Array
  const out = new Uint8Array(length)
  let at = 0
  for (const piece of pieces) {
    out.set(piece, at)
    at += piece.length
  }
  return out
}

export interface Line {
  /** Without the newline. */
  bytes: Uint8Array
  /** False for a last line without a newline: a file cut off there, unless it was complete. */
  terminated: boolean
}

/**
 * The lines of a file, read in slices of a few megabytes, so no more than one slice and one
 * line are in memory. A byte 0x0A is always a newline in UTF-8. A line longer than `maxLine`
 * throws LineTooLongError.
 */
export async function* blobLines(
  blob: Blob,
  maxLine = MAX_LINE_BYTES,
  sliceBytes = SLICE_BYTES,
): AsyncGenerator<Line> {
  let pieces: Uint8Array[] = []
  let length = 0
  for (let pos = 0; pos < blob.size; pos += sliceBytes) {
    const bytes = new Uint8Array(await blob.slice(pos, pos + sliceBytes).arrayBuffer())
    let start = 0
    for (let nl = bytes.indexOf(NEWLINE); nl !== -1; nl = bytes.indexOf(NEWLINE, start)) {
      const piece = bytes.subarray(start, nl)
      if (length + piece.length > maxLine) throw new LineTooLongError()
      const line = length === 0 ? piece : concat([...pieces, piece], length + piece.length)
      yield { bytes: line, terminated: true }
      pieces = []
      length = 0
      start = nl + 1
    }
    if (start < bytes.length) {
      const rest = bytes.subarray(start)
      length += rest.length
      if (length > maxLine) throw new LineTooLongError()
      pieces.push(rest)
    }
  }
  if (length > 0) yield { bytes: concat(pieces, length), terminated: false }
}

/** The first byte that is not a byte-order mark or white space, or null for an empty file. */
export async function firstSignificantByte(blob: Blob): Promise<number | null> {
  const head = new Uint8Array(await blob.slice(0, 1024).arrayBuffer())
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0
  for (let i = start; i < head.length; i++) {
    const byte = head[i] as number
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return byte
  }
  return null
}
