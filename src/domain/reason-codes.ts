import { PRECONDITION_IDS } from './preconditions'
import type { ReasonCodeDef } from './types'

const P = PRECONDITION_IDS

/** Default knelpuntcodes, grouped by precondition (null: applies to any). */
const DEFAULT_CODES: readonly (readonly [string, string | null])[] = [
  ['WON-1', P.housing],
  ['WON-2', P.housing],
  ['WON-3', P.housing],
  ['WON-4', P.housing],
  ['SCH-1', P.school],
  ['SCH-2', P.school],
  ['INK-1', P.futurePlan],
  ['INK-2', P.futurePlan],
  ['INK-3', P.futurePlan],
  ['ZRG-1', P.futurePlan],
  ['ZRG-3', P.futurePlan],
  ['ZRG-2', P.followUpCare],
  ['ZRG-4', P.followUpCare],
  ['AAN-1', P.followUpCare],
  ['NET-1', P.network],
  ['NET-2', P.network],
  ['JON-1', null],
  ['JON-2', null],
  ['ORG-1', null],
  ['VEI-1', null],
  ['OVR', null],
]

/** The code that requires a toelichting when chosen. */
export const OTHER_REASON_CODE = 'OVR'

export function defaultReasonCodes(): ReasonCodeDef[] {
  return DEFAULT_CODES.map(([code, preconditionId]) => ({
    code,
    label: null,
    preconditionId,
    enabled: true,
    builtin: true,
  }))
}

/** Codes offered for a precondition: its own group first, then the ones for any precondition. */
export function reasonCodesFor(
  preconditionId: string,
  codes: readonly ReasonCodeDef[],
): ReasonCodeDef[] {
  const own = codes.filter((c) => c.enabled && c.preconditionId === preconditionId)
  const any = codes.filter((c) => c.enabled && c.preconditionId === null)
  return [...own, ...any]
}

/** Knelpuntcodes are short upper-case codes such as WON-5 or EIG-1. */
export const REASON_CODE_PATTERN = /^[A-Z]{2,4}(-\d{1,2})?$/
