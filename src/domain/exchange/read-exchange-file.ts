import type { Report } from '../report/build-report'
import type { ReportYouthRow } from '../report/youth-rows'
import type { IsoTimestamp } from '../types'
import { describeIssue } from './exchange-errors'
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  exchangeSchema,
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

/** The file's text: UTF-8 JSON, indented so a person can read it too. */
export function serialiseExchangeFile(file: ExchangeFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}

export type ExchangeReadResult = { ok: true; file: ExchangeFile } | { ok: false; errors: string[] }

const MAX_ERRORS = 20

function consistencyErrors(file: ExchangeFile): string[] {
  const errors: string[] = []
  const { summary, youths } = file
  if (summary.placed !== youths.length) {
    errors.push(
      `De samenvatting noemt ${summary.placed} geplaatste jongeren, maar de jongerenlijst heeft er ${youths.length}.`,
    )
  }
  const totals = Object.values(summary.totalStatus).reduce((sum, c) => sum + c.count, 0)
  if (totals !== summary.placed) {
    errors.push(
      `De totaalstatussen tellen op tot ${totals}, maar de samenvatting noemt ${summary.placed} geplaatste jongeren.`,
    )
  }
  if (file.period.peildatum !== file.period.end) {
    errors.push('De peildatum moet de laatste dag van de periode zijn (period.end).')
  }
  if (!file.includesNames) {
    const named = youths.findIndex((y) => y.displayName !== undefined)
    if (named >= 0) {
      errors.push(
        `Het bestand zegt geen namen te bevatten, maar jongere ${named + 1} in de lijst heeft een roepnaam.`,
      )
    }
  }
  return errors
}

/**
 * Reads and checks an uitwisselbestand: valid JSON, the right format and version, every field
 * as described in docs/exchange-format.md, and summary and rows that agree. Errors are in
 * Dutch and say where the problem is.
 */
export function readExchangeFile(text: string): ExchangeReadResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (trimmed === '') return { ok: false, errors: ['Het bestand is leeg.'] }
  let raw: unknown
  try {
    raw = JSON.parse(trimmed)
  } catch {
    return {
      ok: false,
      errors: ['Het bestand is geen geldige JSON. Mogelijk is het beschadigd of afgebroken.'],
    }
  }
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  if (head.format !== EXCHANGE_FORMAT) {
    return {
      ok: false,
      errors: [
        `Dit is geen uitwisselbestand van Doorstroombord: het veld "format" moet "${EXCHANGE_FORMAT}" zijn.`,
      ],
    }
  }
  if (head.version !== EXCHANGE_VERSION) {
    return {
      ok: false,
      errors: [
        `Versie ${JSON.stringify(head.version ?? null)} van het uitwisselbestand wordt niet ondersteund; dit programma leest versie ${EXCHANGE_VERSION}.`,
      ],
    }
  }
  const parsed = exchangeSchema.safeParse(raw)
  if (!parsed.success) {
    const errors = parsed.error.issues
      .slice(0, MAX_ERRORS)
      .map((issue) => describeIssue(issue, raw))
    const more = parsed.error.issues.length - MAX_ERRORS
    if (more > 0) errors.push(`En nog ${more} andere fouten.`)
    return { ok: false, errors }
  }
  const errors = consistencyErrors(parsed.data)
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file: parsed.data }
}
