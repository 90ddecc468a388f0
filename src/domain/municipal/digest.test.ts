import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeExchangeYouth, makeStoredFile } from '../../../test/factories/exchange'
import { makeStoredFileV2 } from '../../../test/factories/exchange-v2'
import { addDaysIso } from '../dates'
import type { Status } from '../types'
import { digestFile } from './digest'
import { buildMunicipalOverview, type MunicipalOverview } from './overview'
import { overviewPlan } from './overview-plan'
import type { FileScope, Selection, StoredExchangeFile } from './types'

/*
 * Issue 21 item 11: the screen reads every file's digest and the rows of the shown ronde (and
 * the one before it) only. These properties hold for any set of files: that overview equals
 * the one built from every file's rows, and the Trend's point for a ronde equals that ronde's
 * own Overzicht (worked out from its rows), like-for-like change and costs included.
 */

const SETTINGS = {
  rondeAnchorDate: '2026-02-15',
  rondeWeeks: 6,
  rondeWindowWeeks: 6,
  dailyTariffs: { gezinshuis: 250.55, 'open-residentieel': 480 },
}
const TODAY = '2026-12-01'
const ronde = (n: number) => addDaysIso('2026-02-15', n * 42)

// GM9999 is in no shipped list: its rows count for a jeugdregio by the name the file gives.
const CODES = ['GM0518', 'GM0344', 'GM9999'] as const
const SCOPES: FileScope[] = [
  { kind: 'all', name: 'Alle gemeenten' },
  { kind: 'gemeente', code: 'GM0518', name: "'s-Gravenhage" },
  { kind: 'gemeente', code: 'GM0344', name: 'Utrecht' },
  { kind: 'regio', name: 'Haaglanden' },
]
const SELECTIONS: Selection[] = [
  { kind: 'all' },
  { kind: 'gemeente', code: 'GM0518' },
  { kind: 'gemeente', code: 'GM0344' },
  { kind: 'regio', name: 'Haaglanden' },
]

const row = fc.record({
  ref: fc.integer({ min: 1, max: 6 }),
  code: fc.constantFrom(...CODES),
  wonen: fc.constantFrom<Status>('rood', 'oranje', 'groen', 'onbekend'),
  daysOverdue: fc.constantFrom(0, 0, 5, 31),
  arrangement: fc.constantFrom('gezinshuis', 'open-residentieel', 'kamertraining'),
})
const fileSpec = fc.record({
  provider: fc.constantFrom('Zorg A', 'Zorg B', 'Zorg C'),
  ronde: fc.integer({ min: 0, max: 5 }),
  daysBefore: fc.constantFrom(0, 3, 20),
  scope: fc.integer({ min: 0, max: SCOPES.length - 1 }),
  v2: fc.boolean(),
  // A file names a cliëntnummer once; two files of one provider may both name it.
  rows: fc.uniqueArray(row, { maxLength: 6, selector: (r) => r.ref }),
  leavers: fc.array(fc.record({ code: fc.constantFrom(...CODES), days: fc.nat(40) }), {
    maxLength: 2,
  }),
})

type FileSpec = typeof fileSpec extends fc.Arbitrary<infer T> ? T : never

function storedFile(spec: FileSpec): StoredExchangeFile {
  const youths = spec.rows.map((r) =>
    makeExchangeYouth({
      clientRef: `K-${String(r.ref)}`,
      municipalityCode: r.code,
      jeugdregio: r.code === 'GM9999' ? 'Haaglanden' : undefined,
      statuses: { wonen: r.wonen, school: 'groen', toekomstplan: 'nvt' },
      daysOverdue: r.daysOverdue,
      livingArrangement: r.arrangement as 'gezinshuis',
    }),
  )
  const options = {
    provider: spec.provider,
    peildatum: addDaysIso(ronde(spec.ronde), -spec.daysBefore),
    scope: SCOPES[spec.scope],
    youths: youths.map((y) => ({ ...y, jeugdregio: y.jeugdregio })),
  }
  return spec.v2
    ? makeStoredFileV2({
        ...options,
        leavers: spec.leavers.map((l) => ({
          municipalityCode: l.code,
          daysOverdueInPeriod: l.days,
        })),
      })
    : makeStoredFile(options)
}

