import { addDaysIso, formatDutchDate } from '../dates'
import type { IsoDate } from '../types'
import { bsnErrors, v2Errors } from './exchange-checks-v2'
import { describeIssue } from './exchange-errors'
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, exchangeSchema } from './exchange-schema'
import { EXCHANGE_VERSION_2, exchangeSchemaV2, type ExchangeFile } from './exchange-schema-v2'

export type ExchangeReadResult = { ok: true; file: ExchangeFile } | { ok: false; errors: string[] }

const MAX_ERRORS = 20
/** The longest report period a provider can set (Instellingen: 1–26 weeks). */
const MAX_PERIOD_WEEKS = 26
const MAX_PERIOD_DAYS = MAX_PERIOD_WEEKS * 7

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
    const leaver =
      'leavers' in file ? file.leavers.findIndex((l) => l.displayName !== undefined) : -1
    if (leaver >= 0) {
      errors.push(
        `Het bestand zegt geen namen te bevatten, maar uitgestroomde jongere ${leaver + 1} (leavers[${leaver}].displayName) heeft een roepnaam.`,
      )
    }
  }
  return errors
}

/**
 * Dates that cannot have come yet. A day's slack: the maker's clock may be a time zone ahead.
 * A voorlopig file is made during its period, so its peildatum (the period's end) may still
 * come; the start of its period and the moment it was made may not.
 */
function futureErrors(file: ExchangeFile, today: IsoDate): string[] {
  const latest = addDaysIso(today, 1)
  const after = (field: string, date: string, why: string) =>
    `Veld "${field}" ligt na vandaag: ${formatDutchDate(date)} (vandaag is ${formatDutchDate(today)}). ${why}`
  const errors: string[] = []
  const created = file.createdAt.slice(0, 10)
  if (created > latest) {
    errors.push(
      after(
        'createdAt',
        created,
        'Een bestand kan niet in de toekomst gemaakt zijn; kijk de datum op de computer van de aanbieder na.',
      ),
    )
  }
  const { start, peildatum, provisional } = file.period
  if (!provisional && peildatum > latest) {
    errors.push(
      after(
        'period.peildatum',
        peildatum,
        'Een periode die nog niet voorbij is, kan alleen voorlopig zijn (period.provisional).',
      ),
    )
  } else if (start > latest) {
    errors.push(after('period.start', start, 'Deze periode is nog niet begonnen.'))
  } else if (peildatum > addDaysIso(today, MAX_PERIOD_DAYS + 1)) {
    errors.push(
      after(
        'period.peildatum',
        peildatum,
        `Een voorlopige periode duurt hoogstens ${MAX_PERIOD_WEEKS} weken, dus de peildatum kan niet zo ver na vandaag liggen.`,
      ),
    )
  }
  return errors
}

/**
 * Reads and checks an uitwisselbestand: valid JSON, the right format and version, every field
 * as described in docs/exchange-format.md, summary and rows that agree, and no date after
 * `today` (the reader's date). Errors are in Dutch and say where the problem is.
 */
export function readExchangeFile(text: string, today: IsoDate): ExchangeReadResult {
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
  if (head.version !== EXCHANGE_VERSION && head.version !== EXCHANGE_VERSION_2) {
    return {
      ok: false,
      errors: [
        `Versie ${JSON.stringify(head.version ?? null)} van het uitwisselbestand wordt niet ondersteund; dit programma leest versie ${EXCHANGE_VERSION} en ${EXCHANGE_VERSION_2}.`,
      ],
    }
  }
  const parsed =
    head.version === EXCHANGE_VERSION_2
      ? exchangeSchemaV2.safeParse(raw)
      : exchangeSchema.safeParse(raw)
  if (!parsed.success) {
    const errors = parsed.error.issues
      .slice(0, MAX_ERRORS)
      .map((issue) => describeIssue(issue, raw))
    const more = parsed.error.issues.length - MAX_ERRORS
    if (more > 0) errors.push(`En nog ${more} andere fouten.`)
    return { ok: false, errors }
  }
  const file: ExchangeFile = parsed.data
  const errors = [
    ...futureErrors(file, today),
    ...consistencyErrors(file),
    ...bsnErrors(file),
    ...(file.version === EXCHANGE_VERSION_2 ? v2Errors(file) : []),
  ]
  if (errors.length > MAX_ERRORS) {
    const more = errors.length - MAX_ERRORS
    return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), `En nog ${more} andere fouten.`] }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file }
}
