import { addDaysIso, daysBetween } from '../../src/domain/dates'
import type { ExchangeYouth } from '../../src/domain/exchange/exchange-schema-v2'
import type { FileScope, RondeSettings } from '../../src/domain/municipal'
import { MUNICIPALITIES, municipalityName } from '../../src/domain/municipalities'
import { createRandom, type Random } from '../../src/domain/sample-data/random'
import { severity } from '../../src/domain/statuses'
import {
  DESTINATIONS,
  END_REASONS,
  LIVING_ARRANGEMENTS,
  OWNERS,
  type Destination,
  type EndReason,
  type IsoDate,
  type LivingArrangement,
  type Status,
} from '../../src/domain/types'
import { makeExchangeFile, makeExchangeYouth } from '../factories/exchange'

/**
 * Uitwisselbestanden for the Gemeente-overzicht benchmark: 60 fictitious providers over 12
 * rondes of six weeks, about `rowsPerRonde` youth rows per ronde in total. Deterministic.
 * Youths keep their cliëntnummer across rondes, statuses drift, some leave and others come,
 * peildata differ per provider, a few providers skip a ronde (ontbreekt), and every tenth
 * provider delivers one all-gemeenten file (so summaries are n.b. for a single gemeente).
 */
export const BENCH_PROVIDERS = 60
export const BENCH_RONDES = 12
export const BENCH_LAST_RONDE: IsoDate = '2026-11-15'

export const benchRondeSettings: RondeSettings = {
  rondeAnchorDate: BENCH_LAST_RONDE,
  rondeWeeks: 6,
  rondeWindowWeeks: 6,
}

export const benchRondeDates: IsoDate[] = Array.from({ length: BENCH_RONDES }, (_, i) =>
  addDaysIso(BENCH_LAST_RONDE, (i - BENCH_RONDES + 1) * 42),
)

const STATUS_WEIGHTS: readonly (readonly [Status, number])[] = [
  ['groen', 35],
  ['oranje', 30],
  ['rood', 20],
  ['onbekend', 15],
]
const CODES: Record<string, readonly string[]> = {
  wonen: ['WON-1', 'WON-2', 'WON-3', 'WON-4'],
  school: ['SCH-1', 'SCH-2'],
  toekomstplan: ['INK-1', 'INK-3', 'ZRG-1'],
  'eigen-dagritme': ['OVR'],
}
const STANDARD = [
  { id: 'wonen', name: 'Wonen' },
  { id: 'school', name: 'School & dagbesteding' },
  { id: 'toekomstplan', name: 'Toekomstplan 18+' },
]
const OWN = { id: 'eigen-dagritme', name: 'Dagritme & vrije tijd' }

/** The knelpuntcodes of a generated row per randvoorwaarde, for its file's summary. */
const codesOf = new WeakMap<ExchangeYouth, Record<string, readonly string[]>>()

interface BenchYouth {
  ref: string
  code: string
  jeugdregio: string
  age: number
  placement: IsoDate
  expected: IsoDate | null
  arrangement: LivingArrangement
  perspective: Destination | null
  statuses: Record<string, Status>
}

/** Gemeenten per jeugdregio, from the shipped list. */
function regions(): [string, string[]][] {
  const map = new Map<string, string[]>()
  for (const m of MUNICIPALITIES) {
    if (!m.jeugdregio) continue
    map.set(m.jeugdregio, [...(map.get(m.jeugdregio) ?? []), m.code])
  }
  return [...map].sort((a, b) => a[0].localeCompare(b[0], 'nl'))
}

class BenchProvider {
  readonly name: string
  readonly scope: FileScope
  readonly places: { code: string; jeugdregio: string }[]
  readonly preconditions: { id: string; name: string }[]
  readonly offsetDays: number
  private readonly random: Random
  private youths: BenchYouth[] = []
  private previous: Map<string, ExchangeYouth> = new Map()
  private previousEnd: IsoDate
  private number = 0

