import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OverlayMap, overlayParts, REMOVED } from './overlay-map'

type Op = { key: string; value: number | null }
const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g')
const ops = fc.array(fc.record({ key, value: fc.option(fc.integer(), { nil: null }) }), {
  maxLength: 12,
})

/** What revertSince did before overlays: copy the map, then set and delete on the copy. */
function copied(base: ReadonlyMap<string, number>, steps: readonly Op[][]) {
  const map = new Map(base)
  for (const step of steps)
    for (const { key, value } of step) {
      if (value === null) map.delete(key)
      else map.set(key, value)
    }
  return map
}

/** The same steps as overlays, each laid over the previous result. */
function overlaid(base: ReadonlyMap<string, number>, steps: readonly Op[][]) {
  let map: ReadonlyMap<string, number> = base
  for (const step of steps) {
    const parts = overlayParts(map)
    for (const { key, value } of step) parts.changes.set(key, value === null ? REMOVED : value)
    map = new OverlayMap(parts.base, parts.changes)
  }
  return map
}

describe('a map with changes laid over it', () => {
  it('reads, counts and iterates like a copied and edited map', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(key, fc.integer()), { selector: ([k]) => k }),
        fc.array(ops, { minLength: 1, maxLength: 3 }),
        (entries, steps) => {
          const base = new Map(entries)
          const expected = copied(base, steps)
          const actual = overlaid(base, steps)
          // Same entries; a key removed and set again keeps its place here (a Map moves it last).
          const sorted = (m: Iterable<[string, number]>) =>
            [...m].sort(([x], [y]) => (x < y ? -1 : 1))
          expect(sorted(actual)).toEqual(sorted(expected))
          expect([...actual.keys()]).toEqual([...actual].map(([k]) => k))
          expect([...actual.values()]).toEqual([...actual].map(([, v]) => v))
          expect(actual.size).toBe(expected.size)
          for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'z']) {
            expect(actual.get(k)).toBe(expected.get(k))
            expect(actual.has(k)).toBe(expected.has(k))
          }
          const seen: string[] = []
          actual.forEach((_, k) => seen.push(k))
          expect(seen).toEqual([...actual.keys()])
        },
      ),
    )
  })

  it('never changes the map it lies over, and never stacks', () => {
    const base = new Map([['a', 1]])
    const first = overlaid(base, [[{ key: 'a', value: null }]])
    const second = overlaid(first, [[{ key: 'b', value: 2 }]])
    expect([...base]).toEqual([['a', 1]])
    expect([...first]).toEqual([])
    expect([...second]).toEqual([['b', 2]])
    expect(second).toBeInstanceOf(OverlayMap)
    expect(second instanceof OverlayMap && second.base).toBe(base)
  })
})
