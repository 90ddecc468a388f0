/** Marks a key removed in an overlay. */
export const REMOVED: unique symbol = Symbol('removed')

/**
 * A read-only map that is `base` with a few `changes` laid over it (a value, or REMOVED),
 * without copying `base`: going back in time from 50,000 youths changes a few thousand, and
 * copying the whole map for each step cost more than the step. Iterates the base's keys in
 * place, then the keys only the changes hold (a key removed and set again keeps its place,
 * where a Map would move it last; no report figure depends on the order).
 */
export class OverlayMap<K, V> implements ReadonlyMap<K, V> {
  private sizeCache: number | null = null

  constructor(
    readonly base: ReadonlyMap<K, V>,
    readonly changes: ReadonlyMap<K, V | typeof REMOVED>,
  ) {}

  get(key: K): V | undefined {
    const change = this.changes.get(key)
    if (change !== undefined) return change === REMOVED ? undefined : change
    return this.base.get(key)
  }

  has(key: K): boolean {
    const change = this.changes.get(key)
    if (change !== undefined) return change !== REMOVED
    return this.base.has(key)
  }

  get size(): number {
    if (this.sizeCache === null) {
      let size = this.base.size
      for (const [key, change] of this.changes) {
        const inBase = this.base.has(key)
        if (change === REMOVED) size -= inBase ? 1 : 0
        else size += inBase ? 0 : 1
      }
      this.sizeCache = size
    }
    return this.sizeCache
  }

  *entries(): MapIterator<[K, V]> {
    const { base, changes } = this
    for (const entry of base) {
      const change = changes.get(entry[0])
      if (change === undefined) yield entry
      else if (change !== REMOVED) yield [entry[0], change]
    }
    for (const [key, change] of changes)
      if (change !== REMOVED && !base.has(key)) yield [key, change]
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries()
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this)
  }
}

/**
 * Changes to lay over `map`: a fresh set, or a copy of the ones an overlay already holds, so
 * overlays never stack (each lookup stays one step from the base).
 */
export function overlayParts<K, V>(
  map: ReadonlyMap<K, V>,
): { base: ReadonlyMap<K, V>; changes: Map<K, V | typeof REMOVED> } {
  if (map instanceof OverlayMap) {
    const overlay = map as OverlayMap<K, V>
    return { base: overlay.base, changes: new Map(overlay.changes) }
  }
  return { base: map, changes: new Map() }
}
