import { addDaysIso, turns18Within } from '../../dates'
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeFileV1,
} from '../../exchange/exchange-schema'
import {
  EXCHANGE_VERSION_2,
  type ExchangeFile,
  type ExchangeFileV2,
  type ExchangeLeaver,
  type ExchangeYouthV2 as ExchangeYouth,
} from '../../exchange/exchange-schema-v2'
import { municipalitySummaries } from '../../exchange/municipality-summaries'
import { ageOn, lengthOfStayDays } from '../../dates'
import { jeugdregioOf } from '../../municipalities'
import { overdueDaysWithin } from '../../report/exchange-parts'
import { reportFileName } from '../../report/file-name'
import { createRandom, type Random } from '../random'
import type { IsoDate, IsoTimestamp } from '../../types'
import { sampleCodes, sampleRow, sortRedFirst } from './rows'
import { newYouth, simulatePeriod, type SimYouth } from './simulation'
import { summaryFromRows } from './summary'
import { SAMPLE_PROVIDERS, type SampleProvider } from './vocabulary'
import { rowInSelection } from '../../municipal/scope'
import type { FileScope, RondeSettings } from '../../municipal/types'

/** Rondes of sample files, six weeks apart, the last on the date asked for. */
export const SAMPLE_RONDES = 6
const PERIOD_DAYS = 42

export interface SampleFile {
  fileName: string
  file: ExchangeFile
}

