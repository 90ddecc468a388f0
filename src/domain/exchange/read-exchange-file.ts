import { describeIssue } from './exchange-errors'
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  exchangeSchema,
  type ExchangeFile,
} from './exchange-schema'

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