  constructor(
    readonly index: number,
    readonly size: number,
    regionList: [string, string[]][],
  ) {
    this.random = createRandom(77_000 + index * 7919)
    this.name = `Bench Aanbieder ${String(index + 1).padStart(2, '0')} (fictief)`
    const [regio, codes] = regionList[(index * 7) % regionList.length] as [string, string[]]
    const home = codes[index % codes.length] as string
    if (index % 10 === 0) {
      this.scope = { kind: 'all', name: 'Alle gemeenten' }
      this.places = [0, 1, 2].flatMap((k) => {
        const [name, list] = regionList[(index * 7 + k * 5) % regionList.length] as [
          string,
          string[],
        ]
        return list.map((code) => ({ code, jeugdregio: name }))
      })
    } else if (index % 3 === 0) {
      this.scope = { kind: 'regio', name: regio }
      this.places = codes.map((code) => ({ code, jeugdregio: regio }))
    } else {
      this.scope = { kind: 'gemeente', code: home, name: municipalityName(home) }
      this.places = [{ code: home, jeugdregio: regio }]
    }
    this.preconditions = index % 4 === 1 ? [...STANDARD, OWN] : STANDARD
    this.offsetDays = (index * 3) % 14
    const first = this.peildatum(0)
    this.previousEnd = addDaysIso(first, -42)
    for (let i = 0; i < size; i++) this.youths.push(this.newYouth(this.previousEnd, true))
  }

  peildatum(ronde: number): IsoDate {
    return addDaysIso(benchRondeDates[ronde] as IsoDate, -this.offsetDays)
  }

  /** Every provider delivers, except a few in a few rondes. */
  skips(ronde: number): boolean {
    return (this.index * 5 + ronde) % 29 === 0
  }

  private newYouth(before: IsoDate, old: boolean): BenchYouth {
    const r = this.random
    const place = r.pick(this.places)
    const placement = addDaysIso(before, -r.int(1, old ? 1200 : 40))
    const statuses: Record<string, Status> = {}
    for (const p of this.preconditions) statuses[p.id] = r.weighted(STATUS_WEIGHTS)
    this.number++
    return {
      ref: `B${String(this.index + 1).padStart(2, '0')}-${String(this.number).padStart(5, '0')}`,
      code: place.code,
      jeugdregio: place.jeugdregio,
      age: r.int(12, 17),
      placement,
      expected: r.chance(0.85) ? addDaysIso(placement, r.int(180, 900)) : null,
      arrangement: r.pick(LIVING_ARRANGEMENTS),
      perspective: r.chance(0.8) ? r.pick(DESTINATIONS) : null,
      statuses,
    }
  }

  private row(y: BenchYouth, peildatum: IsoDate, ronde: number): ExchangeYouth {
    const r = this.random
    const age = Math.min(23, y.age + Math.floor((ronde * 42) / 365))
    const statuses: Record<string, Status> = {}
    const reasonCodes: string[] = []
    const codesByPrecondition: Record<string, string[]> = {}
    const actions: ExchangeYouth['actions'] = []
    for (const [id, status] of Object.entries(y.statuses)) {
      const shown = id === 'toekomstplan' && age < 16 ? 'nvt' : status
      statuses[id] = shown
      if (shown === 'rood' || shown === 'oranje') {
        const code = r.pick(CODES[id] ?? ['OVR'])
        reasonCodes.push(code)
        codesByPrecondition[id] = [code]
      }
      if (shown === 'rood') {
        actions.push({
          preconditionId: id,
          status: shown,
          action: `Vervolgstap ${id} regelen`,
          owner: r.pick(OWNERS),
          dueDate: addDaysIso(peildatum, r.int(-60, 90)),
        })
      }
    }
    const before = this.previous.get(y.ref)
    const row = makeExchangeYouth({
      clientRef: y.ref,
      municipalityCode: y.code,
      jeugdregio: y.jeugdregio,
      age,
      livingArrangement: y.arrangement,
      placementDate: y.placement,
      lengthOfStayDays: Math.max(0, daysBetween(y.placement, peildatum)),
      expectedOutflowDate: y.expected,
      daysOverdue: y.expected && y.expected < peildatum ? daysBetween(y.expected, peildatum) : 0,
      perspective: y.perspective,
      statuses,
      reasonCodes,
      actions,
      previousTotalStatus: before?.totalStatus ?? null,
    })
    const change = !before
      ? 'nieuw'
      : severity(row.totalStatus) > severity(before.totalStatus)
        ? 'slechter'
        : severity(row.totalStatus) < severity(before.totalStatus)
          ? 'beter'
          : 'gelijk'
    const result = { ...row, change } as const
    codesOf.set(result, codesByPrecondition)
    return result
  }

