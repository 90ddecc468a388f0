import type { EntityTable } from 'dexie'
import { RecordMap } from '../domain/record-map'
import type { Assessment, Youth } from '../domain/types'
import type { StoredYouth } from './youth-record'

type YouthTable = EntityTable<StoredYouth, 'id'>

/** How many youths each read takes: the first few so the board shows at once, then more. */
export interface ChunkSizes {
  first: number
  second: number
  max: number
}

export const CHUNK_SIZES: ChunkSizes = { first: 250, second: 5000, max: 20_000 }

/**
 * The size of the read after one of `size`: chunks grow (doubling up to `max`) because every
 * chunk shown costs a pass over the board so far, while the first stays small.
 */
export function nextChunkSize(size: number, sizes: ChunkSizes = CHUNK_SIZES): number {
  return size === sizes.first ? sizes.second : Math.min(size * 2, sizes.max)
}

export interface YouthChunk {
  youths: StoredYouth[]
  /** How many youths the table held when the read began. */
  total: number
  /** Whether another chunk follows (its read is already under way). */
  more: boolean
}

function readAfter(table: YouthTable, after: string | null, limit: number): Promise<StoredYouth[]> {
  return after === null
    ? table.orderBy(':id').limit(limit).toArray()
    : table.where(':id').above(after).limit(limit).toArray()
}

/**
 * Every youth in key order, chunk by chunk. The next chunk is read while the caller takes in
 * the one handed out, so IndexedDB is never idle while the page works (and the other way
 * round). A failed read throws from the loop that consumes the chunks.
 */
export async function* readYouthChunks(
  table: YouthTable,
  sizes: ChunkSizes = CHUNK_SIZES,
): AsyncGenerator<YouthChunk, void, undefined> {
  const [total, first] = await Promise.all([table.count(), readAfter(table, null, sizes.first)])
  let chunk = first
  let size = sizes.first
  while (chunk.length > 0) {
    const nextSize = nextChunkSize(size, sizes)
    const last = chunk.at(-1) as StoredYouth
    const next = chunk.length === size ? readAfter(table, last.id, nextSize) : null
    // Awaited below; if the caller stops before, its failure must not go unhandled.
    next?.catch(() => undefined)
    yield { youths: chunk, total, more: next !== null }
    if (!next) return
    chunk = await next
    size = nextSize
  }
}

/** The youths with these ids as stored now, in the same order; undefined where deleted. */
export function readYouths(table: YouthTable, ids: string[]): Promise<(StoredYouth | undefined)[]> {
  return table.bulkGet(ids)
}

/**
 * The youth as the board keeps it: the record just read, its embedded assessments let go (they
 * live in the assessments map). Not a copy without the field, as `youthOf` makes: at 50,000
 * youths the copies cost ~6 MB of heap and time on every load, and this record is the
 * store's own (nobody else holds it).
 */
export function asYouth(stored: StoredYouth): Youth {
  if (stored.assessments !== undefined) stored.assessments = undefined
  return stored
}

/**
 * A stored youth's assessments by precondition id (a view of its record, not a copy);
 * undefined when it has none. Call before `asYouth`, which lets them go.
 */
export function assessmentMap(stored: StoredYouth): ReadonlyMap<string, Assessment> | undefined {
  const of = stored.assessments
  if (!of) return undefined
  // Each assessment read holds its own copies of the youth id and precondition id; pointing
  // them at the youth's id and the key (equal strings) lets the copies go: ~8 MB at 50,000.
  for (const preconditionId in of) {
    const a = of[preconditionId] as Assessment
    a.youthId = stored.id
    a.preconditionId = preconditionId
  }
  const inner = new RecordMap(of)
  return inner.size > 0 ? inner : undefined
}
