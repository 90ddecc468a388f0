import type { AgreementInput } from '../../../db/municipal-repo'
import { passesBsnElfproef } from '../../../domain/bsn'
import { isIsoDate } from '../../../domain/dates'
import type { Agreement } from '../../../domain/municipal'
import type { Owner } from '../../../domain/types'
import type { FieldErrors } from '../../../domain/validation'

/** What the afspraak form holds while the user types. */
export interface AgreementFormValues {
  providerKey: string
  text: string
  reasonCode: string
  clientRef: string
  owner: Owner | ''
  /** An ISO date, '' for none, or the raw text when it is not a date. */
  dueDate: string
}

export type AgreementFormField = keyof AgreementFormValues

const MAX_TEXT = 2000
/** As in the uitwisselbestand: a knelpuntcode is at most 20 characters, a cliëntnummer 40. */
const MAX_CODE = 20
const MAX_CLIENT_REF = 40

export const EMPTY_AGREEMENT_FORM: AgreementFormValues = {
  providerKey: '',
  text: '',
  reasonCode: '',
  clientRef: '',
  owner: '',
  dueDate: '',
}

export function formValuesOf(a: Agreement): AgreementFormValues {
  return {
    providerKey: a.providerKey,
    text: a.text,
    reasonCode: a.reasonCode ?? '',
    clientRef: a.clientRef ?? '',
    owner: a.owner ?? '',
    dueDate: a.dueDate ?? '',
  }
}

/** The fields an edit of a stored afspraak changes: merged field by field with a newer version. */
export type AgreementEdit = Pick<
  Agreement,
  'text' | 'reasonCode' | 'clientRef' | 'owner' | 'dueDate'
>

export type AgreementEditField = keyof AgreementEdit

/** The editable fields of a stored afspraak (undefined: one removed meanwhile, all empty). */
export function agreementEditOf(a: Agreement | undefined): AgreementEdit {
  return {
    text: a?.text ?? '',
    reasonCode: a?.reasonCode ?? null,
    clientRef: a?.clientRef ?? null,
    owner: a?.owner ?? null,
    dueDate: a?.dueDate ?? null,
  }
}

type Parsed =
  | { ok: true; values: Omit<AgreementInput, 'providerName' | 'rondeDate'> }
  | { ok: false; errors: FieldErrors<AgreementFormField> }

/**
 * Checks the form before anything is written: aanbieder and tekst are required, a cliëntnummer
 * is never a BSN, a streefdatum is a real date. Problems are codes; the form names the field.
 */
export function parseAgreementForm(v: AgreementFormValues): Parsed {
  const errors: FieldErrors<AgreementFormField> = {}
  const text = v.text.trim()
  const reasonCode = v.reasonCode.trim()
  const clientRef = v.clientRef.trim()
  if (v.providerKey === '') errors.providerKey = 'required'
  if (text === '') errors.text = 'required'
  else if (text.length > MAX_TEXT) errors.text = 'tooLong'
  if (reasonCode.length > MAX_CODE) errors.reasonCode = 'tooLong'
  if (clientRef.length > MAX_CLIENT_REF) errors.clientRef = 'clientRefTooLong'
  else if (passesBsnElfproef(clientRef)) errors.clientRef = 'bsnNotAllowed'
  if (v.dueDate !== '' && !isIsoDate(v.dueDate)) errors.dueDate = 'invalidDate'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    values: {
      providerKey: v.providerKey,
      text,
      reasonCode: reasonCode || null,
      clientRef: clientRef || null,
      owner: v.owner || null,
      dueDate: v.dueDate || null,
    },
  }
}
