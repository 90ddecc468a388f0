import type { StoredExchangeFile } from '../municipal/types'
import type { ReviewSnapshot, SnapshotColumn } from '../types'

/**
 * Records too large for one document travel as parts (docs/sync-design.md §2): a review's
 * snapshot (`snapshot:<reviewId>:<part>`, ≤ 5,000 youths a part) and a loaded uitwisselbestand
 * (`exchangeFile:<fileKey>:<part>`, ≤ 2,500 rows a part). Every part names how many parts the
 * whole has and which whole it belongs to (`gen`: the snapshot's closing time, the file's own
 * `createdAt`), so a laptop that has received half of a newer file and half of the older one
 * never joins them: it waits until one whole is complete.
 */

export const SNAPSHOT_PART_YOUTHS = 5_000
export const EXCHANGE_PART_ROWS = 2_500

export interface SnapshotPart extends ReviewSnapshot {
  part: number
  parts: number
  gen: string
}

export interface ExchangeFilePart {
  /** `<fileKey>:<part>`: the id's key, as the server's rules check it. */
  key: string
  fileKey: string
  part: number
  parts: number
  gen: string
  /** The stored record without its rows: in part 0 only. */
  head?: StoredExchangeFile
  youths: unknown[]
  leavers?: unknown[]
}

const partCount = (rows: number, per: number) => Math.max(1, Math.ceil(rows / per))

function sliceColumn(column: SnapshotColumn, from: number, to: number): SnapshotColumn {
  return {
    status: column.status.slice(from, to),
    reasonCodes: column.reasonCodes.slice(from, to),
    owner: column.owner.slice(from, to),
    dueDate: column.dueDate.slice(from, to),
  }
}

export function splitSnapshot(
  snapshot: ReviewSnapshot,
  per = SNAPSHOT_PART_YOUTHS,
): SnapshotPart[] {
  const parts = partCount(snapshot.youthIds.length, per)
  return Array.from({ length: parts }, (_, part) => {
    const [from, to] = [part * per, (part + 1) * per]
    const columns = Object.fromEntries(
      Object.entries(snapshot.columns).map(([id, c]) => [id, sliceColumn(c, from, to)]),
    )
    return {
      ...snapshot,
      part,
      parts,
      gen: snapshot.closedAt,
      youthIds: snapshot.youthIds.slice(from, to),
      discussed: snapshot.discussed.slice(from, to),
      columns,
    }
  })
}

/** The whole a set of parts makes, or null while a part of it is missing. */
function completeSet<P extends { part: number; parts: number; gen: string }>(
  like: P,
  found: readonly P[],
): P[] | null {
  const set = new Map<number, P>()
  for (const p of found) if (p.gen === like.gen && p.parts === like.parts) set.set(p.part, p)
  const ordered = Array.from({ length: like.parts }, (_, i) => set.get(i))
  return ordered.every((p) => p !== undefined) ? ordered : null
}

/** The snapshot the parts of `like`'s whole make, or null while one is missing. */
export function joinSnapshot(
  like: SnapshotPart,
  found: readonly SnapshotPart[],
): ReviewSnapshot | null {
  const set = completeSet(like, found)
  if (!set) return null
  const first = set[0] as SnapshotPart
  const columns: Record<string, SnapshotColumn> = {}
  for (const id of Object.keys(first.columns)) {
    const of = (field: keyof SnapshotColumn) => set.flatMap((p) => p.columns[id]?.[field] ?? [])
    columns[id] = {
      status: of('status') as SnapshotColumn['status'],
      reasonCodes: of('reasonCodes') as string[],
      owner: of('owner') as SnapshotColumn['owner'],
      dueDate: of('dueDate'),
    }
  }
  const { part: _part, parts: _parts, gen: _gen, ...rest } = first
  return {
    ...rest,
    youthIds: set.flatMap((p) => p.youthIds),
    discussed: set.flatMap((p) => p.discussed),
    columns,
  }
}

export function splitExchangeFile(
  stored: StoredExchangeFile,
  per = EXCHANGE_PART_ROWS,
): ExchangeFilePart[] {
  const youths: unknown[] = stored.file.youths
  const leavers = 'leavers' in stored.file ? (stored.file.leavers as unknown[]) : undefined
  const parts = Math.max(partCount(youths.length, per), partCount(leavers?.length ?? 0, per))
  const head = {
    ...stored,
    file: { ...stored.file, youths: [], ...(leavers ? { leavers: [] } : {}) },
  } as StoredExchangeFile
  return Array.from({ length: parts }, (_, part) => {
    const [from, to] = [part * per, (part + 1) * per]
    return {
      key: `${stored.key}:${String(part)}`,
      fileKey: stored.key,
      part,
      parts,
      gen: stored.file.createdAt,
      ...(part === 0 ? { head } : {}),
      youths: youths.slice(from, to),
      ...(leavers ? { leavers: leavers.slice(from, to) } : {}),
    }
  })
}

/** The stored file the parts of `like`'s whole make, or null while one is missing. */
export function joinExchangeFile(
  like: ExchangeFilePart,
  found: readonly ExchangeFilePart[],
): StoredExchangeFile | null {
  const set = completeSet(like, found)
  const head = set?.[0]?.head
  if (!set || !head) return null
  const file = { ...head.file, youths: set.flatMap((p) => p.youths) }
  if ('leavers' in head.file) Object.assign(file, { leavers: set.flatMap((p) => p.leavers ?? []) })
  return { ...head, file } as StoredExchangeFile
}

/** `snapshot:<reviewId>:<part>` → `<reviewId>`; `exchangeFile:<fileKey>:<part>` → `<fileKey>`. */
export function wholeKeyOfPart(key: string): string | null {
  const colon = key.lastIndexOf(':')
  if (colon < 1 || !/^\d+$/.test(key.slice(colon + 1))) return null
  return key.slice(0, colon)
}
