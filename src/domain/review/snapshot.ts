import { effectiveStatus } from '../preconditions'
import { totalStatus } from '../total-status'
import type {
  Assessment,
  IsoTimestamp,
  Owner,
  PreconditionDef,
  Review,
  ReviewSnapshot,
  ReviewTotals,
  Settings,
  SnapshotColumn,
  Status,
  Youth,
} from '../types'

export interface SnapshotInput {
  review: Pick<Review, 'id' | 'date'>
  /** The youths of the review that are still placed, in walk order. */
  youths: readonly Youth[]
  assessments: ReadonlyMap<string, ReadonlyMap<string, Assessment>>
  preconditions: readonly PreconditionDef[]
  settings: Pick<Settings, 'futurePlanAge'>
  discussed: ReadonlySet<string>
  closedAt: IsoTimestamp
}

/**
 * The immutable record of a closed review: per youth and enabled precondition the status as it
 * applied on the review date (n.v.t. and onbekend included), knelpunten, eigenaar, streefdatum.
 */
export function buildSnapshot(input: SnapshotInput): ReviewSnapshot {
  const columns: Record<string, SnapshotColumn> = {}
  for (const p of input.preconditions) {
    const column: SnapshotColumn = { status: [], reasonCodes: [], owner: [], dueDate: [] }
    for (const youth of input.youths) {
      const a = input.assessments.get(youth.id)?.get(p.id)
      column.status.push(effectiveStatus(p.id, a, youth, input.settings, input.review.date))
      column.reasonCodes.push(a?.reasonCodes.join(' ') ?? '')
      column.owner.push(a?.owner ?? null)
      column.dueDate.push(a?.dueDate ?? null)
    }
    columns[p.id] = column
  }
  return {
    reviewId: input.review.id,
    date: input.review.date,
    closedAt: input.closedAt,
    youthIds: input.youths.map((y) => y.id),
    discussed: input.youths.map((y) => input.discussed.has(y.id)),
    columns,
  }
}

/** One youth's part of a snapshot. */
export interface SnapshotEntry {
  reviewId: string
  date: string
  discussed: boolean
  statuses: Record<string, Status>
  reasonCodes: Record<string, string[]>
  owners: Record<string, Owner | null>
}

export function snapshotEntryAt(snapshot: ReviewSnapshot, index: number): SnapshotEntry {
  const statuses: Record<string, Status> = {}
  const reasonCodes: Record<string, string[]> = {}
  const owners: Record<string, Owner | null> = {}
  for (const [id, column] of Object.entries(snapshot.columns)) {
    statuses[id] = column.status[index] ?? 'onbekend'
    const codes = column.reasonCodes[index] ?? ''
    reasonCodes[id] = codes ? codes.split(' ') : []
    owners[id] = column.owner[index] ?? null
  }
  return {
    reviewId: snapshot.reviewId,
    date: snapshot.date,
    discussed: snapshot.discussed[index] ?? false,
    statuses,
    reasonCodes,
    owners,
  }
}

export function snapshotEntry(snapshot: ReviewSnapshot, youthId: string): SnapshotEntry | null {
  const index = snapshot.youthIds.indexOf(youthId)
  return index < 0 ? null : snapshotEntryAt(snapshot, index)
}

/**
 * Per youth, its entry in the most recent of the given snapshots that includes it — the
 * "previous review" of that youth (reviews can cover one locatie or gemeente at a time).
 */
export function latestEntries(
  snapshots: readonly ReviewSnapshot[],
  youthIds: Iterable<string>,
): Map<string, SnapshotEntry> {
  const wanted = new Set(youthIds)
  const result = new Map<string, SnapshotEntry>()
  const newestFirst = [...snapshots].sort((a, b) =>
    a.date === b.date ? b.closedAt.localeCompare(a.closedAt) : b.date.localeCompare(a.date),
  )
  for (const snapshot of newestFirst) {
    if (wanted.size === 0) break
    snapshot.youthIds.forEach((id, index) => {
      if (!wanted.has(id)) return
      result.set(id, snapshotEntryAt(snapshot, index))
      wanted.delete(id)
    })
  }
  return result
}

/** The counts the board's trend shows: youths per totaalstatus and rood per precondition. */
export function snapshotTotals(snapshot: ReviewSnapshot): ReviewTotals {
  const total = { rood: 0, oranje: 0, onbekend: 0, groen: 0 }
  const redPerPrecondition: Record<string, number> = {}
  const columns = Object.entries(snapshot.columns)
  for (const [id] of columns) redPerPrecondition[id] = 0
  for (let i = 0; i < snapshot.youthIds.length; i++) {
    const statuses: Status[] = []
    for (const [id, column] of columns) {
      const status = column.status[i] ?? 'onbekend'
      statuses.push(status)
      if (status === 'rood') redPerPrecondition[id] = (redPerPrecondition[id] ?? 0) + 1
    }
    total[totalStatus(statuses)]++
  }
  return { total, redPerPrecondition }
}

/** Preconditions whose status now differs from the youth's previous review (none when new). */
export function changedSincePrevious(
  previous: SnapshotEntry | null | undefined,
  current: Readonly<Record<string, Status>>,
): string[] {
  if (!previous) return []
  return Object.entries(current)
    .filter(([id, status]) => id in previous.statuses && previous.statuses[id] !== status)
    .map(([id]) => id)
}
