/**
 * A read-only Map view of a plain object's own entries, without copying them. The board keeps
 * one per youth over the assessments its stored record already holds: a real Map per youth
 * costs ~150 bytes more for its hash table, ~7 MB at 50,000 youths.
 * The object must not change afterwards (records read from storage are never changed).
 */
export class RecordMap<V> implements ReadonlyMap<string, V> {
  readonly size: number

  constructor(private readonly record: Readonly<Record<string, V>>) {
    this.size = Object.keys(record).length
  }

  get(key: string): V | undefined {
    return Object.hasOwn(this.record, key) ? this.record[key] : undefined
  }

  has(key: string): boolean {
    return Object.hasOwn(this.record, key)
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this)
  }

  *entries(): MapIterator<[string, V]> {
    for (const key of Object.keys(this.record)) yield [key, this.record[key] as V]
  }

  *keys(): MapIterator<string> {
    yield* Object.keys(this.record)
  }

  *values(): MapIterator<V> {
    for (const key of Object.keys(this.record)) yield this.record[key] as V
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries()
  }
}
