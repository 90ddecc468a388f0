import { addDaysIso } from '../../src/domain/dates'
import type {
  ExchangeFileV2,
  ExchangeLeaver,
  ExchangeYouthV2,
} from '../../src/domain/exchange/exchange-schema-v2'
import type { ExchangeYouthV1 } from '../../src/domain/exchange/exchange-schema'
import { municipalitySummaries } from '../../src/domain/exchange/municipality-summaries'
import { toStoredFile } from '../../src/domain/municipal/identity'
import type { StoredExchangeFile } from '../../src/domain/municipal/types'
import { jeugdregioOf } from '../../src/domain/municipalities'
import { makeExchangeFile, type ExchangeFileOptions } from './exchange'

export const TEST_PROVIDER_ID = '0b6c1c5e-8d3a-4f7e-9a41-2c5d8e7f9a10'

export interface ExchangeFileV2Options extends Omit<ExchangeFileOptions, 'outflows' | 'inflow'> {
  /** Youths who left in the period: gemeente, bestemming and reden at least. */
  leavers?: (Partial<ExchangeLeaver> & Pick<ExchangeLeaver, 'municipalityCode'>)[]
  /** The gemeente of each instroom in the period. */
  inflowCodes?: string[]
  providerId?: string
}

const monthAfter = (date: string, months: number) => {
  const m = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months
  return `${String(Math.floor(m / 12))}-${String((m % 12) + 1).padStart(2, '0')}`
}

/**
 * A row as version 2 writes it: the month of turning 18 fits the age (and `within6Months`),
 * as the reader checks.
 */
function v2Row(row: ExchangeYouthV1, peildatum: string, within6: boolean): ExchangeYouthV2 {
  const monthsTo18 = within6 ? 3 : row.age === 17 ? 9 : (18 - row.age) * 12 - 6
  return {
    ...row,
    turns18Month: monthAfter(peildatum, monthsTo18),
    eighteenWithinMonths: within6 ? 6 : row.age === 17 ? 12 : null,
    ageAtPlacement: Math.max(0, row.age - Math.floor(row.lengthOfStayDays / 365)),
    daysOverdueInPeriod: Math.min(row.daysOverdue, 42),
  }
}

/** A valid version-2 uitwisselbestand: summary, per-gemeente summaries and rows agree. */
export function makeExchangeFileV2(options: ExchangeFileV2Options = {}): ExchangeFileV2 {
  const leavers: ExchangeLeaver[] = (options.leavers ?? []).map((l, i) => ({
    clientRef: `U-${String(i + 1)}`,
    jeugdregio: jeugdregioOf(l.municipalityCode) ?? '',
    livingArrangement: 'gezinshuis',
    placementDate: '2025-01-10',
    ageAtPlacement: 15,
    endDate: addDaysIso(options.peildatum ?? '2026-03-29', -3),
    endReason: '01',
    destination: 'kamertraining',
    perspective: 'kamertraining',
    lengthOfStayDays: 400,
    expectedOutflowDate: null,
    daysOverdueInPeriod: 0,
    previousTotalStatus: 'groen',
    ...l,
  }))
  const inflowCodes = options.inflowCodes ?? []
  const v1 = makeExchangeFile({
    ...options,
    outflows: leavers.map((l) => ({ destination: l.destination, reason: l.endReason })),
    inflow: inflowCodes.length,
  })
  const within6 = options.within6Months ?? (() => false)
  const youths = v1.youths.map((row) => v2Row(row, v1.period.peildatum, within6(row)))
  return {
    ...v1,
    version: 2,
    createdAt: `${addDaysIso(v1.period.peildatum, 1)}T09:00:00.000Z`,
    provider: { name: v1.provider.name, id: options.providerId ?? TEST_PROVIDER_ID },
    youths,
    municipalities: municipalitySummaries({
      current: youths,
      previous: options.previousRows ?? [],
      previousPreconditionIds: v1.preconditions.map((p) => p.id),
      inflowCodes,
      leavers,
    }),
    leavers,
    agreements: [],
  }
}

/** A version-2 file as the Gemeente-overzicht stores it. */
export function makeStoredFileV2(options: ExchangeFileV2Options = {}): StoredExchangeFile {
  const file = makeExchangeFileV2(options)
  return toStoredFile(file, `${file.provider.name}.json`, `${file.period.peildatum}T13:00:00.000Z`)
}
