/**
 * Validation problems are codes, not sentences: the UI turns them into Dutch (or English)
 * text that names the field, so the domain stays language-free.
 */
export const VALIDATION_CODES = [
  'required',
  'invalidDate',
  'dateInFuture',
  'birthDateTooOld',
  'beforeBirth',
  'beforePlacement',
  'bsnNotAllowed',
  'clientRefTooLong',
  'clientRefTaken',
  'unknownMunicipality',
  'unknownValue',
  'guardianOrgRequired',
  'noteRequiredForOther',
  'tooLong',
  'invalidReasonCode',
  'unknownReasonCode',
  'dateInPast',
] as const
export type ValidationCode = (typeof VALIDATION_CODES)[number]

/** Field → problem. Empty when the input is valid. */
export type FieldErrors<F extends string = string> = Partial<Record<F, ValidationCode>>

export class ValidationError<F extends string = string> extends Error {
  constructor(readonly fields: FieldErrors<F>) {
    super(`Invalid input: ${Object.keys(fields).join(', ')}`)
    this.name = 'ValidationError'
  }
}

/** Turns zod issues into one problem per field (the first one found). */
export function fieldErrorsFrom<F extends string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldErrors<F> {
  const errors: FieldErrors<F> = {}
  for (const issue of issues) {
    const field = String(issue.path[0]) as F
    errors[field] ??= issue.message as ValidationCode
  }
  return errors
}
