import { z } from 'zod/mini'
import { isIsoDate } from './dates'
import { OTHER_REASON_CODE } from './reason-codes'
import { OWNERS, STATUSES, type AssessmentInput } from './types'
import { fieldErrorsFrom, type FieldErrors, type ValidationCode } from './validation'

export type AssessmentField = keyof AssessmentInput

const TEXT_MAX = 2000
const err = (c: ValidationCode) => ({ error: c })

const text = z.string().check(z.trim(), z.maxLength(TEXT_MAX, err('tooLong')))

const schema = z
  .object({
    status: z.enum(STATUSES, err('required')),
    reasonCodes: z.array(z.string()),
    note: text,
    action: text,
    owner: z.nullable(z.enum(OWNERS, err('unknownValue'))),
    dueDate: z.nullable(z.string().check(z.refine(isIsoDate, err('invalidDate')))),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.reasonCodes.includes(OTHER_REASON_CODE) && v.note === '')
        ctx.addIssue({ code: 'custom', path: ['note'], message: 'noteRequiredForOther', input: v })
    }),
  )

export type AssessmentParseResult =
  { ok: true; values: AssessmentInput } | { ok: false; errors: FieldErrors<AssessmentField> }

/** Validates an assessment; knelpunt OVR (overig) requires a toelichting. */
export function parseAssessmentInput(input: AssessmentInput): AssessmentParseResult {
  const result = schema.safeParse(input)
  if (result.success) {
    const v = result.data
    return { ok: true, values: { ...v, reasonCodes: [...new Set(v.reasonCodes)].sort() } }
  }
  return { ok: false, errors: fieldErrorsFrom<AssessmentField>(result.error.issues) }
}

/** True when two assessments differ in anything a user entered. */
export function assessmentDiffers(a: AssessmentInput, b: AssessmentInput): boolean {
  return (
    a.status !== b.status ||
    a.note !== b.note ||
    a.action !== b.action ||
    a.owner !== b.owner ||
    a.dueDate !== b.dueDate ||
    [...a.reasonCodes].sort().join('|') !== [...b.reasonCodes].sort().join('|')
  )
}
