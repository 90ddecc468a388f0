import { describe, expect, it } from 'vitest'
import { makeStoredFileV2 } from '../../../test/factories/exchange-v2'
import type { ReviewSnapshot } from '../types'
import {
  joinExchangeFile,
  joinSnapshot,
  splitExchangeFile,
  splitSnapshot,
  wholeKeyOfPart,
} from './parts'

const snapshot = (n: number): ReviewSnapshot => ({
  reviewId: 'rv1',
  date: '2026-11-02',
  closedAt: '2026-11-02T11:00:00.000Z',
  youthIds: Array.from({ length: n }, (_, i) => `y${String(i)}`),
  discussed: Array.from({ length: n }, (_, i) => i % 3 === 0),
  columns: {
    wonen: {
      status: Array.from({ length: n }, (_, i) => (i % 2 ? 'rood' : 'groen')),
      reasonCodes: Array.from({ length: n }, (_, i) => `WON-${String(i % 4)}`),
      owner: Array.from({ length: n }, () => null),
      dueDate: Array.from({ length: n }, () => null),
    },
  },
})

describe('records sent as parts', () => {
  it('splits a snapshot of 12 youths into parts of 5 and joins them back in any order', () => {
    const whole = snapshot(12)
    const parts = splitSnapshot(whole, 5)
    expect(parts.map((p) => [p.part, p.parts, p.youthIds.length])).toEqual([
      [0, 3, 5],
      [1, 3, 5],
      [2, 3, 2],
    ])
    const [first, second, third] = parts
    if (!first || !second || !third) throw new Error('three parts expected')
    expect(joinSnapshot(third, [third, first, second])).toEqual(whole)
    expect(joinSnapshot(first, [first, third])).toBeNull()
  })

  it('never joins parts of an older and a newer whole', () => {
    const older = splitSnapshot(snapshot(8), 5)
    const newer = splitSnapshot({ ...snapshot(8), closedAt: '2026-11-03T09:00:00.000Z' }, 5)
    const [newFirst] = newer
    if (!newFirst || !older[1]) throw new Error('parts expected')
    expect(joinSnapshot(newFirst, [newFirst, older[1]])).toBeNull()
  })

  it('splits a loaded file by its rows; the first part carries the file without rows', () => {
    const stored = makeStoredFileV2({
      leavers: [{ municipalityCode: 'GM0518' }, { municipalityCode: 'GM0599' }],
    })
    const rows = stored.file.youths.length
    const parts = splitExchangeFile(stored, 2)
    expect(parts).toHaveLength(Math.ceil(rows / 2))
    expect(parts[0]?.head?.file.youths).toEqual([])
    expect(parts[1]?.head).toBeUndefined()
    expect(parts.every((p) => p.key === `${stored.key}:${String(p.part)}`)).toBe(true)
    const last = parts.at(-1)
    if (!last) throw new Error('parts expected')
    expect(joinExchangeFile(last, [...parts].reverse())).toEqual(stored)
    expect(joinExchangeFile(last, parts.slice(1))).toBeNull()
  })

  it('reads the whole key from a part id, fileKeys with colons included', () => {
    expect(wholeKeyOfPart('exchangeFile:zorg|gemeente:GM0518|2026-03-29:3')).toBe(
      'exchangeFile:zorg|gemeente:GM0518|2026-03-29',
    )
    expect(wholeKeyOfPart('snapshot:rv1')).toBeNull()
  })
})
