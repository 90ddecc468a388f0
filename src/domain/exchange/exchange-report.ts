import { BUILTIN_PRECONDITION_IDS } from '../preconditions'
import type { Report } from '../report/build-report'
import type { ReportScope } from '../report/scope'
import type { PreconditionDef, Settings } from '../types'
import type { ExchangeFile, ExchangeYouth } from './exchange-schema-v2'
import type { ReportYouthRow } from '../report/youth-rows'

const BUILTIN = new Set<string>(BUILTIN_PRECONDITION_IDS)

function reportScope(scope: ExchangeFile['scope']): ReportScope {
  switch (scope.kind) {
    case 'all':
      return { kind: 'all' }
    case 'gemeente':
      return { kind: 'gemeente', code: scope.code }
    case 'regio':
      return { kind: 'regio', name: scope.name }
  }
}

/**
 * A standard randvoorwaarde keeps no name, so it shows in the reader's language; a provider's
 * own one shows the provider's name. Criteria are not in the file: the built-in ones (or none).
 */
function preconditionDef(p: ExchangeFile['preconditions'][number]): PreconditionDef {
  const builtin = BUILTIN.has(p.id)
  return { id: p.id, name: builtin ? null : p.name, enabled: true, builtin, criteria: null }
}

function youthRow(y: ExchangeYouth): ReportYouthRow {
  return {
    // The file has no internal id; the cliëntnummer is unique within one file.
    youthId: y.clientRef,
    clientRef: y.clientRef,
    displayName: y.displayName ?? '',
    municipalityCode: y.municipalityCode,
    jeugdregio: y.jeugdregio,
    age: y.age,
    livingArrangement: y.livingArrangement,
    placementDate: y.placementDate,
    lengthOfStayDays: y.lengthOfStayDays,
    expectedOutflowDate: y.expectedOutflowDate,
    daysOverdue: y.daysOverdue,
    perspective: y.perspective,
    statuses: y.statuses,
    totalStatus: y.totalStatus,
    reasonCodes: y.reasonCodes,
    actions: y.actions,
    change: y.change,
    previousTotalStatus: y.previousTotalStatus,
  }
}

/**
 * A provider's report read back from its uitwisselbestand, so the Gemeente-overzicht shows it
 * with the Rapportage's own components. Every figure is the file's own. What the file does not
 * hold stays empty rather than guessed: the list of youths turning 18 (the file has ages, not
 * birth months) is left out. `base` gives the reader's knelpuntcode labels and rules.
 */
export function reportFromExchangeFile(file: ExchangeFile, base: Settings): Report {
  const s = file.summary
  const preconditions = file.preconditions.map(preconditionDef)
  return {
    period: {
      index: 0,
      start: file.period.start,
      end: file.period.end,
      provisional: file.period.provisional,
    },
    previousPeildatum: file.period.previousPeildatum,
    scope: reportScope(file.scope),
    providerName: file.provider.name,
    createdAt: file.createdAt,
    preconditions,
    settings: { ...base, providerName: file.provider.name, preconditions },
    keyFigures: {
      placed: s.placed,
      placedPrevious: s.placedPrevious,
      inflow: s.inflow,
      outflow: s.outflow,
      outflowByDestination: s.outflowByDestination,
      outflowByReason: s.outflowByReason,
      lengthOfStay: {
        meanDays: s.lengthOfStay.meanDays,
        medianDays: s.lengthOfStay.medianDays,
        bands: {
          under1: s.lengthOfStay.under1Year,
          from1to2: s.lengthOfStay.from1To2Years,
          over2: s.lengthOfStay.over2Years,
        },
      },
      overdue: s.overdue,
    },
    stoplight: { total: s.totalStatus, perPrecondition: s.perPrecondition, change: s.change },
    bottlenecks: s.bottlenecks,
    eighteenPlus: { windows: s.eighteenPlus, youths: [] },
    youths: file.youths.map(youthRow),
  }
}