  /** One period: some leave, others come, statuses drift; the file unless this ronde is skipped. */
  ronde(ronde: number) {
    const r = this.random
    const peildatum = this.peildatum(ronde)
    const outflows: { destination: Destination; reason: EndReason }[] = []
    const staying: BenchYouth[] = []
    for (const y of this.youths) {
      if (r.chance(0.07))
        outflows.push({ destination: r.pick(DESTINATIONS), reason: r.pick(END_REASONS) })
      else staying.push(y)
    }
    const inflow = this.size - staying.length
    for (let i = 0; i < inflow; i++) staying.push(this.newYouth(peildatum, false))
    for (const y of staying) {
      for (const id of Object.keys(y.statuses)) {
        if (r.chance(0.15)) y.statuses[id] = r.weighted(STATUS_WEIGHTS)
      }
    }
    this.youths = staying
    const rows = staying.map((y) => this.row(y, peildatum, ronde))
    const order = { rood: 0, oranje: 1, onbekend: 2, groen: 3 }
    rows.sort((a, b) => order[a.totalStatus] - order[b.totalStatus])
    const file = this.skips(ronde)
      ? null
      : makeExchangeFile({
          provider: this.name,
          scope: this.scope,
          peildatum,
          previousPeildatum: this.previousEnd,
          preconditions: this.preconditions,
          signals:
            ronde % 3 === this.index % 3 ? `Signaal van ${this.name} in ronde ${ronde + 1}.` : '',
          youths: rows,
          previousRows: [...this.previous.values()],
          outflows,
          inflow,
          // Which randvoorwaarde each code belongs to is known here; working it out is slow.
          codesByPrecondition: (row) => codesOf.get(row) ?? {},
          within6Months: (row) => row.age === 17 && row.clientRef.endsWith('0'),
        })
    this.previous = new Map(rows.map((row) => [row.clientRef, row]))
    this.previousEnd = peildatum
    return file
  }
}

/** The providers with their sizes: some large, most small, together `rowsPerRonde`. */
function benchProviders(rowsPerRonde: number): BenchProvider[] {
  const weights = Array.from({ length: BENCH_PROVIDERS }, (_, i) => 1 + ((i * 37) % 5))
  const total = weights.reduce((a, b) => a + b, 0)
  const regionList = regions()
  return weights.map(
    (w, i) => new BenchProvider(i, Math.max(1, Math.round((rowsPerRonde * w) / total)), regionList),
  )
}

/**
 * The files ronde by ronde, oldest first, so a caller can store one ronde and let it go
 * before the next is made (50,000 rows per ronde × 12 would not fit comfortably at once).
 */
export function* benchRondeFiles(rowsPerRonde: number) {
  const providers = benchProviders(rowsPerRonde)
  for (let ronde = 0; ronde < BENCH_RONDES; ronde++) {
    const files = providers.flatMap((p) => {
      const file = p.ronde(ronde)
      return file ? [{ fileName: `${p.name} ${p.peildatum(ronde)}.json`, file }] : []
    })
    yield { ronde: benchRondeDates[ronde] as IsoDate, files }
  }
}
