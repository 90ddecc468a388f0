/** A long session need not remember every edit: a view that old derives everything. */
const MAX_LOGGED_REVISIONS = 1000

/**
 * Which youths changed in which published revision, so a view that showed revision N can
 * update only the rows of the youths changed since (`since(N)`) instead of deriving everything.
 */
export class ChangeLog {
  /** Changed youth ids per published revision, oldest first. */
  private entries: { revision: number; ids: readonly string[] }[] = []
  /** Revisions before this one are not covered: `since` says null for them. */
  private start = 0
  /** Changed since the last published revision. */
  private pending: string[] = []

  constructor(private readonly limit = MAX_LOGGED_REVISIONS) {}

  /** These youths changed; they belong to the next published revision. */
  add(ids: readonly string[]): void {
    for (const id of ids) this.pending.push(id)
  }

  /** Revision `revision` is published: the ids added since the last one changed in it. */
  published(revision: number): void {
    if (this.pending.length === 0) return
    this.entries.push({ revision, ids: this.pending })
    this.pending = []
    if (this.entries.length > this.limit) {
      this.start = (this.entries.shift() as { revision: number }).revision
    }
  }

  /**
   * Everything was replaced (a full read) and will be published as `revision`: no earlier
   * revision can be brought up to date youth by youth.
   */
  restart(revision: number): void {
    this.entries = []
    this.pending = []
    this.start = revision
  }

  /**
   * The youths changed after revision `revision`, or null when that is not known (a full read
   * since, or a revision older than the log remembers): then derive everything.
   */
  since = (revision: number): ReadonlySet<string> | null => {
    if (revision < this.start) return null
    const ids = new Set<string>()
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i] as (typeof this.entries)[number]
      if (entry.revision <= revision) break
      for (const id of entry.ids) ids.add(id)
    }
    return ids
  }
}
