import { z } from 'zod/mini'
import { passesBsnElfproef } from './bsn'
import { isIsoDate } from './dates'
import { municipalityByCode } from './municipalities'
import { DESTINATIONS, LIVING_ARRANGEMENTS, MEASURES, type IsoDate, type Youth } from './types'
import { fieldErrorsFrom, type FieldErrors, type ValidationCode } from './validation'

/**
 * The fields of a youth that a user fills in (form, import, audit history), in the order of
 * the youth form. The rest of a youth record (id, uitstroom, review facts) the app keeps itself.
 */
export const YOUTH_FIELDS = [
  'clientRef',
  'displayName',
  'birthDate',
  'municipalityCode',
  'jeugdregio',
  'location',
  'livingArrangement',
  'placementDate',
  'expectedOutflowDate',
  'perspective',
  'measure',
  'guardianOrg',
  'caseOwner',
  'note',
] as const satisfies readonly (keyof Youth)[]
export type YouthField = (typeof YOUTH_FIELDS)[number]

/**
 * The fields a user fills in for a youth, as plain strings from a form or a spreadsheet. The
 * general note is optional: forms and sheets without one leave it out.
 */
export type YouthInput = Record<Exclude<YouthField, 'note'>, string> & { note?: string }

export type YouthValues = Pick<Youth, YouthField>

export const CLIENT_REF_MAX = 40
const TEXT_MAX = 200
/** As long as a toelichting: a note may hold a whole remarks cell. */
export const NOTE_MAX = 2000
const OLDEST_AGE_YEARS = 27

const code = (c: ValidationCode) => ({ error: c })
const text = z.string().check(z.trim(), z.maxLength(TEXT_MAX, code('tooLong')))
const required = () => z.string().check(z.trim(), z.minLength(1, code('required')))
const requiredDate = () => required().check(z.refine(isIsoDate, code('invalidDate')))
const emptyToNull = z.transform((v: string) => (v === '' ? null : v))
const optionalDate = z.pipe(
  z.string().check(
    z.trim(),
    z.refine((v: string) => v === '' || isIsoDate(v), code('invalidDate')),
  ),
  emptyToNull,
)

/** A cliëntnummer: filled in, at most 40 characters, never a BSN. */
function clientRefSchema() {
  return required().check(
    z.maxLength(CLIENT_REF_MAX, code('clientRefTooLong')),
    z.refine((v) => !passesBsnElfproef(v), code('bsnNotAllowed')),
  )
}

/**
 * A cliëntnummer entered on its own (a duplicate renumbered) by the youth form's rule: the
 * trimmed number, or the problem with it. Whether it is free is for the database to say.
 */
export function parseClientRef(
  raw: string,
): { ok: true; value: string } | { ok: false; error: ValidationCode } {
  const parsed = z.safeParse(clientRefSchema(), raw)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, error: (parsed.error.issues[0]?.message ?? 'required') as ValidationCode }
}

/** The schema depends on the day only; an import checks thousands of rows with the same one. */
let cached: { today: IsoDate; schema: ReturnType<typeof buildSchema> } | null = null

function schemaFor(today: IsoDate) {
  if (cached?.today !== today) cached = { today, schema: buildSchema(today) }
  return cached.schema
}

function buildSchema(today: IsoDate) {
  const oldest = `${Number(today.slice(0, 4)) - OLDEST_AGE_YEARS}${today.slice(4)}`
  const notFuture = z.refine<string>((v) => v <= today, code('dateInFuture'))
  return z.object({
    clientRef: clientRefSchema(),
    displayName: text,
    birthDate: requiredDate().check(
      notFuture,
      z.refine((v) => v >= oldest, code('birthDateTooOld')),
    ),
    municipalityCode: required().check(
      z.refine((v) => municipalityByCode(v) !== undefined, code('unknownMunicipality')),
    ),
    jeugdregio: text,
    location: text,
    livingArrangement: z.enum(LIVING_ARRANGEMENTS, code('required')),
    placementDate: requiredDate().check(notFuture),
    expectedOutflowDate: optionalDate,
    perspective: z.pipe(
      z.union([z.enum(DESTINATIONS), z.literal('')], code('unknownValue')),
      z.transform((v) => (v === '' ? null : v)),
    ),
    measure: z.enum(MEASURES, code('required')),
    guardianOrg: text,
    caseOwner: text,
    note: z.optional(z.string().check(z.trim(), z.maxLength(NOTE_MAX, code('tooLong')))),
  })
}

/**
 * Checks between fields, run on the raw input whether or not single fields passed, so every
 * problem shows at once; a pair is only compared when both of its dates are real dates.
 */
function crossFieldErrors(input: YouthInput): FieldErrors<YouthField> {
  const errors: FieldErrors<YouthField> = {}
  const birth = input.birthDate.trim()
  const placement = input.placementDate.trim()
  const outflow = input.expectedOutflowDate.trim()
  if (isIsoDate(birth) && isIsoDate(placement) && placement < birth)
    errors.placementDate = 'beforeBirth'
  if (isIsoDate(placement) && isIsoDate(outflow) && outflow < placement)
    errors.expectedOutflowDate = 'beforePlacement'
  const measure = MEASURES.find((m) => m === input.measure)
  if (measure !== undefined && measure !== 'geen' && input.guardianOrg.trim() === '')
    errors.guardianOrg = 'guardianOrgRequired'
  return errors
}

export type YouthParseResult =
  { ok: true; values: YouthValues } | { ok: false; errors: FieldErrors<YouthField> }

/** Validates a youth as entered; every problem is reported at its field. */
export function parseYouthInput(input: YouthInput, today: IsoDate): YouthParseResult {
  const result = schemaFor(today).safeParse(input)
  const errors: FieldErrors<YouthField> = {
    ...crossFieldErrors(input),
    ...(result.success ? {} : fieldErrorsFrom<YouthField>(result.error.issues)),
  }
  if (result.success && Object.keys(errors).length === 0) return { ok: true, values: result.data }
  return { ok: false, errors }
}

export function emptyYouthInput(): YouthInput {
  return {
    clientRef: '',
    displayName: '',
    birthDate: '',
    municipalityCode: '',
    jeugdregio: '',
    location: '',
    livingArrangement: '',
    placementDate: '',
    expectedOutflowDate: '',
    perspective: '',
    measure: 'geen',
    guardianOrg: '',
    caseOwner: '',
  }
}

/** Equal as the user sees them: a missing note is an empty one. */
export function sameYouthValue<K extends keyof YouthValues>(
  key: K,
  a: YouthValues[K],
  b: YouthValues[K],
): boolean {
  return key === 'note' ? (a ?? '') === (b ?? '') : a === b
}

/** Just the fields a user fills in, from a stored youth (what an edit of it starts from). */
export function youthValuesOf(youth: YouthValues): YouthValues {
  return Object.fromEntries(YOUTH_FIELDS.map((f) => [f, youth[f]])) as YouthValues
}

export function youthToInput(youth: YouthValues): YouthInput {
  return {
    clientRef: youth.clientRef,
    displayName: youth.displayName,
    birthDate: youth.birthDate,
    municipalityCode: youth.municipalityCode,
    jeugdregio: youth.jeugdregio,
    location: youth.location,
    livingArrangement: youth.livingArrangement,
    placementDate: youth.placementDate,
    expectedOutflowDate: youth.expectedOutflowDate ?? '',
    perspective: youth.perspective ?? '',
    measure: youth.measure,
    guardianOrg: youth.guardianOrg,
    caseOwner: youth.caseOwner,
    ...(youth.note === undefined ? {} : { note: youth.note }),
  }
}
