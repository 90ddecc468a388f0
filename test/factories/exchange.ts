import type { ExchangeFile, ExchangeYouth } from '../../src/domain/exchange/exchange-schema-v2'
import { addDaysIso } from '../../src/domain/dates'
import { toStoredFile } from '../../src/domain/municipal/identity'
import { summaryFromRows, type SummaryFacts } from '../../src/domain/sample-data/municipal/summary'
import type { FileScope, StoredExchangeFile } from '../../src/domain/municipal/types'
import { jeugdregioOf } from '../../src/domain/municipalities'
import { totalStatus } from '../../src/domain/total-status'
import type { IsoDate } from '../../src/domain/types'

/**
 * A valid uitwisselbestand row, with overrides. The totaalstatus follows the statuses unless
 * given, and the jeugdregio follows the gemeente.
 */
export function makeExchangeYouth(overrides: Partial<ExchangeYouth> = {}): ExchangeYouth {
  const statuses = overrides.statuses ?? { wonen: 'groen', school: 'groen', toekomstplan: 'nvt' }
  const municipalityCode = overrides.municipalityCode ?? 'GM0518'
  return {
    clientRef: 'C-001',
    municipalityCode,
    jeugdregio: jeugdregioOf(municipalityCode) ?? 'Haaglanden',
    age: 15,
    livingArrangement: 'gezinshuis',
    placementDate: '2025-06-01',
    lengthOfStayDays: 300,
    expectedOutflowDate: null,
    daysOverdue: 0,
    perspective: 'kamertraining',
    statuses,
    totalStatus: totalStatus(Object.values(statuses)),
    reasonCodes: [],
    actions: [],
    change: 'gelijk',
    previousTotalStatus: overrides.totalStatus ?? totalStatus(Object.values(statuses)),
    ...overrides,
  }
}

export interface ExchangeFileOptions extends Partial<
  Omit<SummaryFacts, 'period' | 'preconditionIds'>
> {
  provider?: string
  scope?: FileScope
  peildatum?: IsoDate
  previousPeildatum?: IsoDate
  preconditions?: { id: string; name: string }[]
  signals?: string
  youths?: ExchangeYouth[]
  /** Replaces parts of the summary worked out from the rows. */
  summary?: Partial<ExchangeFile['summary']>
}

const STANDARD = [
  { id: 'wonen', name: 'Wonen' },
  { id: 'school', name: 'School & dagbesteding' },
  { id: 'toekomstplan', name: 'Toekomstplan 18+' },
]

/** A valid version-1 uitwisselbestand whose summary agrees with its rows. */
export function makeExchangeFile(options: ExchangeFileOptions = {}): ExchangeFile {
  const peildatum = options.peildatum ?? '2026-03-29'
  const previousPeildatum = options.previousPeildatum ?? addDaysIso(peildatum, -42)
  const start = addDaysIso(previousPeildatum, 1)
  const preconditions = options.preconditions ?? STANDARD
  const youths = options.youths ?? [makeExchangeYouth()]
  const summary = summaryFromRows(youths, {
    ...options,
    period: { start, end: peildatum },
    preconditionIds: preconditions.map((p) => p.id),
    previousRows: options.previousRows ?? [],
    outflows: options.outflows ?? [],
  })
  return {
    format: 'doorstroombord-uitwissel',
    version: 1,
    createdAt: `${peildatum}T12:00:00.000Z`,
    provider: { name: options.provider ?? 'Aanbieder A (test)' },
    scope: options.scope ?? { kind: 'gemeente', code: 'GM0518', name: "'s-Gravenhage" },
    period: { start, end: peildatum, peildatum, previousPeildatum, provisional: false },
    preconditions,
    includesNames: false,
    signals: options.signals ?? '',
    summary: { ...summary, ...options.summary },
    youths,
  }
}

/** A file as the Gemeente-overzicht stores it. */
export function makeStoredFile(options: ExchangeFileOptions = {}): StoredExchangeFile {
  const file = makeExchangeFile(options)
  return toStoredFile(file, `${file.provider.name}.json`, `${file.period.peildatum}T13:00:00.000Z`)
}
