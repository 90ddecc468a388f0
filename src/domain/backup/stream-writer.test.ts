import { makeYouth } from '../../../test/factories/youth'
import { LINE_CHARS } from './stream-format'
import { BackupStreamWriter, BlobCollector, streamKey } from './stream-writer'

const meta = { schemaVersion: 4, appVersion: '0.1.0', createdAt: '2026-11-23T10:00:00.000Z' }
/** 8,000 youths of a few hundred characters each: several megabytes of JSON. */
const youths = Array.from({ length: 8_000 }, (_, i) =>
  makeYouth({ id: `y-${i}`, clientRef: `K-${i}`, displayName: `Jongere ${i} ${'x'.repeat(200)}` }),
)

function writeAll(key?: Awaited<ReturnType<typeof streamKey>>) {
  const parts: Uint8Array[] = []
  const writer = new BackupStreamWriter(meta, (part) => parts.push(part), key)
  for (let i = 0; i < youths.length; i += 2000) writer.add('youths', youths.slice(i, i + 2000))
  writer.add('settings', [{ key: 'app', value: {} }])
  writer.finish()
  return parts
}

describe('the back-up writer never holds the whole back-up in one piece', () => {
  it('plain: every part is one bounded line, the parts together are the file', async () => {
    const parts = writeAll()
    const total = parts.reduce((sum, p) => sum + p.length, 0)
    const largest = Math.max(...parts.map((p) => p.length))
    // A batch stops at LINE_CHARS characters of JSON (ASCII here, so bytes) plus its frame.
    expect(largest).toBeLessThanOrEqual(LINE_CHARS + 100)
    expect(total).toBeGreaterThan(4 * largest)
    const blob = new BlobCollector('application/json', 1 << 20)
    for (const part of parts) blob.add(part as Uint8Array<ArrayBuffer>)
    const file = JSON.parse(await blob.finish().text()) as [
      { formatVersion: number },
      ...{ table?: string; records?: unknown[]; end?: { lines: number } }[],
    ]
    expect(file[0].formatVersion).toBe(2)
    expect(file.flatMap((l) => ('records' in l ? (l.records ?? []) : []))).toHaveLength(8_001)
    expect(file.at(-1)).toHaveProperty('end.lines', file.length - 2)
  })

  it('encrypted: every chunk is bounded too and holds nothing readable', async () => {
    const parts = writeAll(await streamKey('een lange zin als wachtwoord'))
    const total = parts.reduce((sum, p) => sum + p.length, 0)
    const largest = Math.max(...parts.map((p) => p.length))
    // Base64 of the sealed line: 4/3 of it, plus the 16-byte tag and the frame.
    expect(largest).toBeLessThanOrEqual(Math.ceil(((LINE_CHARS + 100) * 4) / 3) + 64)
    expect(total).toBeGreaterThan(4 * largest)
    const text = new TextDecoder().decode(parts[Math.floor(parts.length / 2)])
    expect(text).toMatch(/^,"[A-Za-z0-9+/=]+"\n$/)
  })
})
