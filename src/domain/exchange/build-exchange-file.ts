import type { Report } from '../report/build-report'
import type { ReportYouthRow } from '../report/youth-rows'
import type { IsoTimestamp } from '../types'
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeFile,
  type ExchangeYouth,
} from './exchange-schema'

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
}

/** A youth row without the app's internal id, and with the name only when asked for. */
function exchangeYouth(row: ReportYouthRow, includeName: boolean): ExchangeYouth {
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
  }
}

/** The report as an uitwisselbestand (version 1): codes, not labels; pseudonymised rows. */
export function buildExchangeFile(report: Report, options: ExchangeOptions): ExchangeFile {
  const { keyFigures: k, stoplight, bottlenecks, eighteenPlus, scope } = report
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    createdAt: options.createdAt,
    provider: { name: report.providerName },
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
    youths: report.youths.map((row) => exchangeYouth(row, options.includeNames)),
  }
}
