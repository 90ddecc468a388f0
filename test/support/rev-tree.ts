// An in-memory model of one CouchDB document's revision tree on several replicas, with the
// resolution the sync bridge applies (docs/sync-design.md §5), for the merge's property test.
import { mergeDocData, sameData } from '../../src/domain/sync/merge-doc'
import type { SyncDocType } from '../../src/domain/sync/types'

type Row = Record<string, unknown>

export interface Rev {
  rev: string
  depth: number
  parent: string | null
  /** null: a tombstone. */
  data: Row | null
  by: string
  at: string
  /**
   * A tombstone a person made (the record was deleted) rather than one the bridge made for a
   * merged leaf, and not yet answered by a merge. Such a deletion meeting an edit elsewhere is
   * brought back with a conflict marker.
   */
  userDeletion?: boolean
}

/** CouchDB's deterministic winner: a live leaf before a deleted one, longest path, highest rev. */
function beats(a: Rev, b: Rev): boolean {
  if ((a.data === null) !== (b.data === null)) return a.data !== null
  if (a.depth !== b.depth) return a.depth > b.depth
  return a.rev > b.rev
}

export class Replica {
  readonly revs = new Map<string, Rev>()
  constructor(
    readonly name: string,
    private readonly type: SyncDocType,
    private readonly nextId: () => string,
  ) {}

  leaves(): Rev[] {
    const parents = new Set([...this.revs.values()].map((r) => r.parent))
    return [...this.revs.values()].filter((r) => !parents.has(r.rev))
  }

  winner(): Rev | undefined {
    return this.leaves().reduce<Rev | undefined>((w, r) => (!w || beats(r, w) ? r : w), undefined)
  }

  /** The live leaves other than the winner: what PouchDB reports as `_conflicts`. */
  conflicts(): Rev[] {
    const w = this.winner()
    return this.leaves().filter((r) => r !== w && r.data !== null)
  }

  write(parent: Rev | null, data: Row | null, extra: Partial<Rev> = {}): Rev {
    const depth = (parent?.depth ?? 0) + 1
    const rev: Rev = {
      rev: `${depth}-${this.nextId()}`,
      depth,
      parent: parent?.rev ?? null,
      data,
      by: this.name,
      at: '2026-12-01T10:00:00.000Z',
      ...extra,
    }
    this.revs.set(rev.rev, rev)
    return rev
  }

  /** Replication: every revision the other replica has and this one lacks (with its path). */
  pullFrom(other: Replica) {
    for (const [id, rev] of other.revs) if (!this.revs.has(id)) this.revs.set(id, rev)
  }

  private ancestorOf(a: Rev, b: Rev): Rev | null {
    const path = new Set<string>()
    for (let r: Rev | undefined = a; r; r = r.parent ? this.revs.get(r.parent) : undefined) {
      path.add(r.rev)
    }
    for (let r: Rev | undefined = b; r; r = r.parent ? this.revs.get(r.parent) : undefined) {
      if (path.has(r.rev)) return r
    }
    return null
  }

  /**
   * What the bridge does with a document that has conflicts: merge each other leaf into the
   * winner, write the merged record on the winner (only when it differs: equal leaves end
   * without a new revision) and delete the merged leaf. `withAncestor` false: as after a
   * compaction, every difference is asked.
   */
  resolve(withAncestor: boolean) {
    for (;;) {
      const winner = this.winner()
      if (!winner) return
      const loser =
        this.conflicts()[0] ??
        (winner.data !== null ? this.leaves().find((r) => r.userDeletion) : undefined)
      if (!loser) return
      const base = withAncestor ? this.ancestorOf(winner, loser) : null
      const side = (r: Rev) => ({ data: r.data, by: r.by, at: r.at, rev: r.rev })
      const merged = mergeDocData(this.type, base ? base.data : null, side(winner), side(loser))
      if (merged.data === null) this.write(winner, null)
      else if (!sameData(merged.data, winner.data)) this.write(winner, merged.data as Row)
      this.write(loser, null)
    }
  }
}
