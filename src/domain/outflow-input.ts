import { z } from 'zod/mini'
import { isIsoDate } from './dates'
import { DESTINATIONS, END_REASONS, type IsoDate, type Outflow } from './types'
import { fieldErrorsFrom, type FieldErrors, type ValidationCode } from './validation'

export interface OutflowInput {
  date: string
  destination: string
  reason: string
  note: string
}
export type OutflowField = keyof OutflowInput

const err = (c: ValidationCode) => ({ error: c })

export type OutflowParseResult =
  { ok: true; values: Outflow } | { ok: false; errors: FieldErrors<OutflowField> }

/** Uitstroom: a real date between placement and today, a bestemming and a CBS reden. */
export function parseOutflowInput(
  input: OutflowInput,
  placementDate: IsoDate,
  today: IsoDate,
): OutflowParseResult {
  const schema = z.object({
    date: z.string().check(
      z.trim(),
      z.minLength(1, err('required')),
      z.refine(isIsoDate, err('invalidDate')),
      z.refine((v) => v >= placementDate, err('beforePlacement')),
      z.refine((v) => v <= today, err('dateInFuture')),
    ),
    destination: z.enum(DESTINATIONS, err('required')),
    reason: z.enum(END_REASONS, err('required')),
    note: z.string().check(z.trim(), z.maxLength(2000, err('tooLong'))),
  })
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, values: result.data }
  return { ok: false, errors: fieldErrorsFrom<OutflowField>(result.error.issues) }
}
