import { addDaysIso, turns18Within } from '../../dates'
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeFile,
  type ExchangeYouth,
} from '../../exchange/exchange-schema'
import { reportFileName } from '../../report/file-name'
import { createRandom, type Random } from '../random'
import type { IsoDate } from '../../types'
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
  ) {
    this.preconditions = [...STANDARD_PRECONDITIONS, ...provider.extraPreconditions]
    this.ids = this.preconditions.map((p) => p.id)
  }

  readonly nextNumber = () => ++this.number

  /** The rows on a peildatum: every youth placed then, compared with the rows before. */
  rowsOn(peildatum: IsoDate, previous: Map<string, ExchangeYouth> | null) {
    const rows = new Map<string, ExchangeYouth>()
    for (const y of this.youths) {
      if (y.placementDate > peildatum || (y.outflow && y.outflow.date <= peildatum)) continue
      rows.set(y.clientRef, sampleRow(y, peildatum, this.ids, previous?.get(y.clientRef)))
    }
    return rows
  }

  /** One file: the rows in the scope, with a summary worked out from them and the history. */
  file(
    scope: FileScope,
    period: Period,
    previous: { end: IsoDate; rows: Map<string, ExchangeYouth> },
    rows: Map<string, ExchangeYouth>,
    ronde: number,
  ): SampleFile {
    const sims = new Map(this.youths.map((y) => [y.clientRef, y]))
    const simOf = (row: ExchangeYouth) => sims.get(row.clientRef) as SimYouth
    const inScope = (place: { municipalityCode: string }) =>
      rowInSelection({ municipalityCode: place.municipalityCode, jeugdregio: '' }, scope)
    const inPeriod = (date: IsoDate) => date >= period.start && date <= period.end
    const youths = this.youths.filter(inScope)
    const fileRows = sortRedFirst([...rows.values()].filter(inScope))
    const summary = summaryFromRows(fileRows, {
      period,
      preconditionIds: this.ids,
      previousRows: [...previous.rows.values()].filter(inScope),
      outflows: youths.flatMap((y) => (y.outflow && inPeriod(y.outflow.date) ? [y.outflow] : [])),
      inflow: youths.filter((y) => inPeriod(y.placementDate)).length,
      within6Months: (row) => turns18Within(simOf(row).birthDate, period.end, 6),
      codesByPrecondition: (row) => sampleCodes(simOf(row), row),
    })
    const { provider } = this
    const file: ExchangeFile = {
      format: EXCHANGE_FORMAT,
      version: EXCHANGE_VERSION,
      // Two days after the peildatum, but never after the ronde (today, for the newest).
      createdAt: `${addDaysIso(period.end, Math.min(2, provider.offsetDays))}T09:30:00.000Z`,
      provider: { name: provider.name },
      scope,
      period: {
        ...period,
        peildatum: period.end,
        previousPeildatum: previous.end,
        provisional: false,
      },
      preconditions: this.preconditions,
      includesNames: false,
      signals: provider.signals[ronde % provider.signals.length] ?? '',
      summary,
      youths: fileRows,
    }
    return { fileName: fileName(provider.name, scope, period.end), file }
  }
}

/** All files of one provider: one per scope per period, except in the rondes it skips. */
function providerFiles(run: ProviderRun, rondes: readonly IsoDate[]): SampleFile[] {
  const { provider, random } = run
  const firstEnd = addDaysIso(rondes[0] as IsoDate, -provider.offsetDays - PERIOD_DAYS)
  for (let i = 0; i < provider.size; i++) {
    const placed = addDaysIso(firstEnd, -random.int(20, 900))
    run.youths.push(newYouth(random, provider, run.nextNumber(), placed, run.ids))
  }
  let previous = { end: firstEnd, rows: run.rowsOn(firstEnd, null) }
  const files: SampleFile[] = []
  rondes.forEach((ronde, index) => {
    const period = {
      start: addDaysIso(previous.end, 1),
      end: addDaysIso(ronde, -provider.offsetDays),
    }
    simulatePeriod(random, provider, run.youths, period, run.nextNumber, run.ids)
    const rows = run.rowsOn(period.end, previous.rows)
    if (!provider.skips.includes(index)) {
      for (const scope of provider.scopes)
        files.push(run.file(scope, period, previous, rows, index))
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
export function sampleExchangeFiles(lastRonde: IsoDate, seed = 20260329): SampleFile[] {
  const rondes = Array.from({ length: SAMPLE_RONDES }, (_, i) =>
    addDaysIso(lastRonde, (i - SAMPLE_RONDES + 1) * PERIOD_DAYS),
  )
  return SAMPLE_PROVIDERS.flatMap((provider, i) =>
    providerFiles(new ProviderRun(provider, createRandom(seed + i * 7919)), rondes),
  )
}
