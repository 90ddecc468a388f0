import Dexie, { cmp, RangeSet, type ObservabilitySet } from 'dexie'

/** What changed in a table since the last `take()`. */
export type CollectedChanges = { reload: true } | { reload: false; keys: string[] }

/**
 * Collects the keys written in one table from Dexie's `storagemutated` event, which fires after
 * every committed write in this tab and — through Dexie's BroadcastChannel — in other tabs.
 * A point key (a youth put or deleted) is kept to be re-read; any range (bulk writes of 50+
 * records, `clear()`) or a change to the whole database means everything must be read again.
 * `onChange` is called once for the events of one task, so a burst of writes is read together.
 */
export class ChangeCollector {
  private keys = new Set<string>()
  private reload = false
  private scheduled = false
  private readonly part: string

  constructor(
    database: Dexie,
    table: string,
    private readonly onChange: () => void,
  ) {
    this.part = `idb://${database.name}/${table}/`
  }

  start(): void {
    Dexie.on('storagemutated', this.onMutated)
  }

  stop(): void {
    Dexie.on('storagemutated').unsubscribe(this.onMutated)
  }

  /** Asks for everything to be read again (a retry after a failed read). */
  requestReload(): void {
    this.reload = true
  }

  /** What was collected, now forgotten; null when nothing changed. */
  take(): CollectedChanges | null {
    const { keys, reload } = this
    this.keys = new Set()
    this.reload = false
    if (reload) return { reload: true }
    return keys.size > 0 ? { reload: false, keys: [...keys] } : null
  }

  private onMutated = (parts: ObservabilitySet) => {
    if ('all' in parts) this.reload = true
    const tree = parts[this.part]
    if (tree && 'from' in tree) {
      for (const node of RangeSet(tree)) {
        if (cmp(node.from, node.to) !== 0) this.reload = true
        else if (typeof node.from === 'string') this.keys.add(node.from)
      }
    }
    if ((this.reload || this.keys.size > 0) && !this.scheduled) {
      this.scheduled = true
      queueMicrotask(() => {
        this.scheduled = false
        this.onChange()
      })
    }
  }
}
