import type { Report } from '../report/build-report'
import type { RowExtras } from '../report/exchange-parts'
import type { ReportYouthRow } from '../report/youth-rows'
import type { IsoTimestamp } from '../types'
import { EXCHANGE_FORMAT } from './exchange-schema'
import {
  EXCHANGE_VERSION_2,
  type AgreementProgress,
  type ExchangeFileV2,
  type ExchangeYouthV2,
} from './exchange-schema-v2'

export interface ExchangeOptions {
  /** The name of the report's scope (gemeente, jeugdregio, or the word for all). */
  scopeName: string
  /** Display names of the preconditions, by id. */
  preconditionNames: Record<string, string>
  /** The provider's Signalen for this period and scope. */
  signals: string
  /** Roepnaam/initialen only when the user explicitly asked for them. */
  includeNames: boolean
  createdAt: IsoTimestamp
  /** The board's provider key (a UUID, `provider.id`). */
  providerId: string
  /** The provider's progress on the afspraken it holds (issue 22); none by default. */
  agreements?: readonly AgreementProgress[]
}

/** A youth row without the app's internal id, and with the name only when asked for. */
function exchangeYouth(
  row: ReportYouthRow,
  extras: RowExtras,
  includeName: boolean,
): ExchangeYouthV2 {
  return {
    clientRef: row.clientRef,
    ...(includeName ? { displayName: row.displayName } : {}),
    municipalityCode: row.municipalityCode,
    jeugdregio: row.jeugdregio,
    age: row.age,
    livingArrangement: row.livingArrangement,
    placementDate: row.placementDate,
    lengthOfStayDays: row.lengthOfStayDays,
    expectedOutflowDate: row.expectedOutflowDate,
    daysOverdue: row.daysOverdue,
    perspective: row.perspective,
    statuses: row.statuses,
    totalStatus: row.totalStatus,
    reasonCodes: row.reasonCodes,
    actions: row.actions,
    change: row.change,
    previousTotalStatus: row.previousTotalStatus,
    turns18Month: extras.turns18Month,
    eighteenWithinMonths: extras.eighteenWithinMonths,
    ageAtPlacement: extras.ageAtPlacement,
    daysOverdueInPeriod: extras.daysOverdueInPeriod,
  }
}

/**
 * The report as an uitwisselbestand (always version 2): codes, not labels; pseudonymised rows.
 * Only a report built from the board has the parts version 2 needs.
 */
export function buildExchangeFile(report: Report, options: ExchangeOptions): ExchangeFileV2 {
  const { keyFigures: k, stoplight, bottlenecks, eighteenPlus, scope } = report
  const parts = report.exchange
  if (!parts) throw new Error('An uitwisselbestand is written from a report built on the board.')
  const names = options.includeNames
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION_2,
    createdAt: options.createdAt,
    provider: { name: report.providerName, id: options.providerId },
    scope:
      scope.kind === 'gemeente'
        ? { kind: 'gemeente', code: scope.code, name: options.scopeName }
        : { kind: scope.kind, name: options.scopeName },
    period: {
      start: report.period.start,
      end: report.period.end,
      peildatum: report.period.end,
      previousPeildatum: report.previousPeildatum,
      provisional: report.period.provisional,
    },
    preconditions: report.preconditions.map((p) => ({
      id: p.id,
      name: options.preconditionNames[p.id] ?? p.id,
    })),
    includesNames: options.includeNames,
    signals: options.signals,
    summary: {
      placed: k.placed,
      placedPrevious: k.placedPrevious,
      inflow: k.inflow,
      outflow: k.outflow,
      outflowByDestination: k.outflowByDestination,
      outflowByReason: k.outflowByReason,
      lengthOfStay: {
        meanDays: k.lengthOfStay.meanDays,
        medianDays: k.lengthOfStay.medianDays,
        under1Year: k.lengthOfStay.bands.under1,
        from1To2Years: k.lengthOfStay.bands.from1to2,
        over2Years: k.lengthOfStay.bands.over2,
      },
      overdue: k.overdue,
      totalStatus: stoplight.total,
      perPrecondition: stoplight.perPrecondition,
      change: stoplight.change,
      bottlenecks,
      eighteenPlus: eighteenPlus.windows,
    },
    youths: report.youths.map((row) =>
      exchangeYouth(row, parts.rows.get(row.youthId) as RowExtras, names),
    ),
    municipalities: parts.municipalities,
    leavers: parts.leavers.map(({ displayName, ...leaver }) =>
      names ? { ...leaver, displayName } : leaver,
    ),
    agreements: [...(options.agreements ?? [])],
  }
}