/** A fixed fictitious provider key (UUID) per sample provider, from its own seed. */
function sampleProviderId(seed: number): string {
  const random = createRandom(seed)
  const hex = (n: number) =>
    Array.from({ length: n }, () => random.int(0, 15).toString(16)).join('')
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`
}

/**
 * The same file as version 1 wrote it: no provider key, no version 2 fields (for tests of how
 * older files are read).
 */
export function asVersion1(file: ExchangeFileV2): ExchangeFileV1 {
  const { municipalities: _m, leavers: _l, agreements: _a, provider, youths, ...rest } = file
  return {
    ...rest,
    version: EXCHANGE_VERSION,
    provider: { name: provider.name },
    youths: youths.map(
      ({
        turns18Month: _t,
        eighteenWithinMonths: _e,
        ageAtPlacement: _p,
        daysOverdueInPeriod: _d,
        ...row
      }) => row,
    ),
  }
}

/** Ronde settings under which the sample files fall in their rondes. */
export function sampleRondeSettings(lastRonde: IsoDate): RondeSettings {
  return { rondeAnchorDate: lastRonde, rondeWeeks: 6, rondeWindowWeeks: 6 }
}

const STANDARD_PRECONDITIONS = [
  { id: 'wonen', name: 'Wonen' },
  { id: 'school', name: 'School & dagbesteding' },
  { id: 'toekomstplan', name: 'Toekomstplan 18+' },
]

/** As the Rapportage screen names it: Uitwisselbestand_<aanbieder>_<scope>_peildatum-<date>.json */
function fileName(provider: string, scope: FileScope, peildatum: IsoDate): string {
  const scopePart =
    scope.kind === 'all'
      ? 'alle-gemeenten'
      : scope.kind === 'regio'
        ? `regio ${scope.name}`
        : scope.name
  return reportFileName({
    prefix: 'Uitwisselbestand',
    provider,
    scope: scopePart,
    peildatum,
    extension: 'json',
  })
}

interface Period {
  start: IsoDate
  end: IsoDate
}

/** The state of one provider's fictitious history while its periods are simulated. */
class ProviderRun {
  readonly preconditions: { id: string; name: string }[]
  readonly ids: string[]
  readonly youths: SimYouth[] = []
  private number = 0

  constructor(
    readonly provider: SampleProvider,
    readonly random: Random,
    readonly providerId: string,
  ) {
    this.preconditions = [...STANDARD_PRECONDITIONS, ...provider.extraPreconditions]
    this.ids = this.preconditions.map((p) => p.id)
  }

  readonly nextNumber = () => ++this.number

  /** The rows on a peildatum: every youth placed then, compared with the rows before. */
  rowsOn(period: Period, previous: Map<string, ExchangeYouth> | null) {
    const peildatum = period.end
    const rows = new Map<string, ExchangeYouth>()
    for (const y of this.youths) {
      if (y.placementDate > peildatum || (y.outflow && y.outflow.date <= peildatum)) continue
      rows.set(y.clientRef, sampleRow(y, period, this.ids, previous?.get(y.clientRef)))
    }
    return rows
  }

  /** The youths in `youths` who left within the period, as leaver rows. */
  leavers(youths: readonly SimYouth[], period: Period, previous: Map<string, ExchangeYouth>) {
    const result: ExchangeLeaver[] = []
    for (const y of youths) {
      const out = y.outflow
      if (!out || out.date < period.start || out.date > period.end) continue
      result.push({
        clientRef: y.clientRef,
        municipalityCode: y.municipalityCode,
        jeugdregio: jeugdregioOf(y.municipalityCode) ?? '',
        livingArrangement: y.livingArrangement,
        placementDate: y.placementDate,
        ageAtPlacement: ageOn(y.birthDate, y.placementDate),
        endDate: out.date,
        endReason: out.reason,
        destination: out.destination,
        perspective: y.perspective,
        lengthOfStayDays: lengthOfStayDays(y.placementDate, out.date),
        expectedOutflowDate: y.expectedOutflowDate,
        daysOverdueInPeriod: overdueDaysWithin(y.expectedOutflowDate, period.start, out.date),
        previousTotalStatus: previous.get(y.clientRef)?.totalStatus ?? null,
      })
    }
    return result
  }

  /** One file: the rows in the scope, with a summary worked out from them and the history. */
  file(
    scope: FileScope,
    period: Period,
    previous: { end: IsoDate; rows: Map<string, ExchangeYouth> },
    rows: Map<string, ExchangeYouth>,
    ronde: number,
    lastRonde: IsoDate,
    now: IsoTimestamp | undefined,
  ): SampleFile {
    const sims = new Map(this.youths.map((y) => [y.clientRef, y]))
    const simOf = (row: { clientRef: string }) => sims.get(row.clientRef) as SimYouth
    const inScope = (place: { municipalityCode: string }) =>
      rowInSelection({ municipalityCode: place.municipalityCode, jeugdregio: '' }, scope)
    const inPeriod = (date: IsoDate) => date >= period.start && date <= period.end
    const youths = this.youths.filter(inScope)
    const fileRows = sortRedFirst([...rows.values()].filter(inScope))
    const previousRows = [...previous.rows.values()].filter(inScope)
    const leavers = this.leavers(youths, period, previous.rows)
    const inflowCodes = youths
      .filter((y) => inPeriod(y.placementDate))
      .map((y) => y.municipalityCode)
    const summary = summaryFromRows(fileRows, {
      period,
      preconditionIds: this.ids,
      previousRows,
      outflows: leavers.map((l) => ({ destination: l.destination, reason: l.endReason })),
      inflow: inflowCodes.length,
      within6Months: (row) => turns18Within(simOf(row).birthDate, period.end, 6),
      codesByPrecondition: (row) => sampleCodes(simOf(row), row),
    })
    const { provider } = this
    // A day or two after the peildatum, but never after the last ronde (today, at the most):
    // a file made on its own peildatum is voorlopig, as the board would make it.
    const created = addDaysIso(period.end, Math.max(1, Math.min(2, provider.offsetDays)))
    const createdOn = created > lastRonde ? lastRonde : created
    // …and never later than the moment the files are made, so "Gemaakt op" is never ahead.
    const createdAt = `${createdOn}T09:30:00.000Z`
    const file: ExchangeFileV2 = {
      format: EXCHANGE_FORMAT,
      version: EXCHANGE_VERSION_2,
      createdAt: now !== undefined && now < createdAt ? now : createdAt,
      provider: { name: provider.name, id: this.providerId },
      scope,
      period: {
        ...period,
        peildatum: period.end,
        previousPeildatum: previous.end,
        provisional: createdOn <= period.end,
      },
      preconditions: this.preconditions,
      includesNames: false,
      signals: provider.signals[ronde % provider.signals.length] ?? '',
      summary,
      youths: fileRows,
      municipalities: municipalitySummaries({
        current: fileRows,
        previous: previousRows,
        previousPreconditionIds: this.ids,
        inflowCodes,
        leavers,
      }),
      leavers,
      agreements: [],
    }
    return { fileName: fileName(provider.name, scope, period.end), file }
  }
}

/** All files of one provider: one per scope per period, except in the rondes it skips. */
function providerFiles(
  run: ProviderRun,
  rondes: readonly IsoDate[],
  now: IsoTimestamp | undefined,
): SampleFile[] {
  const { provider, random } = run
  const firstEnd = addDaysIso(rondes[0] as IsoDate, -provider.offsetDays - PERIOD_DAYS)
  for (let i = 0; i < provider.size; i++) {
    const placed = addDaysIso(firstEnd, -random.int(20, 900))
    run.youths.push(newYouth(random, provider, run.nextNumber(), placed, run.ids))
  }
  let previous = {
    end: firstEnd,
    rows: run.rowsOn({ start: addDaysIso(firstEnd, 1 - PERIOD_DAYS), end: firstEnd }, null),
  }
  const files: SampleFile[] = []
  rondes.forEach((ronde, index) => {
    const period = {
      start: addDaysIso(previous.end, 1),
      end: addDaysIso(ronde, -provider.offsetDays),
    }
    simulatePeriod(random, provider, run.youths, period, run.nextNumber, run.ids)
    const rows = run.rowsOn(period, previous.rows)
    if (!provider.skips.includes(index)) {
      for (const scope of provider.scopes)
        files.push(run.file(scope, period, previous, rows, index, rondes.at(-1) as IsoDate, now))
    }
    previous = { end: period.end, rows }
  })
  return files
}

/**
 * Fictitious uitwisselbestanden for *Voorbeeldbestanden laden*: eight providers over six
 * rondes of six weeks ending on `lastRonde`, with the irregularities of real life — providers
 * that skip a ronde, peildata that differ per provider, a provider's own randvoorwaarde, an
 * all-gemeenten file, two files of one provider, and one provider far worse than the rest.
 * Youths keep their cliëntnummer from file to file. Deterministic: the same date gives the
 * same files. Never real people: pseudonyms only, no names, no BSN.
 */
export function sampleExchangeFiles(lastRonde: IsoDate, now?: IsoTimestamp): SampleFile[] {
  const seed = 20260329
  const rondes = Array.from({ length: SAMPLE_RONDES }, (_, i) =>
    addDaysIso(lastRonde, (i - SAMPLE_RONDES + 1) * PERIOD_DAYS),
  )
  return SAMPLE_PROVIDERS.flatMap((provider, i) =>
    providerFiles(
      new ProviderRun(provider, createRandom(seed + i * 7919), sampleProviderId(seed - i - 1)),
      rondes,
      now,
    ),
  )
}