/** Files of one load: a later file with the same key replaces the earlier one. */
function filesOf(specs: FileSpec[]): StoredExchangeFile[] {
  return [...new Map(specs.map(storedFile).map((f) => [f.key, f])).values()]
}

function build(
  files: StoredExchangeFile[],
  rondeDate: string | null,
  selection: Selection,
  digests?: ReturnType<typeof digestFile>[],
): MunicipalOverview {
  return buildMunicipalOverview({
    files,
    digests,
    rondeDate,
    settings: SETTINGS,
    selection,
    agreements: [],
    today: TODAY,
  })
}

const cents = (n: number) => Math.round(n * 100)

const scenario = fc.record({
  specs: fc.array(fileSpec, { minLength: 1, maxLength: 14 }),
  ronde: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  selection: fc.constantFrom(...SELECTIONS),
})

describe('opening the Gemeente-overzicht from digests and one ronde of rows', () => {
  it('shows every figure on every tab exactly as when every file is read whole', () => {
    fc.assert(
      fc.property(scenario, ({ specs, ronde: n, selection }) => {
        const files = filesOf(specs)
        const digests = files.map(digestFile)
        const rondeDate = n === null ? null : ronde(n)
        const { wholeKeys } = overviewPlan(digests, rondeDate, SETTINGS)
        const read = files.filter((f) => wholeKeys.includes(f.key))
        expect(build(read, rondeDate, selection, digests)).toEqual(
          build(files, rondeDate, selection),
        )
      }),
      { numRuns: 150 },
    )
  })

  it("gives each ronde of the Trend the figures of that ronde's own Overzicht", () => {
    fc.assert(
      fc.property(scenario, ({ specs, ronde: n, selection }) => {
        const files = filesOf(specs)
        const shown = build(files, n === null ? null : ronde(n), selection)
        shown.trend.rondes.forEach((date, i) => {
          const own = build(files, date, selection)
          const point = shown.trend.combined[i]
          expect(point?.placed).toBe(own.figures.placed)
          expect(point?.totalStatus).toEqual(own.figures.totalStatus)
          expect(point?.providers).toBe(own.providers.length)
          expect(point?.missing).toBe(own.missing.length)
          const perProvider = own.money?.perProvider ?? []
          const period = perProvider.some((p) => p.costInPeriod === null)
            ? null
            : perProvider.reduce((sum, p) => sum + cents(p.costInPeriod ?? 0), 0)
          expect(point?.costs).toEqual({
            cost: perProvider.reduce((sum, p) => sum + cents(p.cost), 0) / 100,
            costInPeriod: period === null ? null : period / 100,
          })
          for (const p of own.perProvider) {
            const line = shown.trend.perProvider.find((l) => l.providerKey === p.providerKey)
            expect(line?.points[i]).toEqual({
              peildatum: p.peildatum,
              placed: p.placed,
              totalStatus: p.totalStatus,
            })
          }
          // "Sinds de vorige ronde" is the Overzicht's like-for-like change.
          const since = point?.sincePrevious ?? null
          expect(since === null).toBe(i === 0)
          if (since && own.change) {
            expect(since.common).toEqual(own.change.common)
            expect(since.placed).toBe(
              own.change.now.figures.placed - own.change.before.figures.placed,
            )
          }
        })
      }),
      { numRuns: 60 },
    )
  })

  it('counts "rood sinds N rondes" as the rondes of rows would, a missing ronde breaking it', () => {
    fc.assert(
      fc.property(scenario, ({ specs, ronde: n }) => {
        const files = filesOf(specs)
        const shown = build(files, n === null ? null : ronde(n), { kind: 'all' })
        const rondes = shown.trend.rondes.map((date) => build(files, date, { kind: 'all' }))
        for (const youth of shown.youths) {
          if (youth.row.totalStatus !== 'rood') {
            expect(youth.redSinceRondes).toBe(0)
            continue
          }
          let streak = 0
          for (let i = rondes.length - 1; i >= 0; i--) {
            const rood = (rondes[i] as MunicipalOverview).youths.some(
              (y) =>
                y.providerKey === youth.providerKey &&
                y.row.clientRef === youth.row.clientRef &&
                y.row.totalStatus === 'rood',
            )
            // A provider without a file in a ronde breaks the streak (no rows, so not rood).
            if (!rood) break
            streak++
          }
          expect(youth.redSinceRondes).toBe(streak)
        }
      }),
      { numRuns: 60 },
    )
  })
})
