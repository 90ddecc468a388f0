/**
 * read-excel-file unzips with fflate, which inflates every entry of 512 KB or more in a
 * `blob:` Web Worker — and the app's Content-Security-Policy (`worker-src 'self'`) forbids
 * those, so any sheet of more than a few hundred rows would hang. For such workbooks we
 * inflate the entries here with the browser's own DecompressionStream and hand the reader
 * the same archive with every entry stored uncompressed, which fflate copies without a worker.
 */

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** fflate's own threshold for inflating in a worker. */
const WORKER_THRESHOLD = 524_288

interface Entry {
  name: Uint8Array
  method: number
  compressed: Uint8Array
  /** The unpacked size the archive's directory records (checked while inflating). */
  size: number
}

/** Bytes unpacked so far of the total the archive records. */
export type UnpackProgress = (done: number, total: number) => void

let crcTable: Uint32Array | null = null
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c >>> 0
    }
  }
  let crc = 0xffffffff
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function readEntries(zip: Uint8Array): Entry[] | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  let end = zip.length - 22
  while (end >= 0 && view.getUint32(end, true) !== EOCD) end--
  if (end < 0) return null
  const count = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  const entries: Entry[] = []
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || view.getUint32(offset, true) !== CENTRAL) return null
    const method = view.getUint16(offset + 10, true)
    const compressedSize = view.getUint32(offset + 20, true)
    const size = view.getUint32(offset + 24, true)
    const nameLength = view.getUint16(offset + 28, true)
    const extra = view.getUint16(offset + 30, true)
    const comment = view.getUint16(offset + 32, true)
    const local = view.getUint32(offset + 42, true)
    const name = zip.subarray(offset + 46, offset + 46 + nameLength)
    if (local + 30 > zip.length || view.getUint32(local, true) !== LOCAL) return null
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    entries.push({ name, method, size, compressed: zip.subarray(start, start + compressedSize) })
    offset += 46 + nameLength + extra + comment
  }
  return entries
}

/** An entry unpacks to more (or less) than its recorded size: a damaged or crafted archive. */
export class ZipSizeMismatchError extends Error {
  constructor() {
    super('Zip entry has another size than recorded')
    this.name = 'ZipSizeMismatchError'
  }
}

/**
 * Inflates one entry into exactly its recorded size. Output beyond it stops the work at once:
 * the size check before unpacking (zip-budget) trusts the recorded sizes, so they must hold.
 */
async function inflate(
  bytes: Uint8Array,
  size: number,
  onBytes: (count: number) => void,
): Promise<Uint8Array> {
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as BufferSource)
      controller.close()
    },
  })
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  const out = new Uint8Array(size)
  let at = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (at + value.length > size) {
      await reader.cancel()
      throw new ZipSizeMismatchError()
    }
    out.set(value, at)
    at += value.length
    onBytes(value.length)
  }
  if (at !== size) throw new ZipSizeMismatchError()
  return out
}

/** A zip archive with every file stored uncompressed (also used by tests to build archives). */
export function writeStored(files: { name: Uint8Array; data: Uint8Array }[]): ArrayBuffer {
  const size = files.reduce((sum, f) => sum + 30 + 46 + 2 * f.name.length + f.data.length, 22)
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  const central: { name: Uint8Array; crc: number; length: number; offset: number }[] = []
  let at = 0
  for (const { name, data } of files) {
    const crc = crc32(data)
    central.push({ name, crc, length: data.length, offset: at })
    view.setUint32(at, LOCAL, true)
    view.setUint16(at + 4, 20, true)
    view.setUint32(at + 14, crc, true)
    view.setUint32(at + 18, data.length, true)
    view.setUint32(at + 22, data.length, true)
    view.setUint16(at + 26, name.length, true)
    out.set(name, at + 30)
    out.set(data, at + 30 + name.length)
    at += 30 + name.length + data.length
  }
  const centralStart = at
  for (const { name, crc, length, offset } of central) {
    view.setUint32(at, CENTRAL, true)
    view.setUint16(at + 4, 20, true)
    view.setUint16(at + 6, 20, true)
    view.setUint32(at + 16, crc, true)
    view.setUint32(at + 20, length, true)
    view.setUint32(at + 24, length, true)
    view.setUint16(at + 28, name.length, true)
    view.setUint32(at + 42, offset, true)
    out.set(name, at + 46)
    at += 46 + name.length
  }
  view.setUint32(at, EOCD, true)
  view.setUint16(at + 8, central.length, true)
  view.setUint16(at + 10, central.length, true)
  view.setUint32(at + 12, at - centralStart, true)
  view.setUint32(at + 16, centralStart, true)
  return out.buffer
}

/** The names of the entries of a zip archive; null when its directory cannot be read. */
export function zipEntryNames(zip: Uint8Array): string[] | null {
  const decoder = new TextDecoder()
  return readEntries(zip)?.map((e) => decoder.decode(e.name)) ?? null
}

/** Per entry its recorded packed and unpacked size; null when the directory cannot be read. */
export function zipEntrySizes(zip: Uint8Array): { packed: number; unpacked: number }[] | null {
  return readEntries(zip)?.map((e) => ({ packed: e.compressed.length, unpacked: e.size })) ?? null
}

/** The workbook unchanged when no entry is big enough for a worker, else a stored copy. */
export async function withoutLargeDeflatedEntries(
  buffer: ArrayBuffer,
  onProgress?: UnpackProgress,
): Promise<ArrayBuffer> {
  const entries = readEntries(new Uint8Array(buffer))
  if (!entries || !entries.some((e) => e.method === 8 && e.size >= WORKER_THRESHOLD)) return buffer
  const total = entries.reduce((sum, e) => sum + e.size, 0)
  let done = 0
  const files = []
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) return buffer
    const data =
      entry.method === 8
        ? await inflate(entry.compressed, entry.size, (count) => {
            done += count
            onProgress?.(done, total)
          })
        : entry.compressed
    if (entry.method === 0) onProgress?.((done += entry.size), total)
    files.push({ name: entry.name, data })
  }
  return writeStored(files)
}

/**
 * The unpacked bytes of the named entries (missing ones left out), e.g. a workbook's styles,
 * which read-excel-file does not hand over. Sizes are held to the directory's record.
 */
export async function zipEntries(
  zip: Uint8Array,
  wanted: (name: string) => boolean,
): Promise<Map<string, Uint8Array>> {
  const decoder = new TextDecoder()
  const out = new Map<string, Uint8Array>()
  for (const entry of readEntries(zip) ?? []) {
    const name = decoder.decode(entry.name)
    if (!wanted(name) || (entry.method !== 0 && entry.method !== 8)) continue
    out.set(
      name,
      entry.method === 8 ? await inflate(entry.compressed, entry.size, () => {}) : entry.compressed,
    )
  }
  return out
}
