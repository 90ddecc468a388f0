import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../test/factories/exchange'
import { addDaysIso } from '../dates'
import type { TotalStatus } from '../types'
import { buildMunicipalOverview } from './overview'
import type { StoredExchangeFile } from './types'

const SETTINGS = {
  rondeAnchorDate: '2026-02-15',
  rondeWeeks: 6,
  rondeWindowWeeks: 6,
  dailyTariffs: {},
}
/** Ronde n (0 = 15 February 2026), six weeks apart. */
const ronde = (n: number) => addDaysIso('2026-02-15', n * 42)

/** A file of `provider` in ronde n, its peildatum `offset` days before the ronde date. */
function file(provider: string, n: number, youths: [string, TotalStatus][], offset = 0) {
  return makeStoredFile({
    provider,
    peildatum: addDaysIso(ronde(n), -offset),
    youths: youths.map(([clientRef, status]) =>
      makeExchangeYouth({
        clientRef,
        statuses: { wonen: status === 'onbekend' ? 'onbekend' : status },
      }),
    ),
  })
}

function overview(files: StoredExchangeFile[], rondeDate: string | null) {
  return buildMunicipalOverview({
    files,
    rondeDate,
    settings: SETTINGS,
    selection: { kind: 'all' },
    agreements: [],
    today: '2026-06-01',
  })
}

describe('rood sinds N rondes', () => {
  const files = [
    file('A', 0, [
      ['X', 'rood'],
      ['Y', 'rood'],
    ]),
    file(
      'A',
      1,
      [
        ['X', 'rood'],
        ['Y', 'oranje'],
      ],
      5,
    ),
    file('A', 2, [
      ['X', 'rood'],
      ['Y', 'rood'],
    ]),
    file('B', 0, [
      ['X', 'rood'],
      ['Z', 'rood'],
    ]),
    // B skips ronde 1.
    file(
      'B',
      2,
      [
        ['X', 'rood'],
        ['Z', 'rood'],
        ['G', 'groen'],
      ],
      3,
    ),
  ]
  const streaks = () =>
    Object.fromEntries(
      overview(files, ronde(2)).youths.map((y) => [
        `${y.providerName} ${y.row.clientRef}`,
        y.redSinceRondes,
      ]),
    )

  it('counts consecutive rondes ending with this one in which the same provider + cliëntnummer was rood', () => {
    expect(streaks()).toMatchObject({ 'A X': 3, 'A Y': 1 })
  })

  it('a ronde in which the provider has no file breaks the streak', () => {
    expect(streaks()).toMatchObject({ 'B X': 1, 'B Z': 1 })
  })

  it('is 0 for a youth that is not rood now', () => {
    expect(streaks()).toMatchObject({ 'B G': 0 })
  })
})

describe('trend', () => {
  // A delivers in rondes 0–13, B in every even ronde.
  const files = Array.from({ length: 14 }, (_, n) => [
    file('A', n, [['a', n % 3 === 0 ? 'rood' : 'groen']]),
    ...(n % 2 === 0
      ? [
          file('B', n, [
            ['b', 'oranje'],
            ['c', 'groen'],
          ]),
        ]
      : []),
  ]).flat()

  it('covers the last 12 rondes up to the selected one, combined and per provider', () => {
    const { trend } = overview(files, ronde(12))
    expect(trend.rondes).toEqual(Array.from({ length: 12 }, (_, i) => ronde(i + 1)))
    expect(trend.combined.at(-1)).toMatchObject({
      rondeDate: ronde(12),
      providers: 2,
      missing: 0,
      placed: 3,
      totalStatus: { rood: 1, oranje: 1, onbekend: 0, groen: 1 },
    })
    expect(trend.combined[0]).toMatchObject({
      rondeDate: ronde(1),
      providers: 1,
      missing: 1,
      placed: 1,
    })
    const b = trend.perProvider.find((p) => p.providerName === 'B')
    expect(b?.points.map((p) => p?.placed ?? null)).toEqual([
      null,
      2,
      null,
      2,
      null,
      2,
      null,
      2,
      null,
      2,
      null,
      2,
    ])
  })

  it('does not reach back before the first ronde of the loaded files', () => {
    expect(overview(files, ronde(3)).trend.rondes).toEqual([ronde(0), ronde(1), ronde(2), ronde(3)])
  })
})

describe('the ronde shown', () => {
  it('defaults to the latest ronde that has files, and lists every ronde oldest first', () => {
    const result = overview(
      [file('A', 0, [['a', 'rood']]), file('A', 2, [['a', 'rood']], 10)],
      null,
    )
    expect(result.rondes).toEqual([ronde(0), ronde(1), ronde(2)])
    expect(result.ronde).toEqual({
      date: ronde(2),
      windowStart: addDaysIso(ronde(2), -41),
      provisional: false,
    })
  })

  it('is voorlopig while its date lies after today', () => {
    expect(overview([file('A', 3, [['a', 'rood']])], null).ronde?.provisional).toBe(true)
  })

  it('is empty without files', () => {
    const result = overview([], null)
    expect(result.ronde).toBeNull()
    expect(result.figures.placed).toBe(0)
    expect(result.youths).toEqual([])
  })
})
