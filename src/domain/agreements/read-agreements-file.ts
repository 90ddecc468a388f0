import { passesBsnElfproef } from '../bsn'
import { addDaysIso, formatDutchDate } from '../dates'
import { describeIssue } from '../exchange/exchange-errors'
import type { IsoDate } from '../types'
import {
  AGREEMENTS_FORMAT,
  AGREEMENTS_VERSION,
  agreementsFileSchema,
  type AgreementsFile,
  type FileAgreement,
} from './agreements-schema'

export type AgreementsReadResult =
  { ok: true; file: AgreementsFile } | { ok: false; errors: string[] }

const MAX_ERRORS = 20

/** Moments that cannot be: an event after the file was made, or the file after today. */
function dateErrors(file: AgreementsFile, today: IsoDate): string[] {
  const errors: string[] = []
  const created = file.createdAt.slice(0, 10)
  if (created > addDaysIso(today, 1)) {
    errors.push(
      `Het bestand is gemaakt op ${formatDutchDate(created)}, na vandaag (createdAt). Controleer de datum van de computer waarop het is gemaakt.`,
    )
  }
  // Rondes are not compared with createdAt: a ronde may still lie ahead (voorlopig), and a
  // ronde is a local calendar date while createdAt is UTC.
  file.agreements.forEach((a, i) => {
    a.history.forEach((e, j) => {
      if (e.at > file.createdAt) {
        errors.push(
          `Afspraak ${i + 1}: gebeurtenis op ${formatDutchDate(e.at.slice(0, 10))}, na het moment waarop het bestand is gemaakt (agreements[${i}].history[${j}].at).`,
        )
      }
    })
  })
  return errors
}

/** Undoing the events from the stated fields must find, each time, the value an event set. */
function historyErrors(a: FileAgreement, i: number): string[] {
  const errors: string[] = []
  const where = (field: string) => `Afspraak ${i + 1} (agreements[${i}].${field})`
  const first = a.history[0]
  if (first?.event !== 'gemaakt' || first.ronde !== a.madeInRonde) {
    errors.push(
      `${where('history[0]')}: de geschiedenis begint niet met ‘gemaakt’ in de ronde waarin de afspraak is gemaakt.`,
    )
  }
  const outOfOrder = a.history.findIndex((e, j) => j > 0 && e.at < (a.history[j - 1]?.at ?? ''))
  if (outOfOrder > 0) {
    errors.push(
      `${where(`history[${outOfOrder}].at`)}: de gebeurtenissen staan niet op volgorde van tijd.`,
    )
  }
  const state: Record<string, unknown> = { ...a }
  for (const [j, event] of [...a.history.entries()].reverse()) {
    for (const [k, change] of event.changes.entries()) {
      if (JSON.stringify(state[change.field]) !== JSON.stringify(change.after)) {
        errors.push(
          `${where(`history[${j}].changes[${k}].after`)}: de geschiedenis past niet bij het veld ${change.field}.`,
        )
        return errors
      }
      state[change.field] = change.before
    }
  }
  return errors
}

function consistencyErrors(file: AgreementsFile): string[] {
  const errors: string[] = []
  const seen = new Set<string>()
  file.agreements.forEach((a, i) => {
    const where = (field: string) => `Afspraak ${i + 1} (agreements[${i}].${field})`
    if (seen.has(a.id)) errors.push(`${where('id')} komt twee keer voor in het bestand.`)
    seen.add(a.id)
    if ((a.status === 'open') !== (a.closedInRonde === null)) {
      errors.push(
        `${where('closedInRonde')}: een open afspraak heeft geen ronde van afronden, een afgeronde of ingetrokken afspraak wel.`,
      )
    }
    if (a.closedInRonde && (a.closedInRonde < a.madeInRonde || a.closedInRonde > file.ronde)) {
      errors.push(
        `${where('closedInRonde')}: afgerond in ronde ${formatDutchDate(a.closedInRonde)}, buiten de rondes ${formatDutchDate(a.madeInRonde)} – ${formatDutchDate(file.ronde)}.`,
      )
    }
    if (a.madeInRonde > file.ronde) {
      errors.push(
        `${where('madeInRonde')}: gemaakt in ronde ${formatDutchDate(a.madeInRonde)}, na de ronde van het bestand (${formatDutchDate(file.ronde)}).`,
      )
    }
    a.clientRefs.forEach((ref, j) => {
      if (passesBsnElfproef(ref)) {
        errors.push(
          `Cliëntnummer ${j + 1} van afspraak ${i + 1} (agreements[${i}].clientRefs[${j}]) lijkt een BSN. Een afsprakenbestand mag geen BSN bevatten.`,
        )
      }
    })
    if (new Set(a.clientRefs).size !== a.clientRefs.length) {
      errors.push(`${where('clientRefs')} noemt een cliëntnummer twee keer.`)
    }
    errors.push(...historyErrors(a, i))
  })
  return errors
}

function refused(errors: string[]): AgreementsReadResult {
  const shown = errors.slice(0, MAX_ERRORS)
  if (errors.length > MAX_ERRORS) shown.push(`En nog ${errors.length - MAX_ERRORS} andere fouten.`)
  return { ok: false, errors: shown }
}

/**
 * Reads and checks an afsprakenbestand completely before anything is stored: valid JSON, the
 * right format and version, every field as docs/agreements-file-design.md describes, no date
 * after the file was made, no BSN, and a history that fits the stated fields. Errors are in
 * Dutch and name the field and the afspraak. Which provider it is for is checked by the caller.
 */
export function readAgreementsFile(text: string, today: IsoDate): AgreementsReadResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (trimmed === '') return refused(['Het bestand is leeg.'])
  let raw: unknown
  try {
    raw = JSON.parse(trimmed)
  } catch {
    return refused(['Het bestand is geen geldige JSON. Mogelijk is het beschadigd of afgebroken.'])
  }
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  if (head.format !== AGREEMENTS_FORMAT) {
    return refused([
      `Dit is geen afsprakenbestand van Doorstroombord: het veld "format" moet "${AGREEMENTS_FORMAT}" zijn.`,
    ])
  }
  if (head.version !== AGREEMENTS_VERSION) {
    return refused([
      `Versie ${JSON.stringify(head.version ?? null)} van het afsprakenbestand wordt niet ondersteund; dit programma leest versie ${AGREEMENTS_VERSION}.`,
    ])
  }
  const parsed = agreementsFileSchema.safeParse(raw)
  if (!parsed.success) {
    return refused(parsed.error.issues.map((issue) => describeIssue(issue, raw)))
  }
  const errors = [...dateErrors(parsed.data, today), ...consistencyErrors(parsed.data)]
  return errors.length > 0 ? refused(errors) : { ok: true, file: parsed.data }
}
