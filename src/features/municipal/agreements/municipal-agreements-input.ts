import type { AgreementInput } from '../../../db/municipal-repo'
import {
  MAX_AGREEMENT_TEXT,
  MAX_CLIENT_REFS,
  type AgreementKind,
  type AgreementOwner,
} from '../../../domain/agreements/agreements-schema'
import { passesBsnElfproef } from '../../../domain/bsn'
import { addDaysIso, isIsoDate } from '../../../domain/dates'
import type { IsoDate } from '../../../domain/types'
import type { Agreement } from '../../../domain/municipal'
import type { FieldErrors } from '../../../domain/validation'

/** What the afspraak form holds while the user types. */
export interface AgreementFormValues {
  providerKey: string
  text: string
  reasonCode: string
  /** One or more cliëntnummers, separated by commas. */
  clientRef: string
  owner: AgreementOwner | ''
  kind: AgreementKind | ''
  response: string
  /** An ISO date, '' for none, or the raw text when it is not a date. */
  dueDate: string
}

export type AgreementFormField = keyof AgreementFormValues

/** As in the uitwisselbestand: a cliëntnummer is at most 40 characters. */
const MAX_CLIENT_REF = 40
/** As the afsprakenbestand requires: `WON-2`, `OVR`. */
const REASON_CODE = /^[A-Z]{2,4}(-\d{1,2})?$/

export const EMPTY_AGREEMENT_FORM: AgreementFormValues = {
  providerKey: '',
  text: '',
  reasonCode: '',
  clientRef: '',
  owner: '',
  kind: '',
  response: '',
  dueDate: '',
}

export function formValuesOf(a: Agreement): AgreementFormValues {
  return {
    providerKey: a.providerKey,
    text: a.text,
    reasonCode: a.reasonCode ?? '',
    clientRef: a.clientRefs.join(', '),
    owner: a.owner ?? '',
    kind: a.kind ?? '',
    response: a.response ?? '',
    dueDate: a.dueDate ?? '',
  }
}

/** The fields an edit of a stored afspraak changes: merged field by field with a newer version. */
export type AgreementEdit = Pick<
  Agreement,
  'text' | 'reasonCode' | 'clientRefs' | 'owner' | 'dueDate' | 'kind' | 'response'
>

export type AgreementEditField = keyof AgreementEdit

/** The editable fields of a stored afspraak (undefined: one removed meanwhile, all empty). */
export function agreementEditOf(a: Agreement | undefined): AgreementEdit {
  return {
    text: a?.text ?? '',
    reasonCode: a?.reasonCode ?? null,
    clientRefs: a?.clientRefs ?? [],
    owner: a?.owner ?? null,
    dueDate: a?.dueDate ?? null,
    kind: a?.kind ?? null,
    response: a?.response ?? null,
  }
}

type Parsed =
  | { ok: true; values: Omit<AgreementInput, 'providerName' | 'rondeDate'> }
  | { ok: false; errors: FieldErrors<AgreementFormField> }

/** The cliëntnummers typed, split on commas and semicolons, each once. */
export function splitClientRefs(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;]/)
        .map((r) => r.trim())
        .filter((r) => r !== ''),
    ),
  ]
}

export interface AgreementFormContext {
  today?: string
  /** The streefdatum stored before this edit: one that has passed since may stay. */
  previousDueDate?: string | null
  /** Knelpuntcodes known here (the standard ones and the providers'); absent: not checked. */
  knownCodes?: readonly string[]
  /** The code stored before this edit: an older code no longer in use may stay. */
  previousReasonCode?: string | null
}

/**
 * Checks the form before anything is written: aanbieder and tekst are required, a cliëntnummer
 * is never a BSN, a knelpuntcode has the file's form and is known, a streefdatum is a real
 * date, and a new streefdatum does not lie before `today`. Problems are codes; the form names
 * the field.
 */
export function parseAgreementForm(
  v: AgreementFormValues,
  {
    today,
    previousDueDate = null,
    knownCodes,
    previousReasonCode = null,
  }: AgreementFormContext = {},
): Parsed {
  const errors: FieldErrors<AgreementFormField> = {}
  const text = v.text.trim()
  const reasonCode = v.reasonCode.trim().toUpperCase()
  const clientRefs = splitClientRefs(v.clientRef)
  const response = v.response.trim()
  if (v.providerKey === '') errors.providerKey = 'required'
  if (text === '') errors.text = 'required'
  else if (text.length > MAX_AGREEMENT_TEXT) errors.text = 'tooLong'
  if (reasonCode !== '' && !REASON_CODE.test(reasonCode)) errors.reasonCode = 'invalidReasonCode'
  else if (
    reasonCode !== '' &&
    knownCodes &&
    reasonCode !== previousReasonCode &&
    !knownCodes.includes(reasonCode)
  ) {
    errors.reasonCode = 'unknownReasonCode'
  }
  if (clientRefs.some((r) => r.length > MAX_CLIENT_REF)) errors.clientRef = 'clientRefTooLong'
  else if (clientRefs.some(passesBsnElfproef)) errors.clientRef = 'bsnNotAllowed'
  else if (clientRefs.length > MAX_CLIENT_REFS) errors.clientRef = 'tooLong'
  if (response.length > MAX_AGREEMENT_TEXT) errors.response = 'tooLong'
  if (v.dueDate !== '' && !isIsoDate(v.dueDate)) errors.dueDate = 'invalidDate'
  else if (today && v.dueDate !== '' && v.dueDate !== previousDueDate && v.dueDate < today) {
    errors.dueDate = 'dateInPast'
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    values: {
      providerKey: v.providerKey,
      text,
      reasonCode: reasonCode || null,
      clientRefs,
      owner: v.owner || null,
      kind: v.kind || null,
      response: response || null,
      dueDate: v.dueDate || null,
    },
  }
}

/**
 * The streefdatum field's example: six weeks (the usual time to the next overleg) after today
 * or after the ronde, whichever is later, so the hint never suggests a date in the past.
 */
export function dueDateExample(today: IsoDate, rondeDate: IsoDate): IsoDate {
  return addDaysIso(today > rondeDate ? today : rondeDate, 42)
}
