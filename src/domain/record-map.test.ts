import { describe, expect, it } from 'vitest'
import { RecordMap } from './record-map'

describe('RecordMap', () => {
  it('answers like a Map of the object’s own entries', () => {
    const view = new RecordMap({ wonen: 'rood', school: 'groen' })
    const map = new Map([
      ['wonen', 'rood'],
      ['school', 'groen'],
    ])
    expect(view.size).toBe(2)
    expect(view.get('wonen')).toBe('rood')
    expect(view.get('toString')).toBeUndefined()
    expect(view.has('school')).toBe(true)
    expect(view.has('constructor')).toBe(false)
    expect([...view]).toEqual([...map])
    expect([...view.keys()]).toEqual([...map.keys()])
    expect([...view.values()]).toEqual([...map.values()])
    expect(new Map(view)).toEqual(map)
    const seen: string[] = []
    view.forEach((value, key) => seen.push(`${key}=${value}`))
    expect(seen).toEqual(['wonen=rood', 'school=groen'])
  })
})
